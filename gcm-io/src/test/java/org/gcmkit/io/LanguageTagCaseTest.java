package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language tag in another case than the registry's ({@code EN}) is the same tag: read from JSON
 * or CSV it is a located warning ({@code language-tag.case}), and every writer writes it in the
 * registry's case.
 */
class LanguageTagCaseTest {
  private static final Path BASE = Path.of("src/test/resources/hostile/base.json");

  @TempDir Path dir;

  private static List<Violation> caseWarnings(ValidationReport report) {
    return report.getViolations().stream()
        .filter(v -> v.getCode().equals("language-tag.case"))
        .toList();
  }

  @Test
  void json_tagsInAnotherCase_locatedWarningsThenWrittenInTheRegistrysCase() throws IOException {
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    String offCase =
        base.replace("\"en\": \"Turkmenistan\"", "\"EN\": \"Turkmenistan\"")
            .replaceFirst("\"languages\": \\[\\s*\"en\"", "\"languages\": [\"EN\"");
    assertThat(offCase).contains("\"EN\": \"Turkmenistan\"").contains("[\"EN\"");
    Path file = dir.resolve("off-case.json");
    Files.writeString(file, offCase, StandardCharsets.UTF_8);

    ReadResult<Dataset> read = GcmJson.create().readDataset(file);

    assertThat(read.getReport().isValid()).isTrue();
    List<Violation> warnings = caseWarnings(read.getReport());
    assertThat(warnings)
        .extracting(Violation::getPointer)
        .containsExactlyInAnyOrder("/actors/1/name", "/sources/0/languages");
    assertThat(warnings).allSatisfy(v -> assertThat(v.getSeverity()).isEqualTo(Severity.WARNING));
    assertThat(warnings)
        .allSatisfy(v -> assertThat(v.getLocation().orElseThrow().getLine()).isNotEmpty());
    assertThat(warnings)
        .extracting(Violation::getMessage)
        .contains(
            "expected the language tag 'en' in the case the registry gives it but was 'EN': the"
                + " same tag, written 'en'");

    Dataset dataset = read.getValue().orElseThrow();
    Path json = dir.resolve("written.json");
    GcmJson.create().writeDataset(dataset, json);
    String written = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(written).contains("\"en\": \"Turkmenistan\"").doesNotContain("\"EN\"");
    assertThat(caseWarnings(GcmJson.create().validateDataset(json))).isEmpty();

    Path csv = dir.resolve("written-csv");
    GcmCsv.create().writeDataset(dataset, csv);
    assertThat(Files.readString(csv.resolve("actors.csv"), StandardCharsets.UTF_8))
        .contains("name@en")
        .doesNotContain("name@EN");
    assertThat(caseWarnings(GcmCsv.create().validateDataset(csv))).isEmpty();
  }

  @Test
  void csv_columnOfATagInAnotherCase_locatedWarningThenWrittenInTheRegistrysCase()
      throws IOException {
    Dataset dataset = GcmJson.create().readDataset(BASE).getValue().orElseThrow();
    Path csv = dir.resolve("package");
    GcmCsv.create().writeDataset(dataset, csv);
    Path actors = csv.resolve("actors.csv");
    String table = Files.readString(actors, StandardCharsets.UTF_8);
    assertThat(table).contains("name@ru");
    Files.writeString(actors, table.replace("name@ru", "name@RU"), StandardCharsets.UTF_8);

    ReadResult<Dataset> read = GcmCsv.create().readDataset(csv);

    assertThat(read.getReport().isValid()).isTrue();
    List<Violation> warnings = caseWarnings(read.getReport());
    assertThat(warnings).extracting(Violation::getPointer).containsExactly("/actors/1/name");
    assertThat(warnings.get(0).getLocation().orElseThrow().getFile()).hasValue("actors.csv");
    assertThat(warnings.get(0).getMessage()).contains("but was 'RU'");

    Path json = dir.resolve("from-csv.json");
    GcmJson.create().writeDataset(read.getValue().orElseThrow(), json);
    assertThat(Files.readString(json, StandardCharsets.UTF_8))
        .contains("\"ru\": \"Туркменистан\"")
        .doesNotContain("\"RU\"");
  }

  @Test
  void csv_datasetTitleInAnotherCase_writtenInTheRegistrysCaseInTheDescriptor() throws IOException {
    // The title is written in datapackage.json, not in a table: found by JsonFuzzTest
    // (dataset-title-tag-case-written-in-registry-case), where the package read back still warned.
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    int title = base.indexOf("\"title\": {");
    int en = base.indexOf("\"en\":", title);
    String offCase = base.substring(0, en) + "\"EN\":" + base.substring(en + "\"en\":".length());
    Path file = dir.resolve("title-off-case.json");
    Files.writeString(file, offCase, StandardCharsets.UTF_8);
    ReadResult<Dataset> read = GcmJson.create().readDataset(file);
    assertThat(caseWarnings(read.getReport()))
        .extracting(Violation::getPointer)
        .containsExactly("/title");

    Path csv = dir.resolve("title-package");
    GcmCsv.create().writeDataset(read.getValue().orElseThrow(), csv);

    assertThat(Files.readString(csv.resolve("datapackage.json"), StandardCharsets.UTF_8))
        .doesNotContain("\"EN\"");
    assertThat(caseWarnings(GcmCsv.create().validateDataset(csv))).isEmpty();
  }
}
