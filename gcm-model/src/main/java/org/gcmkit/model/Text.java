package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.validation.constraints.CanonicalLanguageTags;
import org.gcmkit.validation.constraints.DistinctLanguageTags;
import org.gcmkit.validation.constraints.LanguageTag;
import org.gcmkit.validation.constraints.Warning;

/**
 * Text in one or more languages, each keyed by a BCP 47 language tag ({@code en}, {@code ar},
 * {@code ru}, {@code ru-Latn}); a name in several scripts is one {@code Text}.
 *
 * <p>Immutable and thread-safe. Keys keep the order they were given in, which is the order files
 * are written in; equality ignores that order. Null keys and values are refused at once; blank
 * values, ill-formed tags and an empty map are representable so that files can be read and reported
 * in full, and are flagged when validated.
 */
public final class Text {
  private final Map<String, String> values;

  private Text(Map<String, String> values) {
    this.values = values;
  }

  /**
   * {@return text in one language}
   *
   * @param language the language tag
   * @param value the value
   */
  public static Text of(String language, String value) {
    return new Text(
        Collections.singletonMap(
            Objects.requireNonNull(language, "language"), Objects.requireNonNull(value, "value")));
  }

  /**
   * {@return text in the given languages, in the map's iteration order}
   *
   * @param values the values
   */
  public static Text of(Map<String, String> values) {
    if (values.size() == 1) {
      // Most texts have one language. A singleton map is a fraction of a LinkedHashMap's bytes,
      // which counts when a dataset read whole holds every text and when a reader makes one per
      // text. Not Map.of: its entrySet() makes new objects on every call, and validation walks
      // every text's entries (measured: 221 more bytes per record validated).
      Map.Entry<String, String> only = values.entrySet().iterator().next();
      return of(only.getKey(), only.getValue());
    }
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) ->
            copy.put(Objects.requireNonNull(k, "language"), Objects.requireNonNull(v, "value")));
    return new Text(Collections.unmodifiableMap(copy));
  }

  /**
   * {@return text in English}
   *
   * @param value the value
   */
  public static Text en(String value) {
    return of("en", value);
  }

  /**
   * {@return a copy with {@code value} in {@code language} added or replaced}
   *
   * @param language the language tag
   * @param value the value
   */
  public Text with(String language, String value) {
    Map<String, String> copy = new LinkedHashMap<>(values);
    copy.put(Objects.requireNonNull(language, "language"), Objects.requireNonNull(value, "value"));
    return new Text(Collections.unmodifiableMap(copy));
  }

  /** {@return the values by language tag, in the order given; never null, immutable} */
  public @NotEmpty @DistinctLanguageTags @CanonicalLanguageTags(payload = Warning.class) Map<
          @LanguageTag String, @NotBlank String>
      getValues() {
    return values;
  }

  /**
   * {@return the value in exactly this language tag, if present}
   *
   * @param language the language tag
   */
  public Optional<String> get(String language) {
    return Optional.ofNullable(values.get(language));
  }

  /**
   * {@return the value in the first of {@code languages} present, else the first value given; empty
   * only when the text has no value at all}
   *
   * @param languages the languages
   */
  public Optional<String> preferred(List<String> languages) {
    for (String language : languages) {
      String v = values.get(language);
      if (v != null) {
        return Optional.of(v);
      }
    }
    return values.values().stream().findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Text text && text.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
