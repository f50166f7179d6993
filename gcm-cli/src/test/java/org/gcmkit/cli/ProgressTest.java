package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of a large input at a terminal, on a clock the test moves. */
class ProgressTest {
  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();

  private Progress progress(boolean shown) {
    return new Progress(new PrintWriter(text), Path.of("big.jsonl"), 0, shown, nanos::get);
  }

  @Test
  void shown_rewritesOneLineAtMostFourTimesASecondAndEndsIt() {
    Progress p = progress(true);

    p.start();
    nanos.addAndGet(300_000_000L);
    p.progress(12_345, 50, 200);
    nanos.addAndGet(100_000_000L);
    p.progress(20_000, 60, 200); // too soon: not shown
    nanos.addAndGet(200_000_000L);
    p.progress(1_000_000, 200, 200);
    p.done();

    assertThat(text.toString())
        .isEqualTo(
            "\rvalidating big.jsonl (0 MB)..."
                + "\rvalidating big.jsonl: 25%, 12,345 records"
                + "\rvalidating big.jsonl: 100%, 1,000,000 records"
                + "\rvalidated big.jsonl"
                + " ".repeat("validating big.jsonl: 100%, 1,000,000 records".length() - 19)
                + System.lineSeparator());
  }

  @Test
  void shown_streamOfUnknownSize_countsRecordsOnly() {
    Progress p = progress(true);

    nanos.addAndGet(300_000_000L);
    p.progress(7, 10, -1);

    assertThat(text.toString()).isEqualTo("\rvalidating big.jsonl: 7 records");
  }

  @Test
  void shown_endedAfterAFailure_soTheErrorStartsALine() {
    Progress p = progress(true);

    nanos.addAndGet(300_000_000L);
    p.progress(7, 10, 20);
    p.end();

    assertThat(text.toString())
        .isEqualTo("\rvalidating big.jsonl: 50%, 7 records" + System.lineSeparator());
  }

  @Test
  void terminal_isStandardErrorsDevice_notAFileOrAPipe() {
    assertThat(Progress.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Progress.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Progress.isTerminalDevice("/tmp/err.txt")).isFalse();
    assertThat(Progress.isTerminalDevice("pipe:[123456]")).isFalse();
    assertThat(Progress.isTerminalDevice("/dev/null")).isFalse();
  }

  @Test
  void size_ofAZip_isWhatItsTablesInflateTo(@TempDir Path dir) throws java.io.IOException {
    Path zip = dir.resolve("p.zip");
    byte[] table = "id,name@en\n".concat("a,".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    try (java.util.zip.ZipOutputStream out =
        new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
      out.putNextEntry(new java.util.zip.ZipEntry("actors.csv"));
      out.write(table);
      out.closeEntry();
    }

    assertThat(java.nio.file.Files.size(zip)).isLessThan(table.length / 10);
    assertThat(Progress.size(zip)).isEqualTo(table.length);
  }

  @Test
  void notShown_printsNothing() {
    Progress p = progress(false);

    p.start();
    nanos.addAndGet(1_000_000_000L);
    p.progress(1, 1, 2);
    p.done();

    assertThat(text.toString()).isEmpty();
  }
}
