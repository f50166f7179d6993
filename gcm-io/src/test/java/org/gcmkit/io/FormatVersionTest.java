package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Text;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers read format 1.0 and 1.1 and say which they read; the writers write 1.1. */
class FormatVersionTest {
  private static final GcmJson JSON = GcmJson.create();
  private static final GcmCsv CSV = GcmCsv.create();
  private static final Dataset DATASET = Dataset.builder().title(Text.of("en", "T")).build();

  @TempDir Path dir;

  @Test
  void read_jsonOfEachVersion_readsAndSaysWhich() {
    for (FormatVersion v : FormatVersion.values()) {
      String doc = "{\"formatVersion\":\"" + v + "\",\"title\":{\"en\":\"T\"}}";
      String lines =
          "{\"formatVersion\":\"" + v + "\",\"type\":\"dataset\",\"title\":{\"en\":\"T\"}}\n";

      ReadResult<Dataset> fromDoc = JSON.read(doc, Dataset.class);
      ReadResult<Dataset> fromLines =
          JSON.readDataset(
              new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "d.jsonl");

      assertThat(fromDoc.requireValid()).isEqualTo(DATASET);
      assertThat(fromDoc.getFormatVersion()).contains(v);
      assertThat(fromLines.requireValid()).isEqualTo(DATASET);
      assertThat(fromLines.getFormatVersion()).contains(v);
    }
  }

  @Test
  void write_everyForm_writesTheCurrentVersion() throws IOException {
    assertThat(FormatVersion.CURRENT).isEqualTo(FormatVersion.V1_1);
    assertThat(JSON.write(DATASET)).contains("\"formatVersion\": \"1.1\"");
    Path lines = dir.resolve("d.jsonl");
    JSON.writeDataset(DATASET, lines);
    assertThat(Files.readString(lines)).startsWith("{\"formatVersion\":\"1.1\",");
    Path pkg = dir.resolve("pkg");
    CSV.writeDataset(DATASET, pkg);
    assertThat(Files.readString(pkg.resolve("datapackage.json")))
        .contains("\"gcm:formatVersion\" : \"1.1\"");
    assertThat(CSV.readDataset(pkg).getFormatVersion()).contains(FormatVersion.V1_1);
    assertThat(JSON.readDataset(lines).getFormatVersion()).contains(FormatVersion.V1_1);
  }

  @Test
  void readPackage_descriptorWithoutVersion_isFormatOneZero() throws IOException {
    Path pkg = dir.resolve("pkg");
    CSV.writeDataset(DATASET, pkg);
    Path descriptor = pkg.resolve("datapackage.json");
    Files.writeString(
        descriptor,
        Files.readString(descriptor).replace("  \"gcm:formatVersion\" : \"1.1\",\n", ""));

    ReadResult<Dataset> read = CSV.readDataset(pkg);

    assertThat(read.requireValid()).isEqualTo(DATASET);
    assertThat(read.getFormatVersion()).contains(FormatVersion.V1_0);
  }

  @Test
  void readPackage_unknownVersion_formatVersionErrorAtItsLineAndNoDataset() throws IOException {
    Path pkg = dir.resolve("pkg");
    CSV.writeDataset(DATASET, pkg);
    Path descriptor = pkg.resolve("datapackage.json");
    Files.writeString(
        descriptor,
        Files.readString(descriptor)
            .replace("\"gcm:formatVersion\" : \"1.1\"", "\"gcm:formatVersion\" : \"2.0\""));

    ReadResult<Dataset> read = CSV.readDataset(pkg);

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getFormatVersion()).isEmpty();
    Violation v = read.getReport().getViolations().get(0);
    assertThat(v.getCode()).isEqualTo("format.version");
    assertThat(v.getMessage())
        .isEqualTo("expected \"gcm:formatVersion\" to be '1.0' or '1.1' but was \"2.0\"");
    assertThat(v.getValue()).contains("2.0");
    assertThat(v.getLocation().orElseThrow().getLine()).hasValue(4);
  }

  @Test
  void of_knownAndUnknownNames() {
    assertThat(FormatVersion.of("1.0")).contains(FormatVersion.V1_0);
    assertThat(FormatVersion.of("1.1")).contains(FormatVersion.V1_1);
    assertThat(FormatVersion.of("1.10")).isEmpty();
    assertThat(FormatVersion.known()).isEqualTo("'1.0' or '1.1'");
  }
}
