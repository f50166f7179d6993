package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.gcmkit.validation.constraints.LanguageTag;

/** Checks {@link LanguageTag} with the JDK's BCP 47 parser. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || isWellFormed(value)) {
      return true;
    }
    return Messages.fail(
        context,
        "expected a BCP 47 language tag such as en, ar or ru-Latn but was "
            + Messages.quote(value));
  }

  /** Whether {@code tag} is a well-formed BCP 47 tag. */
  public static boolean isWellFormed(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return !tag.isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
