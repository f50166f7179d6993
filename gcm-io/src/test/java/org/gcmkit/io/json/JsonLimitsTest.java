package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Figure;
import org.gcmkit.model.Meeting;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLimitsTest {
  private static final String MEETING =
      """
      {"id": "m1", "kind": "webinar", "status": "planned",
       "place": {"locality": {"en": "Ashgabat"}},
       "title": {"en": "A webinar on labour migration"}}
      """;

  private static Violation only(ReadResult<?> r) {
    assertThat(r.getReport().getViolations()).hasSize(1);
    assertThat(r.getValue()).isEmpty();
    return r.getReport().getViolations().get(0);
  }

  /** Columns are where Jackson stopped: at or just after the start of the offending token. */
  private static void assertLimit(Violation v, String message, long line, int column) {
    assertThat(v.getCode()).isEqualTo("input.limit");
    assertThat(v.getMessage()).isEqualTo(message);
    assertThat(v.getPointer()).isEmpty();
    Location l = v.getLocation().orElseThrow();
    assertThat(l.getLine()).hasValue(line);
    assertThat(l.getColumn()).hasValue(column);
  }

  @Test
  void defaults_areTheDocumentedConstants() {
    JsonLimits d = JsonLimits.defaults();

    assertThat(d.getMaxNestingDepth()).isEqualTo(64);
    assertThat(d.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(d.getMaxNumberLength()).isEqualTo(100);
    assertThat(d.getMaxNameLength()).isEqualTo(1_000);
    assertThat(d.getMaxLineLength()).isEqualTo(16 << 20);
    assertThat(d.getMaxDocumentLength()).isEqualTo(1L << 30);
    assertThat(GcmJson.create().getLimits()).isEqualTo(d);
  }

  @Test
  void with_copiesAndLeavesOriginal() {
    JsonLimits d = JsonLimits.defaults();
    JsonLimits changed = d.withMaxNestingDepth(3);

    assertThat(changed.getMaxNestingDepth()).isEqualTo(3);
    assertThat(d.getMaxNestingDepth()).isEqualTo(64);
    assertThat(changed).isNotEqualTo(d);
  }

  @Test
  void withMaxLineLength_copiesAndRefusesZero() {
    JsonLimits changed = JsonLimits.defaults().withMaxLineLength(10);

    assertThat(changed.getMaxLineLength()).isEqualTo(10);
    assertThat(changed).isNotEqualTo(JsonLimits.defaults());
    assertThat(changed.toString()).contains("maxLineLength=10");
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxLineLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxLineLength of at least 1 but was 0");
  }

  @Test
  void readDataset_jsonLinesLongerThanMaxDocument_locatedLimitAtTheLineAndReadingStops() {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxDocumentLength(200));
    StringBuilder s = new StringBuilder("{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n");
    for (int i = 0; i < 10; i++) {
      s.append("{\"type\":\"actor\",\"id\":\"a").append(i).append("\",\"kind\":\"stat\"}\n");
    }

    ReadResult<Dataset> r =
        json.readDataset(
            new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)), "big.jsonl");

    // Lines 2 to 4 are read; line 5 passes 200 characters.
    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode)
        .containsExactly(
            "value.syntax",
            "required",
            "value.syntax",
            "required",
            "value.syntax",
            "required",
            "input.limit");
    Violation v = r.getReport().getViolations().get(6);
    assertThat(v.getMessage())
        .isEqualTo(
            "expected a document length of at most 200 (JsonLimits.getMaxDocumentLength) but was longer");
    assertThat(v.getLocation().orElseThrow().getLine()).hasValue(5);
  }

  @Test
  void with_zero_throwsNamingTheLimit() {
    assertThatThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxStringLength of at least 1 but was 0");
  }

  @Test
  void read_deeperThanMaxNestingDepth_locatedLimit() {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxNestingDepth(2));

    assertLimit(
        only(json.read(MEETING, Meeting.class)),
        "expected a nesting depth of at most 2 (JsonLimits.getMaxNestingDepth) but was 3",
        2,
        12);
  }

  @Test
  void read_stringLongerThanMax_locatedLimit() {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxStringLength(20));

    assertLimit(
        only(json.read(MEETING, Meeting.class)),
        "expected a string length of at most 20 (JsonLimits.getMaxStringLength) but was longer",
        3,
        18);
  }

  @Test
  void read_numberLongerThanMax_locatedLimit() {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxNumberLength(5));
    String figure =
        "{\"id\": \"f1\", \"measure\": {\"en\": \"M\"}, \"unit\": {\"en\": \"U\"},\n"
            + " \"value\": 1234567}";

    assertLimit(
        only(json.read(figure, Figure.class)),
        "expected a number length of at most 5 (JsonLimits.getMaxNumberLength) but was 7",
        2,
        2);
  }

  @Test
  void read_nameLongerThanMax_locatedLimit() {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxNameLength(6));

    assertLimit(
        only(json.read(MEETING, Meeting.class)),
        "expected a field name length of at most 6 (JsonLimits.getMaxNameLength) but was longer",
        2,
        11);
  }

  /** Streaming validation keeps only ids, so a file of any length can be checked. */
  @Test
  void validate_documentLongerThanMax_streamsToTheEnd(@TempDir Path dir) throws IOException {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxDocumentLength(1000));
    StringBuilder s = new StringBuilder("{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n");
    for (int i = 0; i < 100; i++) {
      s.append("{\"type\":\"actor\",\"id\":\"a")
          .append(i)
          .append("\",\"kind\":\"media\",\"name\":{\"en\":\"A\"}}\n");
    }
    s.append("{\"type\":\"actor\",\"id\":\"a0\",\"kind\":\"media\",\"name\":{\"en\":\"A\"}}\n");
    Path file = Files.writeString(dir.resolve("big.jsonl"), s);

    // Read to the end: the duplicate id on the last line is found, and no limit is reported.
    assertThat(json.validateDataset(file).getViolations())
        .extracting(Violation::getCode)
        .containsExactly("id.duplicate");
    assertThat(only(json.readDataset(file)).getCode()).isEqualTo("input.limit");
  }

  @Test
  void readDataset_jsonLinesOverMaxInBytes_limitEvenWhenItsCharactersAreFewer() {
    // The limit is in bytes for bytes read, as JsonLimits says: two-byte characters count twice.
    String head = "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n";
    String line =
        "{\"type\":\"actor\",\"id\":\"a\",\"kind\":\"media\",\"name\":{\"en\":\""
            + "é".repeat(60)
            + "\"}}\n";
    String input = head + line;
    int limit = input.length() + 10;
    assertThat(input.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(limit);
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxDocumentLength(limit));

    ReadResult<Dataset> r =
        json.readDataset(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "x.jsonl");

    assertThat(only(r).getCode()).isEqualTo("input.limit");
    assertThat(
            GcmJson.create()
                .withLimits(JsonLimits.defaults().withMaxDocumentLength(limit + 60))
                .readDataset(
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "x.jsonl")
                .getReport()
                .getViolations())
        .isEmpty();
  }

  @Test
  void readDataset_documentLongerThanMax_locatedLimit() {
    GcmJson json = GcmJson.create().withLimits(JsonLimits.defaults().withMaxDocumentLength(1000));
    StringBuilder s = new StringBuilder("{\"formatVersion\": \"1.0\", \"actors\": [\n");
    for (int i = 0; i < 100; i++) {
      s.append(i == 0 ? "" : ",\n")
          .append("{\"id\": \"a")
          .append(i)
          .append("\", \"kind\": \"media\", \"name\": {\"en\": \"A\"}}");
    }
    s.append("]}\n");

    ReadResult<Dataset> r =
        json.readDataset(
            new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)), "big.json");

    Violation v = only(r);
    assertThat(v.getCode()).isEqualTo("input.limit");
    assertThat(v.getMessage())
        .isEqualTo(
            "expected a document length of at most 1000 (JsonLimits.getMaxDocumentLength) but was"
                + " longer");
    assertThat(v.getLocation().orElseThrow().getFile()).contains("big.json");
  }
}
