package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of the forms that JSON Lines' own test (ParallelLinesTest) does not cover; the problems
 * heard of every hostile input are checked in HostileInputTest.
 */
class ProgressListenerTest {
  @TempDir Path dir;

  private final List<long[]> calls = new ArrayList<>();

  private void heard(long records, long bytes, long total) {
    calls.add(new long[] {records, bytes, total});
  }

  @Test
  void jsonDocument_toldOnceAtTheEnd() throws IOException {
    Dataset d = RandomDatasets.generate(2, 50);
    Path file = dir.resolve("d.json");
    GcmJson.create().writeDataset(d, file);

    GcmJson.create().withProgress(this::heard).readDataset(file);

    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)).containsExactly(d.size(), Files.size(file), Files.size(file));
  }

  @Test
  void csvPackage_toldEveryThousandRecordsAndAtTheEndWithEveryTableRead() throws IOException {
    Dataset d = RandomDatasets.generate(2, 400);
    Path folder = dir.resolve("pkg");
    long tables = written(d, folder);

    GcmCsv.create().withProgress(this::heard).validateDataset(folder);

    assertThat(calls).hasSizeGreaterThanOrEqualTo(d.size() / 1000 + 1);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
      assertThat(calls.get(i)[1]).isGreaterThanOrEqualTo(calls.get(i - 1)[1]);
    }
    assertThat(calls.get(calls.size() - 1)).containsExactly(d.size(), tables, tables);
  }

  @Test
  void csvPackage_ofFewerThanAThousandRecords_toldAfterEachTable() throws IOException {
    Dataset d = RandomDatasets.generate(3, 20);
    Path folder = dir.resolve("small");
    long tables = written(d, folder);

    GcmCsv.create().withProgress(this::heard).readDataset(folder);

    assertThat(d.size()).isLessThan(1000);
    assertThat(calls).as("a call after each table read").hasSizeGreaterThan(3);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[1]).isGreaterThanOrEqualTo(calls.get(i - 1)[1]);
      assertThat(calls.get(i)).as("call %d, told something new", i).isNotEqualTo(calls.get(i - 1));
    }
    assertThat(calls.get(calls.size() - 1)).containsExactly(d.size(), tables, tables);
  }

  @Test
  void jsonLinesWithABound_everyListedProblemHeardFirstInOrder() throws IOException {
    Path file = dir.resolve("d.jsonl");
    GcmJson.create().writeDataset(RandomDatasets.generate(2, 200), file);
    // One unknown field in every record (the first line is the dataset's header).
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      lines.set(i, line.substring(0, line.length() - 1) + ",\"zzz\":1}");
    }
    Files.write(file, lines);
    List<Violation> heard = new ArrayList<>();
    ProgressListener listener = hearing(heard);

    for (int threads = 1; threads <= 2; threads++) {
      heard.clear();
      ValidationReport report =
          GcmJson.create()
              .withMaxViolations(5)
              .withThreads(threads)
              .withProgress(listener)
              .validateDataset(file);

      assertThat(report.getViolations()).hasSize(5);
      assertThat(report.countsByCode().get("field.unknown")).isEqualTo((long) lines.size() - 1);
      assertThat(heard.subList(0, 5))
          .as("on %d threads", threads)
          .isEqualTo(report.getViolations());
    }
  }

  @Test
  void damagedZip_itsProblemHeard() throws IOException {
    Path zip = dir.resolve("pkg.zip");
    Files.writeString(zip, "not a zip archive");
    List<Violation> heard = new ArrayList<>();
    ProgressListener listener = hearing(heard);

    ValidationReport report = GcmCsv.create().withProgress(listener).validateDataset(zip);

    assertThat(report.getViolations())
        .singleElement()
        .extracting(Violation::getCode)
        .isEqualTo("package.invalid");
    assertThat(heard).isEqualTo(report.getViolations());
  }

  /** Writes {@code d} as a package into {@code folder}; returns the bytes of its tables. */
  private static long written(Dataset d, Path folder) throws IOException {
    GcmCsv.create().writeDataset(d, folder);
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.toString().endsWith(".csv"))
          .mapToLong(ProgressListenerTest::size)
          .sum();
    }
  }

  /** A listener that adds each problem it hears to {@code heard}, and ignores progress. */
  static ProgressListener hearing(List<Violation> heard) {
    return new ProgressListener() {
      @Override
      public void progress(long records, long bytesRead, long bytesTotal) {}

      @Override
      public void found(Violation violation) {
        heard.add(violation);
      }
    };
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
