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
    GcmCsv.create().writeDataset(d, folder);
    long tables;
    try (Stream<Path> files = Files.list(folder)) {
      tables =
          files
              .filter(p -> p.toString().endsWith(".csv"))
              .mapToLong(ProgressListenerTest::size)
              .sum();
    }

    GcmCsv.create().withProgress(this::heard).validateDataset(folder);

    assertThat(calls).hasSizeGreaterThanOrEqualTo(d.size() / 1000 + 1);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
      assertThat(calls.get(i)[1]).isGreaterThanOrEqualTo(calls.get(i - 1)[1]);
    }
    assertThat(calls.get(calls.size() - 1)).containsExactly(d.size(), tables, tables);
  }

  @Test
  void damagedZip_itsProblemHeard() throws IOException {
    Path zip = dir.resolve("pkg.zip");
    Files.writeString(zip, "not a zip archive");
    List<Violation> heard = new ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void progress(long records, long bytesRead, long bytesTotal) {}

          @Override
          public void found(Violation violation) {
            heard.add(violation);
          }
        };

    ValidationReport report = GcmCsv.create().withProgress(listener).validateDataset(zip);

    assertThat(report.getViolations())
        .singleElement()
        .extracting(Violation::getCode)
        .isEqualTo("package.invalid");
    assertThat(heard).isEqualTo(report.getViolations());
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
