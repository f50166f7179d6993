package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import org.apache.bval.jsr.ApacheValidationProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule cases of {@link RuleCoverageTest} through a second Jakarta Validation 3.1 provider,
 * Apache BVal: the model's constraints are portable, and gcm reports the same code, severity and
 * pointer whichever provider found the violation.
 */
class SecondProviderTest {
  private static final ValidatorFactory BVAL =
      Validation.byProvider(ApacheValidationProvider.class).configure().buildValidatorFactory();
  private static final GcmValidator GCM = GcmValidator.using(BVAL.getValidator());

  @AfterAll
  static void close() {
    BVAL.close();
  }

  @Test
  void baselineDataset_valid() {
    assertThat(GCM.validate(Fixtures.valid()).getViolations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.gcmkit.validation.RuleCoverageTest#cases")
  void oneRuleBroken_sameCodeSeverityAndPointer(
      Object invalid,
      String path,
      Class<? extends Annotation> constraint,
      Rule rule,
      String pointer,
      String message) {
    assertThat(GCM.validate(invalid).getViolations())
        .extracting(Violation::getCode, Violation::getSeverity, Violation::getPointer)
        .containsExactly(tuple(rule.code(), rule.severity(), pointer));
  }
}
