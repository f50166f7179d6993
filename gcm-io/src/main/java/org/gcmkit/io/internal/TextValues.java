package org.gcmkit.io.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.gcmkit.model.Text;
import org.jspecify.annotations.Nullable;

/**
 * The values of one text as a reader meets them, language by language, in order. Most texts have
 * one language, which needs no map before {@link Text#of(String, String)} keeps it: both readers
 * made a map for every text they read (in the CSV reader, its puts were 3 % of reading a package).
 * A language given twice keeps its last value; readers report a repeated one before. Not
 * thread-safe.
 */
public final class TextValues {
  private @Nullable String language;
  private @Nullable String value;
  private @Nullable Map<String, String> more;

  /**
   * Adds the value of {@code language}.
   *
   * @param language the language tag
   * @param value its value
   */
  public void put(String language, String value) {
    Map<String, String> m = more;
    if (m != null) {
      m.put(language, value);
    } else if (this.language == null || this.language.equals(language)) {
      this.language = language;
      this.value = value;
    } else {
      m = new LinkedHashMap<>();
      m.put(this.language, Objects.requireNonNull(this.value, "set with language"));
      m.put(language, value);
      more = m;
    }
  }

  /** {@return whether no language was added} */
  public boolean isEmpty() {
    return language == null;
  }

  /** {@return the values by language, in the order added} */
  public Map<String, String> asMap() {
    Map<String, String> m = more;
    if (m != null) {
      return m;
    }
    String l = language;
    return l == null ? Map.of() : Map.of(l, Objects.requireNonNull(value, "set with language"));
  }

  /** {@return the text of the values added, empty when none was} */
  public Text text() {
    Map<String, String> m = more;
    if (m != null) {
      return Text.of(m);
    }
    String l = language;
    return l == null
        ? Text.of(Map.of())
        : Text.of(l, Objects.requireNonNull(value, "set with language"));
  }
}
