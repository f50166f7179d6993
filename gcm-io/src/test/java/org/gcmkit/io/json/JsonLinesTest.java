package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines: one record per line, each line read on its own, framing checked, lines bounded. */
class JsonLinesTest {
  private static final GcmJson JSON = GcmJson.create();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n";

  private static String actor(String id) {
    return "{\"type\":\"actor\",\"id\":\""
        + id
        + "\",\"kind\":\"state\",\"country\":\"TM\",\"name\":{\"en\":\""
        + id
        + "\"}}";
  }

  private static ReadResult<Dataset> lines(String text) {
    return JSON.readDataset(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.jsonl");
  }

  private static List<String> codesAndPlaces(ValidationReport report) {
    return report.getViolations().stream()
        .map(v -> v.getCode() + " " + v.getPointer() + " " + v.getLocation().orElseThrow())
        .toList();
  }

  @Test
  void readDataset_twoRecordsOnOneLine_reportedAtTheSecond() {
    ReadResult<Dataset> r = lines(HEAD + actor("a") + actor("b") + "\n" + actor("c") + "\n");

    assertThat(r.getValue()).isEmpty();
    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getMessage, Violation::getPointer)
        .containsExactly(
            tuple(
                "json.syntax",
                "expected the end of the line after its JSON value (one record on each line) but was an object",
                ""));
    assertThat(r.getReport().getViolations().get(0).getLocation().orElseThrow().toString())
        .isEqualTo("x.jsonl:2:74");
  }

  @Test
  void readDataset_recordOverTwoLines_eachLineReportedAndTheNextRead() {
    ReadResult<Dataset> r =
        lines(
            HEAD
                + "{\"type\":\"actor\",\"id\":\"a\",\n\"kind\":\"state\"}\n"
                + actor("b")
                + "\n{\"type\":\"actor\",\"id\":\"c\"}\n");

    assertThat(codesAndPlaces(r.getReport()))
        .containsExactly(
            "json.syntax  x.jsonl:2:26",
            "value.type  x.jsonl:3:1",
            // Line 5 is read: the record after the broken one is still checked.
            "required /actors/2/kind x.jsonl:5:1",
            "required /actors/2/name x.jsonl:5:1");
    assertThat(r.getReport().getViolations().get(0).getMessage())
        .startsWith(
            "expected a whole JSON value on each line but the line ends inside one (a record must"
                + " not be spread over several lines)");
  }

  @Test
  void validate_syntaxErrorsOnSeveralLines_eachReportedWithItsLineAndReadingGoesOn(
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("x.jsonl");
    // CRLF and a lone CR (a line of its own in locations) before the broken lines.
    Files.writeString(
        file,
        HEAD.replace("\n", "\r\n")
            + actor("a")
            + "\r\r\n"
            + "{\"type\":\"actor\",,}\n"
            + "nonsense\n"
            + "\n"
            + actor("b").replace("\"state\"", "\"stat\"")
            + "\n");

    ValidationReport streamed = JSON.validateDataset(file);

    assertThat(codesAndPlaces(streamed))
        .containsExactly(
            "json.syntax  " + file + ":4:17",
            "json.syntax  " + file + ":5:1",
            "value.syntax /actors/1/kind " + file + ":7:33");
    assertThat(JSON.readDataset(file).getReport()).isEqualTo(streamed);
  }

  @Test
  void readDataset_lineOverTheLimit_reportedAndSkippedAndTheNextLineRead() {
    GcmJson json = JSON.withLimits(JsonLimits.defaults().withMaxLineLength(100));
    String longLine = actor("a").replace("\"a\"}}", "\"" + "a".repeat(100) + "\"}}");

    ReadResult<Dataset> r =
        json.readDataset(
            new ByteArrayInputStream(
                (HEAD + longLine + "\n" + actor("b") + "\n").getBytes(StandardCharsets.UTF_8)),
            "x.jsonl");

    assertThat(r.getReport().getViolations())
        .extracting(
            Violation::getCode,
            Violation::getMessage,
            v -> v.getLocation().orElseThrow().toString())
        .containsExactly(
            tuple(
                "input.limit",
                "expected a line of at most 100 characters (JsonLimits.getMaxLineLength) but was longer;"
                    + " the line is not read",
                "x.jsonl:2:1"));
  }

  @Test
  void readDataset_lineLimit_countsCharactersNotBytes() {
    // Lines are split as bytes; the limit is still in characters, as JsonLimits says.
    GcmJson json = JSON.withLimits(JsonLimits.defaults().withMaxLineLength(100));
    String wide = actor("a").replace("\"a\"}}", "\"" + "Ж".repeat(25) + "\"}}");
    String tooWide = actor("b").replace("\"b\"}}", "\"" + "Ж".repeat(40) + "\"}}");
    assertThat(wide.length()).isLessThanOrEqualTo(100);
    assertThat(wide.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100);
    assertThat(tooWide.length()).isGreaterThan(100);

    ReadResult<Dataset> r =
        json.readDataset(
            new ByteArrayInputStream(
                (HEAD + wide + "\n" + tooWide + "\n").getBytes(StandardCharsets.UTF_8)),
            "x.jsonl");

    assertThat(codesAndPlaces(r.getReport())).containsExactly("input.limit  x.jsonl:3:1");
  }

  @Test
  void readDataset_malformedByteEarlyInALineFarOverTheLimit_reportedAsEncodingNotLength()
      throws IOException {
    // The characters before the bad byte are what counts, as when the input was decoded first:
    // they are within the limit, so the bad byte is the line's problem.
    GcmJson json = JSON.withLimits(JsonLimits.defaults().withMaxLineLength(100));
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.write(
        (HEAD + "{\"type\":\"actor\",\"id\":\"a\",\"name\":{\"en\":\"Ж")
            .getBytes(StandardCharsets.UTF_8));
    int bad = input.size();
    input.write(0xFF);
    input.write(
        ("x".repeat(5_000) + "\"}}\n" + actor("b") + "\n").getBytes(StandardCharsets.UTF_8));

    ReadResult<Dataset> r =
        json.readDataset(new ByteArrayInputStream(input.toByteArray()), "x.jsonl");

    assertThat(r.getReport().getViolations())
        .extracting(
            Violation::getCode,
            Violation::getMessage,
            v -> v.getLocation().orElseThrow().toString())
        .containsExactly(
            tuple(
                "encoding.invalid",
                "expected UTF-8 but found the invalid bytes 0xFF at byte offset "
                    + bad
                    + "; the rest of the line is not read",
                "x.jsonl:2:41"));
  }

  @Test
  @Timeout(60)
  void readDataset_lineOf200MB_limitReportedWithoutHoldingTheLine() {
    // Never held whole, here or in the reader: a line is read up to its limit, then skipped.
    long size = 200L << 20;
    InputStream line =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) '[');
            left -= n;
            return n;
          }
        };
    InputStream in =
        new SequenceInputStream(
            java.util.Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)),
                    line,
                    new ByteArrayInputStream(
                        ("\n" + actor("b").replace("\"state\"", "\"stat\"") + "\n")
                            .getBytes(StandardCharsets.UTF_8)))));

    ReadResult<Dataset> r = JSON.readDataset(in, "x.jsonl");

    assertThat(codesAndPlaces(r.getReport()))
        .containsExactly("input.limit  x.jsonl:2:1", "value.syntax /actors/0/kind x.jsonl:3:33");
  }

  @Test
  void readDataset_malformedBytesOnTwoLines_eachLocatedWithBytesAndOffsetAndTheNextLineRead() {
    byte[] head = (HEAD + actor("a").replace("\"a\"}}", "\"Caf")).getBytes(StandardCharsets.UTF_8);
    byte[] rest = ("\"}}\n" + actor("b") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[head.length + 1 + rest.length];
    System.arraycopy(head, 0, input, 0, head.length);
    input[head.length] = (byte) 0xE9;
    System.arraycopy(rest, 0, input, head.length + 1, rest.length);

    ReadResult<Dataset> r = JSON.readDataset(new ByteArrayInputStream(input), "x.jsonl");

    assertThat(r.getReport().getViolations())
        .extracting(
            Violation::getCode,
            Violation::getMessage,
            Violation::getPointer,
            v -> v.getValue().orElseThrow(),
            v -> v.getLocation().orElseThrow().toString())
        .containsExactly(
            tuple(
                "encoding.invalid",
                "expected UTF-8 but found the invalid bytes 0xE9 at byte offset "
                    + head.length
                    + "; the rest of the line is not read",
                "/actors/0/name/en",
                "0xE9",
                "x.jsonl:2:73"));
  }

  @Test
  void readDataset_ndjsonFile_readAsJsonLinesAndWrittenAsJsonLines(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("x.NDJSON");
    Files.writeString(file, HEAD + actor("a") + "\n");

    Dataset d = JSON.readDataset(file).requireValid();
    Path out = dir.resolve("out.ndjson");
    JSON.writeDataset(d, out);

    assertThat(Files.readAllLines(out)).hasSize(2);
    assertThat(JSON.readDataset(out).getValue()).contains(d);
    assertThat(JSON.validateDataset(file).getViolations()).isEmpty();
  }

  @Test
  void isJsonLines_byExtensionInAnyCase() {
    assertThat(GcmJson.isJsonLines(Path.of("a/b.jsonl"))).isTrue();
    assertThat(GcmJson.isJsonLines(Path.of("b.NDJSON"))).isTrue();
    assertThat(GcmJson.isJsonLines(Path.of("b.json"))).isFalse();
    assertThat(GcmJson.isJsonLines(Path.of("/"))).isFalse();
    assertThat(GcmJson.isJson(Path.of("b.Json"))).isTrue();
    assertThat(GcmJson.isJson(Path.of("b.ndjson"))).isTrue();
    assertThat(GcmJson.isJson(Path.of("b.csv"))).isFalse();
  }
}
