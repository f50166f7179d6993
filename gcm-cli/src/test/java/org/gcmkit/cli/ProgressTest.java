package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

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
  void notShown_printsNothing() {
    Progress p = progress(false);

    p.start();
    nanos.addAndGet(1_000_000_000L);
    p.progress(1, 1, 2);
    p.done();

    assertThat(text.toString()).isEmpty();
  }
}
