package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.io.ReadResult;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;

/**
 * The only outcomes allowed for any input: a value, or a report whose every violation has a code, a
 * message and a location. Shared by the fuzz, hostile-corpus and thread-safety tests.
 */
public final class Outcomes {
  private Outcomes() {}

  /** Asserts that {@code result} is a value or a located report, {@code what} naming the input. */
  public static void assertValueOrLocatedReport(ReadResult<?> result, String what) {
    if (result.getReport().getViolations().isEmpty()) {
      assertThat(result.getValue()).as("%s: an empty report comes with a value", what).isPresent();
    }
    if (result.getValue().isEmpty()) {
      assertThat(result.getReport().getErrors())
          .as("%s: no value without an error saying why", what)
          .isNotEmpty();
    }
    assertLocated(result.getReport(), what);
  }

  /** Asserts that every violation of {@code report} has a code, a message and a location. */
  public static void assertLocated(ValidationReport report, String what) {
    for (Violation v : report.getViolations()) {
      assertThat(v.getCode()).as("%s: code of %s", what, v).isNotBlank();
      assertThat(v.getMessage()).as("%s: message of %s", what, v).isNotBlank();
      assertThat(v.getLocation()).as("%s: location of %s", what, v).isPresent();
    }
  }
}
