package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;

/**
 * The only outcomes allowed for any input: a value, or a report whose every violation has a code, a
 * message and a location. Shared by the fuzz, hostile-corpus and thread-safety tests.
 */
public final class Outcomes {
  private static final GcmJson JSON = GcmJson.create();

  private static final GcmValidator VALIDATOR = GcmValidator.create();

  private Outcomes() {}

  /**
   * Asserts that {@code back}, read from what a writer wrote of {@code written}, is {@code
   * written}: nothing lost or changed. The one change the writers make on purpose is a language
   * tag's case ({@code En} is written {@code en}, as the registry gives it), which the reader of
   * {@code written} warned of ({@code language-tag.case} in {@code report}): such a dataset must
   * read back as the JSON writer writes it, with no such warning left.
   */
  public static void assertReadBack(
      Optional<Dataset> back, Dataset written, ValidationReport report, String what) {
    if (report.getViolations().stream().noneMatch(Outcomes::tagCase)) {
      assertThat(back).as(what).contains(written);
      return;
    }
    assertThat(back).as(what).isPresent();
    assertThat(JSON.write(back.orElseThrow())).as(what).isEqualTo(JSON.write(written));
    assertThat(VALIDATOR.validate(back.orElseThrow()).getViolations())
        .as(what)
        .noneMatch(Outcomes::tagCase);
  }

  private static boolean tagCase(Violation v) {
    return v.getCode().equals(Rule.LANGUAGE_TAG_CASE.code());
  }

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
