package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gcmkit.examples.DatasetGenerator.Defect;
import org.gcmkit.examples.DatasetGenerator.GeneratedRecord;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The generator that the benchmarks and gcm-beam's example use: valid records are valid, and each
 * record drawn invalid gets a violation at or below its pointer. (gcm-benchmarks also checks it
 * against hand-written checks.)
 */
class DatasetGeneratorExamplesTest {
  @Test
  void noInvalidFraction_validDataset() {
    DatasetGenerator g = DatasetGenerator.of(3, 2_000, 0);
    assertThat(g.size()).isEqualTo(2_000);
    assertThat(g.list()).noneMatch(GeneratedRecord::invalid);
    assertThat(GcmValidator.create().validate(g.dataset()).getViolations()).isEmpty();
  }

  @Test
  void invalidRecords_eachReportedAtItsPointer_everyDefectDrawn() {
    DatasetGenerator g = DatasetGenerator.of(5, 3_000, 0.6);
    List<GeneratedRecord> records = g.list();
    List<Violation> violations = GcmValidator.create().validate(g.dataset()).getViolations();
    Set<Defect> drawn = new HashSet<>();
    for (GeneratedRecord r : records) {
      // A duplicate id is reported by the dataset rule at whichever record it names; the other
      // defects at the record that has them.
      if (r.invalid() && r.defect() != Defect.NONE && r.defect() != Defect.ID_DUPLICATE) {
        drawn.add(r.defect());
        assertThat(violations)
            .as("%s with %s", r.pointer(), r.defect())
            .anyMatch(
                v ->
                    v.getPointer().equals(r.pointer())
                        || v.getPointer().startsWith(r.pointer() + "/"));
      }
    }
    assertThat(drawn).hasSizeGreaterThan(10);
    assertThat(g.figures()).isPositive();
  }

  @Test
  void sameSeed_sameRecords_badArguments_refused() {
    assertThat(DatasetGenerator.of(9, 500, 0.1).record(123))
        .isEqualTo(DatasetGenerator.of(9, 500, 0.1).record(123));
    assertThatThrownBy(() -> DatasetGenerator.of(1, 10, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
