package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.internal.Outcomes;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Fuzz tests of every JSON reading entry point. Without JAZZER_FUZZ they replay the committed
 * inputs in {@code JsonFuzzTestInputs/<method>/} as regression tests; with {@code JAZZER_FUZZ=1}
 * one of them fuzzes for its {@code maxDuration} (see docs/hostile-input.md).
 */
class JsonFuzzTest {
  private static final GcmJson JSON = GcmJson.create();
  private static final GcmCsv CSV = GcmCsv.create();
  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n";
  // Temporary files on tmpfs when there is one: fuzzing writes one per input.
  private static final Path TMP =
      Files.isWritable(Path.of("/dev/shm"))
          ? Path.of("/dev/shm")
          : Path.of(System.getProperty("java.io.tmpdir"));

  @FuzzTest(maxDuration = "2m")
  void readDataset_anyDocumentBytes_valueOrLocatedReport(byte @NotNull [] input) {
    check(input, false);
  }

  @FuzzTest(maxDuration = "2m")
  void readDataset_anyJsonLinesBytes_valueOrLocatedReport(byte @NotNull [] input) {
    check(input, true);
  }

  @FuzzTest(maxDuration = "2m")
  void read_anyText_valueOrLocatedReport(@NotNull String input) {
    ReadResult<Dataset> read = JSON.read(input, Dataset.class);

    Outcomes.assertValueOrLocatedReport(read, "text");
    if (read.isValid()) {
      try {
        Path dir = Files.createTempDirectory(TMP, "gcm-fuzz");
        try {
          roundTrips(read.requireValid(), read.getReport(), dir);
        } finally {
          Files.delete(dir);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * JSON Lines records after a valid header: each line is read on its own, so what is reported on a
   * line is what that line alone (after the header) gives, whatever the lines around it; every
   * violation is on a line of the file.
   */
  @FuzzTest(maxDuration = "2m")
  void readDataset_anyJsonLinesRecords_eachLineReadAsAlone(byte @NotNull [] input) {
    byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
    ReadResult<Dataset> whole = readLines(concat(head, input));
    Outcomes.assertValueOrLocatedReport(whole, "lines");

    // The lines of the input, where each starts (byte offset and file line) and how many lines
    // it spans in locations (a lone CR starts a line of its own).
    List<byte[]> lines = new ArrayList<>();
    List<long[]> starts = new ArrayList<>();
    long fileLine = 2;
    int from = 0;
    for (int i = 0; i <= input.length; i++) {
      if (i == input.length || input[i] == '\n') {
        byte[] line = java.util.Arrays.copyOfRange(input, from, i);
        long crs = 0;
        for (int j = 0; j < line.length; j++) {
          if (line[j] == '\r' && !(j == line.length - 1 && i < input.length)) {
            crs++;
          }
        }
        lines.add(line);
        starts.add(new long[] {from, fileLine, crs});
        fileLine += 1 + crs;
        from = i + 1;
      }
    }
    long lastLine = fileLine - 1;
    for (Violation v : whole.getReport().getViolations()) {
      assertThat(v.getLocation().orElseThrow().getLine().orElse(1L))
          .as("%s", v)
          .isBetween(1L, lastLine);
    }
    for (int k = 0; k < lines.size(); k++) {
      long[] at = starts.get(k);
      // The line as it stands in the file: with its line end, if it has one.
      byte[] end = k < lines.size() - 1 ? new byte[] {'\n'} : new byte[0];
      ReadResult<Dataset> alone = readLines(concat(head, concat(lines.get(k), end)));
      List<String> expected = new ArrayList<>();
      for (Violation v : alone.getReport().getViolations()) {
        if (lineLocal(v)) {
          expected.add(normalise(v, at[1] - 2, at[0]));
        }
      }
      List<String> actual = new ArrayList<>();
      for (Violation v : whole.getReport().getViolations()) {
        long line = v.getLocation().orElseThrow().getLine().orElse(0L);
        if (lineLocal(v) && line >= at[1] && line <= at[1] + at[2]) {
          actual.add(normalise(v, 0, 0));
        }
      }
      assertThat(actual).as("line %s", at[1]).isEqualTo(expected);
    }
  }

  /**
   * Any text as a date and as a span (EDTF level 1 and one day of a span): a value or a located
   * report quoting the whole value, never an exception; a date read is written back as the same
   * text, character for character, and reads back equal in JSON and in CSV.
   */
  @FuzzTest(maxDuration = "2m")
  void read_anyDateText_valueOrLocatedReport(@NotNull String date) {
    StringBuilder quoted = new StringBuilder();
    JsonStringEncoder.getInstance().quoteAsString(date, quoted);
    String json =
        "{\"formatVersion\":\"1.1\",\"documents\":[{\"id\":\"d1\",\"kind\":\"declaration\","
            + "\"title\":{\"en\":\"D\"},\"date\":\""
            + quoted
            + "\",\"period\":\""
            + quoted
            + "\"}]}";

    ReadResult<Dataset> read = JSON.read(json, Dataset.class);

    Outcomes.assertValueOrLocatedReport(read, date);
    for (org.gcmkit.validation.Violation v : read.getReport().getViolations()) {
      if (v.getCode().equals("value.syntax")) {
        assertThat(v.getMessage()).as("quotes the whole value").contains("'" + date + "'");
      }
    }
    if (read.getValue().isPresent()) {
      org.gcmkit.model.Document d = read.getValue().get().getDocuments().get(0);
      d.getDate().ifPresent(x -> assertThat(x.toString()).isEqualTo(date));
      d.getPeriod().ifPresent(x -> assertThat(x.toString()).isEqualTo(date));
      if (read.isValid()) {
        assertThat(JSON.read(JSON.write(read.requireValid()), Dataset.class).getValue())
            .contains(read.requireValid());
      }
    }
  }

  /**
   * Any text as the value of a figure: a number, a located report, never an exception; and a number
   * read is the number written.
   */
  @FuzzTest(maxDuration = "2m")
  void read_anyNumberText_valueOrLocatedReport(@NotNull String number) {
    String json =
        "{\"formatVersion\":\"1.0\","
            + "\"actors\":[{\"id\":\"iom\",\"kind\":\"un_entity\",\"name\":{\"en\":\"IOM\"}}],"
            + "\"figures\":[{\"id\":\"f\",\"measure\":{\"en\":\"m\"},\"unit\":{\"en\":\"u\"},"
            + "\"reportedBy\":\"iom\",\"value\":"
            + number
            + "}]}";

    ReadResult<Dataset> read = JSON.read(json, Dataset.class);

    Outcomes.assertValueOrLocatedReport(read, number);
    if (read.isValid()) {
      Dataset d = read.requireValid();
      if (number.strip().matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
        assertThat(d.getFigures().get(0).getValue())
            .isEqualTo(new java.math.BigDecimal(number.strip()));
      }
      assertThat(JSON.read(JSON.write(d), Dataset.class).getValue()).contains(d);
    }
  }

  /**
   * Any text as a document's symbol (checked by a pattern in the precheck and by the provider): a
   * value or a located report, never an exception or a stall; and a symbol accepted is kept as
   * written.
   */
  @FuzzTest(maxDuration = "2m")
  void read_anySymbolText_valueOrLocatedReport(@NotNull String symbol) {
    StringBuilder json =
        new StringBuilder(
            "{\"formatVersion\":\"1.0\",\"documents\":[{\"id\":\"d1\",\"kind\":\"declaration\","
                + "\"title\":{\"en\":\"Declaration\"},\"symbol\":\"");
    JsonStringEncoder.getInstance().quoteAsString(symbol, json);
    json.append("\"}]}");

    ReadResult<Dataset> read = JSON.read(json.toString(), Dataset.class);

    Outcomes.assertValueOrLocatedReport(read, symbol);
    if (read.isValid()) {
      assertThat(read.requireValid().getDocuments().get(0).getSymbol()).contains(symbol);
    }
  }

  private static final GcmJson THREADS = JSON.withThreads(3);

  private static ReadResult<Dataset> readLines(byte[] bytes) {
    return JSON.readDataset(new ByteArrayInputStream(bytes), "fuzz.jsonl");
  }

  /**
   * Codes that do not depend on other lines. Ids and references do, and the header. So do loops,
   * even a record that is its own parent: a line that cannot be read may hold an earlier record
   * with the same id, so a file with a lost line reports no loop.
   */
  private static boolean lineLocal(Violation v) {
    return !v.getCode().equals("id.duplicate")
        && !v.getCode().equals("reference.unresolved")
        && !v.getCode().equals("reference.loop")
        && !v.getCode().equals("format.version");
  }

  private static final Pattern RECORD = Pattern.compile("^/([A-Za-z]+)/\\d+");
  private static final Pattern OFFSET = Pattern.compile("byte offset (\\d+)");

  /**
   * A violation with its record index left out, its line shifted by {@code lines} and its byte
   * offset by {@code bytes}: how it reads in the whole file.
   */
  private static String normalise(Violation v, long lines, long bytes) {
    Matcher offset = OFFSET.matcher(v.getMessage());
    String message =
        offset.find()
            ? offset.replaceFirst("byte offset " + (Long.parseLong(offset.group(1)) + bytes))
            : v.getMessage();
    String at =
        v.getLocation()
            .map(
                l ->
                    (l.getLine().isPresent() ? l.getLine().getAsLong() + lines : 0)
                        + ":"
                        + l.getColumn().orElse(0))
            .orElse("-");
    return v.getCode()
        + " "
        + v.getSeverity()
        + " "
        + RECORD.matcher(v.getPointer()).replaceFirst("/$1/#")
        + " "
        + at
        + " "
        + message
        + " "
        + v.getValue().orElse("");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /**
   * Written by every writer (document, JSON Lines, CSV package) and read again, it is the same, or
   * what the writers write of it ({@link Outcomes#assertReadBack}); {@code report} is its reader's.
   */
  private static void roundTrips(Dataset d, ValidationReport report, Path dir) throws IOException {
    Outcomes.assertReadBack(
        JSON.read(JSON.write(d), Dataset.class).getValue(), d, report, "written as text");
    for (String name : List.of("out.json", "out.jsonl", "out.ndjson")) {
      Path out = dir.resolve(name);
      JSON.writeDataset(d, out);
      Outcomes.assertReadBack(JSON.readDataset(out).getValue(), d, report, name);
      Files.delete(out);
    }
    Path pkg = dir.resolve("pkg");
    try {
      CSV.writeDataset(d, pkg);
      Outcomes.assertReadBack(CSV.readDataset(pkg).getValue(), d, report, "CSV package");
    } finally {
      if (Files.exists(pkg)) {
        try (Stream<Path> files = Files.walk(pkg)) {
          for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
            Files.delete(p);
          }
        }
      }
    }
  }

  // In memory, through the stream forms (the file forms read the same stream): a file per input
  // held the byte targets to a few thousand executions per second.
  private static void check(byte[] input, boolean jsonLines) {
    String name = jsonLines ? "fuzz.jsonl" : "fuzz.json";
    ReadResult<Dataset> read = JSON.readDataset(new ByteArrayInputStream(input), name);

    Outcomes.assertValueOrLocatedReport(read, name);
    // The streaming validator and the reader agree on every input.
    assertThat(JSON.validateDataset(new ByteArrayInputStream(input), name))
        .isEqualTo(read.getReport());
    if (jsonLines) {
      // Read in parts on other threads and merged, the report is the one of a single thread.
      ReadResult<Dataset> parallel = THREADS.readDataset(new ByteArrayInputStream(input), name);
      assertThat(parallel.getReport()).isEqualTo(read.getReport());
      assertThat(parallel.getValue()).isEqualTo(read.getValue());
    }
    // What was accepted is kept whole: written by every writer and read again, it is the same.
    if (read.isValid()) {
      try {
        Path dir = Files.createTempDirectory(TMP, "gcm-fuzz");
        try {
          roundTrips(read.requireValid(), read.getReport(), dir);
        } finally {
          Files.delete(dir);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
