package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;
import org.gcmkit.validation.constraints.CountryCode;

/** Checks {@link CountryCode} against the JDK's list of ISO 3166-1 alpha-2 codes. */
public final class CountryCodeValidator
    implements ConstraintValidator<CountryCode, String>, ContextFreeCheck<String> {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  /** Creates the validator; called by the Jakarta Validation provider. */
  public CountryCodeValidator() {}

  @Override
  public boolean passes(String value) {
    return value == null || CODES.contains(value);
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    return Messages.fail(
        context,
        "expected an ISO 3166-1 alpha-2 country code in upper case such as TM but was "
            + Messages.quote(value));
  }
}
