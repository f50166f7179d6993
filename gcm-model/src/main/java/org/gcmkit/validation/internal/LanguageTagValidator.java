package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gcmkit.validation.constraints.LanguageTag;

/**
 * Checks {@link LanguageTag}: well-formed by the JDK's BCP 47 parser, and made of subtags that the
 * IANA Language Subtag Registry lists ({@link SubtagRegistry}), in any case.
 */
public final class LanguageTagValidator
    implements ConstraintValidator<LanguageTag, String>, ContextFreeCheck<String> {
  private static final int MAX_CHECKED = 1024;
  private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

  /** Creates the validator; called by the Jakarta Validation provider. */
  public LanguageTagValidator() {}

  @Override
  public boolean passes(String value) {
    if (value == null) {
      return true;
    }
    // A dataset uses a handful of tags on every text; parsing each costs a Locale.Builder (and an
    // exception when ill-formed) and registry lookups, so answers are kept, up to a bound that junk
    // input cannot pass.
    Boolean known = CHECKED.get(value);
    if (known != null) {
      return known;
    }
    boolean valid = parses(value) && unregistered(value).isEmpty();
    if (CHECKED.size() < MAX_CHECKED) {
      CHECKED.put(value, valid);
    }
    return valid;
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    if (!parses(value)) {
      return Messages.fail(
          context,
          "expected a BCP 47 language tag such as en, ar or ru-Latn but was "
              + Messages.quote(value));
    }
    return Messages.fail(context, unregistered(value).orElse("unregistered"));
  }

  /**
   * Why a well-formed {@code tag} is not made of registered subtags, if it is not: its language,
   * extended languages, script, region and variants are looked up; extensions and private use
   * ({@code -x-...}) are not in the registry and are taken as they are.
   */
  static Optional<String> unregistered(String tag) {
    SubtagRegistry registry = SubtagRegistry.get();
    if (registry.find("grandfathered", tag).isPresent()
        || registry.find("redundant", tag).isPresent()) {
      return Optional.empty();
    }
    String[] subtags = tag.split("-", -1);
    if (subtags[0].equalsIgnoreCase("x")) {
      return Optional.empty(); // a private-use tag
    }
    if (registry.find("language", subtags[0]).isEmpty()) {
      return Optional.of(
          notRegistered(registry, tag, subtags[0], "language")
              + registry
                  .suggestLanguage(subtags[0])
                  .map(s -> "; did you mean '" + s + "'?")
                  .orElse(""));
    }
    int i = 1;
    for (int ext = 0; ext < 3 && i < subtags.length && isAlpha(subtags[i], 3); ext++, i++) {
      if (registry.find("extlang", subtags[i]).isEmpty()) {
        return Optional.of(notRegistered(registry, tag, subtags[i], "extended language"));
      }
    }
    if (i < subtags.length && isAlpha(subtags[i], 4)) {
      if (registry.find("script", subtags[i]).isEmpty()) {
        return Optional.of(notRegistered(registry, tag, subtags[i], "script"));
      }
      i++;
    }
    if (i < subtags.length && (isAlpha(subtags[i], 2) || isDigits(subtags[i], 3))) {
      if (registry.find("region", subtags[i]).isEmpty()) {
        return Optional.of(notRegistered(registry, tag, subtags[i], "region"));
      }
      i++;
    }
    for (; i < subtags.length && subtags[i].length() >= 4; i++) {
      if (registry.find("variant", subtags[i]).isEmpty()) {
        return Optional.of(notRegistered(registry, tag, subtags[i], "variant"));
      }
    }
    return Optional.empty();
  }

  private static String notRegistered(
      SubtagRegistry registry, String tag, String subtag, String what) {
    return "expected a language tag of subtags registered with IANA (Language Subtag Registry of "
        + registry.fileDate()
        + ") but "
        + Messages.quote(subtag)
        + (subtag.equals(tag) ? "" : " in " + Messages.quote(tag))
        + " is no registered "
        + what;
  }

  private static boolean isAlpha(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      char c = s.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
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
