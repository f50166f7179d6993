package org.gcmkit.model.meta;

/**
 * The small pieces that every report is written with, kept once for the validator and both readers
 * so that the same value reads the same in every report: JSON Pointer tokens, values cut to a
 * readable length, and the article before a record type's name.
 */
public final class ReportParts {
  /** The longest value a report repeats; longer ones are cut and end in "...". */
  static final int MAX_VALUE_LENGTH = 200;

  private ReportParts() {}

  /**
   * {@return one JSON Pointer reference token, escaped as RFC 6901 says: {@code ~} and {@code /}}
   *
   * @param token the token
   */
  public static String pointerToken(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@return {@code s} if it is at most {@value #MAX_VALUE_LENGTH} characters, else its start and
   * "..."; never cut inside a surrogate pair, so the result is always well-formed text}
   *
   * @param s the text
   */
  public static String shorten(String s) {
    if (s.length() <= MAX_VALUE_LENGTH) {
      return s;
    }
    int end = MAX_VALUE_LENGTH - 3;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "...";
  }

  /**
   * {@return the value in single quotes, shortened, as messages show it: {@code 'hybird'}}
   *
   * @param value the value
   */
  public static String quote(Object value) {
    return "'" + shorten(String.valueOf(value)) + "'";
  }

  /**
   * {@return the noun with its indefinite article: "an actor", "a meeting"}
   *
   * @param noun the noun
   */
  public static String withArticle(String noun) {
    boolean vowel = !noun.isEmpty() && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0;
    return (vowel ? "an " : "a ") + noun;
  }
}
