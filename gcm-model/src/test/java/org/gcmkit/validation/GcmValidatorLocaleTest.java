package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

class GcmValidatorLocaleTest {

  /**
   * Regression: under a French JVM the message read "expected a value that doit être supérieur ou
   * égal à 0". The shared factory fixes its locale when first used, so this catches the bug when it
   * runs first (alone, or with {@code -Dtest=GcmValidatorLocaleTest}); {@code
   * -DargLine=-Duser.language=fr} catches it in the whole suite.
   */
  @Test
  @ResourceLock(Resources.LOCALE)
  void validate_frenchDefaultLocale_messageStaysEnglish() {
    Figure figure =
        Figure.builder()
            .id(FigureId.of("f1"))
            .value(BigDecimal.valueOf(-1))
            .unit(Text.en("persons"))
            .measure(Text.en("returns"))
            .build();
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRANCE);
    try {
      assertThat(GcmValidator.create().validate(figure).getViolations())
          .extracting(Violation::getMessage)
          .containsExactly("expected a value that must be greater than or equal to 0 but was '-1'");
    } finally {
      Locale.setDefault(before);
    }
  }
}
