package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DATASET =
      REGISTRY.getSchema(GcmJson.datasetSchema(), InputFormat.JSON);
  private static final Schema REPORT = REGISTRY.getSchema(GcmJson.reportSchema(), InputFormat.JSON);
  private static final Path CHECKED_IN =
      Path.of("src/main/resources/org/gcmkit/io/json/gcm-dataset.schema.json");

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void datasetSchema_checkedInFile_equalsGeneratedFromModel() throws IOException {
    String generated = SchemaGenerator.generate();
    if (Boolean.getBoolean("gcm.updateSchemas")) {
      Files.writeString(
          CHECKED_IN, generated); // mvn verify -Dgcm.updateSchemas=true regenerates it
    }

    assertThat(GcmJson.datasetSchema())
        .as("the checked-in schema is stale: run the build with -Dgcm.updateSchemas=true")
        .isEqualTo(generated);
  }

  @Test
  void datasetSchema_canonicalDocument_passes() throws IOException {
    assertThat(errors(DATASET, GcmJsonRoundTripTest.canonical())).isEmpty();
  }

  /**
   * The schema may check less than gcm, never more: on random documents (random strings break some
   * rules), every record it rejects, gcm rejects too.
   */
  @Test
  void datasetSchema_randomDocuments_rejectOnlyRecordsGcmRejects() {
    int rejected = 0;
    for (long seed = 0; seed < 40; seed++) {
      String doc = GcmJson.create().write(RandomDatasets.generate(seed, 2));
      Set<String> bySchema = new TreeSet<>();
      for (Error e : errors(DATASET, doc)) {
        bySchema.add(record(e.getInstanceLocation().toString()));
      }
      Set<String> byGcm = new TreeSet<>();
      ReadResult<Dataset> read =
          GcmJson.create()
              .readDataset(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)), "r");
      for (Violation v : read.getReport().getViolations()) {
        byGcm.add(record(v.getPointer()));
      }
      assertThat(byGcm).as("seed %s", seed).containsAll(bySchema);
      rejected += bySchema.size();
    }
    assertThat(rejected).as("records the schema rejected").isGreaterThan(10);
  }

  /**
   * The record of a JSON Pointer or a networknt path: {@code /persons/0} of {@code $.persons[0].x}.
   */
  private static String record(String path) {
    String pointer =
        path.replaceFirst("^\\$", "").replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    Matcher m = java.util.regex.Pattern.compile("^/[A-Za-z]+/\\d+").matcher(pointer);
    return m.find() ? m.group() : pointer;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "formatVersion missing | \"formatVersion\": \"1.1\", |",
        "formatVersion wrong   | \"formatVersion\": \"1.1\" | \"formatVersion\": \"2.0\"",
        "unknown field         | \"publisher\": | \"publishr\":",
        "unknown enum code     | \"kind\": \"press_release\" | \"kind\": \"press release\"",
        "malformed date        | \"date\": \"2022-02-11\" | \"date\": \"11.02.2022\"",
        "malformed span        | \"2022-02-10/2022-02-11\" | \"2022-02-10 to 2022-02-11\"",
        "malformed subject     | \"gcm:360\" | \"gcm:361\"",
        "malformed id          | \"id\": \"m1\" | \"id\": \"m 1\"",
        "number as string      | \"value\": 12345678901234567890.1234567890 | \"value\": \"12\"",
        "text as string        | \"unit\": { | \"unit\": \"USD\", \"x\": {",
        "empty text            | \"en\": \"USD\" |",
        "missing required kind | \"kind\": \"state\", |",
        "lower-case country    | \"country\": \"TM\" | \"country\": \"tm\"",
        "State without country | \"country\": \"TM\", |",
        "negative figure       | \"value\": 12345678901234567890.1234567890 | \"value\": -1",
        "participation no one  | \"actor\": \"tm\", |",
        "ill-formed language   | \"en\", | \"en_GB\",",
      })
  void datasetSchema_invalidDocument_fails(String name, String from, String to) throws IOException {
    String valid = GcmJsonRoundTripTest.canonical();
    String invalid = valid.replace(from, to == null ? "" : to);
    assertThat(invalid).isNotEqualTo(valid);

    assertThat(errors(DATASET, invalid)).as(name).isNotEmpty();
    // gcm's own reader rejects each of them too.
    assertThat(GcmJson.create().read(invalid, Dataset.class).isValid()).as(name).isFalse();
  }

  @Test
  void datasetSchema_danglingReference_passesSchemaButNotValidator() throws IOException {
    String dangling =
        GcmJsonRoundTripTest.canonical()
            .replace("\"publisher\": \"iom\"", "\"publisher\": \"nobody\"");

    assertThat(errors(DATASET, dangling)).isEmpty();
    assertThat(GcmJson.create().read(dangling, Dataset.class).getReport().countsByCode())
        .containsEntry("reference.unresolved", 1L);
  }

  @Test
  void reportSchema_realReports_pass() throws IOException {
    String many =
        "{\"formatVersion\": \"2\", \"titel\": 1, \"actors\": [{\"id\": \"a b\", \"kind\": \"stat\", \"name\": {\"e n\": \"\"}}],\n"
            + " \"meetings\": [{\"id\": \"m\", \"kind\": \"webinar\", \"status\": \"held\", \"title\": {\"en\": \"W\"},"
            + " \"sources\": [\"s9\"]}]}";
    ValidationReport withFile =
        GcmJson.create()
            .lenient()
            .readDataset(
                new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)), "many.json")
            .getReport();
    ValidationReport withoutFile =
        GcmJson.create().read("{\"formatVersion\": ", Dataset.class).getReport();
    assertThat(withFile.getViolations()).hasSizeGreaterThan(5);

    for (ValidationReport report : List.of(withFile, withoutFile, ValidationReport.empty())) {
      String json = GcmJson.create().writeReport(report);
      assertThat(errors(REPORT, json)).as(json).isEmpty();
    }
  }

  @Test
  void reportSchema_truncatedReportAndReportOfFormat10_pass() {
    String many = "{\"formatVersion\": \"1.0\", \"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}";
    ValidationReport truncated =
        GcmJson.create().withMaxViolations(1).read(many, Dataset.class).getReport();
    assertThat(truncated.isTruncated()).isTrue();
    String json = GcmJson.create().writeReport(truncated);
    String old =
        GcmJson.create()
            .writeReport(ValidationReport.empty())
            .replace("\"1.2\"", "\"1.0\"")
            .replace("\"language\": \"en\",", "")
            .replace("\"truncated\": false,", "")
            .replace("\"omittedCounts\": {},", "");

    assertThat(errors(REPORT, json)).as(json).isEmpty();
    assertThat(old).doesNotContain("truncated").doesNotContain("omittedCounts");
    assertThat(errors(REPORT, old)).as(old).isEmpty();
  }

  @Test
  void reportSchema_omittedCountOfZeroOrUnknownFormat_fails() {
    String json = GcmJson.create().writeReport(ValidationReport.empty());

    assertThat(
            errors(REPORT, json.replace("\"omittedCounts\": {}", "\"omittedCounts\": {\"x\": 0}")))
        .isNotEmpty();
    assertThat(errors(REPORT, json.replace("\"1.2\"", "\"1.3\""))).isNotEmpty();
    assertThat(errors(REPORT, json.replace("\"en\"", "\"de\""))).isNotEmpty();
  }

  @Test
  void reportSchema_arabicReportWithKeysAndArguments_passes() {
    ValidationReport report =
        GcmJson.create()
            .read(
                "{\"id\": \"m1\", \"kind\": \"webinr\", \"titel\": 1}",
                org.gcmkit.model.Meeting.class)
            .getReport();
    String json = GcmJson.create().writeReport(report, java.util.Locale.forLanguageTag("ar"));

    assertThat(json).contains("\"language\": \"ar\"").contains("\"messageKey\": \"field.unknown\"");
    assertThat(errors(REPORT, json)).as(json).isEmpty();
  }

  @Test
  void reportSchema_reportMissingCounts_fails() {
    String json =
        GcmJson.create().writeReport(ValidationReport.empty()).replace("\"errorCount\": 0,", "");

    assertThat(errors(REPORT, json)).isNotEmpty();
  }
}
