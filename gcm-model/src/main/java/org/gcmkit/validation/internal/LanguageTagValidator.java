package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkit.validation.constraints.LanguageTag;

/** Checks {@link LanguageTag} with the JDK's BCP 47 parser. */
public final class LanguageTagValidator
    implements ConstraintValidator<LanguageTag, String>, ContextFreeCheck<String> {
  private static final int MAX_CHECKED = 1024;
  private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

  /** Creates the validator; called by the Jakarta Validation provider. */
  public LanguageTagValidator() {}

  @Override
  public boolean passes(String value) {
    return value == null || isWellFormed(value);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    return Messages.fail(
        context,
        "expected a BCP 47 language tag such as en, ar or ru-Latn but was "
            + Messages.quote(value));
  }

  /** Whether {@code tag} is a well-formed BCP 47 tag. */
  public static boolean isWellFormed(String tag) {
    // A dataset uses a handful of tags on every text; parsing each costs a Locale.Builder (and an
    // exception when ill-formed), so answers are kept, up to a bound that junk input cannot pass.
    Boolean known = CHECKED.get(tag);
    if (known != null) {
      return known;
    }
    boolean wellFormed = parses(tag);
    if (CHECKED.size() < MAX_CHECKED) {
      CHECKED.put(tag, wellFormed);
    }
    return wellFormed;
  }

  private static boolean parses(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return !tag.isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
