package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.validation.constraints.DistinctLanguageTags;

/** Checks {@link DistinctLanguageTags} on a map keyed by tags or a collection of tags. */
public final class DistinctLanguageTagsValidator
    implements ConstraintValidator<DistinctLanguageTags, Object>, ContextFreeCheck<Object> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public DistinctLanguageTagsValidator() {}

  @Override
  public boolean passes(Object value) {
    return value == null || repeated(value).isEmpty();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    String[] r = repeated(value).orElseThrow();
    return Messages.fail(
        context,
        "expected each language once but '"
            + r[1]
            + "' is '"
            + r[0]
            + "' again: language tags are the same in any case");
  }

  /** The tags of a map keyed by tags or of a collection of tags; none for anything else. */
  static Collection<?> tags(Object value) {
    return value instanceof Map<?, ?> m
        ? m.keySet()
        : value instanceof Collection<?> c ? c : java.util.List.of();
  }

  /** Up to this many tags are compared pairwise; beyond, a hash map keeps the check linear. */
  private static final int COMPARED = 8;

  /** The first tag given twice: the first spelling and the second, if any. */
  private static Optional<String[]> repeated(Object value) {
    // Sized first: a text's map is a singleton map, whose keySet() is a new set on every call.
    int size =
        value instanceof Map<?, ?> m ? m.size() : value instanceof Collection<?> c ? c.size() : 0;
    if (size < 2) {
      return Optional.empty();
    }
    Collection<?> tags = tags(value);
    if (tags.size() <= COMPARED) {
      // A text has one to a few languages: a map per text was most of what checking it allocated.
      // toLowerCase returns the tag itself when it is lower case already, as tags usually are.
      String[] lower = new String[tags.size()];
      String[] given = new String[tags.size()];
      int n = 0;
      for (Object t : tags) {
        String tag = String.valueOf(t);
        String key = tag.toLowerCase(Locale.ROOT);
        for (int i = 0; i < n; i++) {
          if (lower[i].equals(key)) {
            return Optional.of(new String[] {given[i], tag});
          }
        }
        lower[n] = key;
        given[n++] = tag;
      }
      return Optional.empty();
    }
    Map<String, String> seen = new HashMap<>();
    for (Object t : tags) {
      String tag = String.valueOf(t);
      String first = seen.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
      if (first != null) {
        return Optional.of(new String[] {first, tag});
      }
    }
    return Optional.empty();
  }
}
