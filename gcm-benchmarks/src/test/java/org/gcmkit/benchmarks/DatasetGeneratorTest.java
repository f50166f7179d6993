package org.gcmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.DatasetGenerator.GeneratedRecord;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

class DatasetGeneratorTest {
  private final GcmValidator validator = GcmValidator.create();

  @Test
  void validByDefaultForGcmAndTheHandChecks() {
    DatasetGenerator g = DatasetGenerator.of(7, 2_000, 0);
    assertThat(validator.validate(g.dataset()).getViolations()).isEmpty();
    HandChecker hand = new HandChecker();
    for (GeneratedRecord r : g.list()) {
      assertThat(hand.accept(r.record(), r.pointer())).isEmpty();
    }
    assertThat(hand.finish()).isEmpty();
  }

  @Test
  void sameSeedSameRecords() {
    assertThat(DatasetGenerator.of(1, 500, 0.5).list())
        .isEqualTo(DatasetGenerator.of(1, 500, 0.5).list());
  }

  @Test
  void gcmAndTheHandChecksFlagTheSameRecords() {
    for (double invalid : new double[] {0.01, 0.6}) {
      DatasetGenerator g = DatasetGenerator.of(11, 5_000, invalid);
      StreamValidator stream = StreamValidator.create(validator);
      HandChecker hand = new HandChecker();
      int injected = 0;
      for (GeneratedRecord r : g.list()) {
        ValidationReport report = stream.accept(r.record(), r.pointer(), p -> Optional.empty());
        int gcmErrors =
            (int) report.getViolations().stream().filter(DatasetGeneratorTest::error).count();
        int handErrors =
            (int)
                hand.accept(r.record(), r.pointer()).stream()
                    .filter(p -> !p.code().equals("meeting.held-without-date"))
                    .count();
        if (r.invalid()) {
          injected++;
        }
        // A record flagged by one is flagged by the other; dangling references come at the end.
        assertThat(gcmErrors > 0).as(r.pointer()).isEqualTo(handErrors > 0);
      }
      assertThat(stream.finish().getErrorCount()).isEqualTo(hand.finish().size());
      assertThat(injected)
          .isBetween((int) (5_000 * invalid * 0.7), (int) (5_000 * invalid * 1.3) + 5);
    }
  }

  @Test
  void everyInvalidRecordNamesItsDefect() {
    for (GeneratedRecord r : DatasetGenerator.of(3, 2_000, 0.6).list()) {
      // The first figure cannot repeat an earlier id, so its drawn defect may not apply.
      boolean firstFigure = r.pointer().equals("/figures/0");
      if (!r.invalid()) {
        assertThat(r.defect()).as(r.pointer()).isEqualTo(DatasetGenerator.Defect.NONE);
      } else if (!firstFigure) {
        assertThat(r.defect()).as(r.pointer()).isNotEqualTo(DatasetGenerator.Defect.NONE);
      }
    }
  }

  private static boolean error(Violation v) {
    return v.getSeverity() == Severity.ERROR;
  }
}
