package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.validation.constraints.CanonicalLanguageTags;

/**
 * Checks {@link CanonicalLanguageTags} on a map keyed by tags or a collection of tags: one
 * violation per registered tag that is not in the registry's case.
 */
public final class CanonicalLanguageTagsValidator
    implements ConstraintValidator<CanonicalLanguageTags, Object>, ContextFreeCheck<Object> {
  private static final LanguageTagValidator REGISTERED = new LanguageTagValidator();

  /** Creates the validator; called by the Jakarta Validation provider. */
  public CanonicalLanguageTagsValidator() {}

  @Override
  public boolean passes(Object value) {
    if (value == null) {
      return true;
    }
    // The common case, every tag already canonical, allocates nothing.
    for (Object t : DistinctLanguageTagsValidator.tags(value)) {
      String tag = String.valueOf(t);
      if (!Scalars.languageTag(tag).equals(tag)) {
        return offCase(value).isEmpty();
      }
    }
    return true;
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (String tag : offCase(value)) {
      String canonical = Scalars.languageTag(tag);
      context
          .buildConstraintViolationWithTemplate(
              Messages.literal(
                  "expected the language tag '"
                      + canonical
                      + "' in the case the registry gives it but was '"
                      + tag
                      + "': the same tag, written '"
                      + canonical
                      + "'"))
          .addConstraintViolation();
    }
    return false;
  }

  /** The registered tags not in the registry's case and not repeating another tag. */
  private static List<String> offCase(Object value) {
    Map<String, Integer> counts = new HashMap<>();
    for (Object t : DistinctLanguageTagsValidator.tags(value)) {
      counts.merge(String.valueOf(t).toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    List<String> off = new ArrayList<>();
    for (Object t : DistinctLanguageTagsValidator.tags(value)) {
      String tag = String.valueOf(t);
      if (!Scalars.languageTag(tag).equals(tag)
          && counts.getOrDefault(tag.toLowerCase(Locale.ROOT), 0) == 1
          && REGISTERED.passes(tag)) {
        off.add(tag);
      }
    }
    return off;
  }
}
