package org.gcmkit.internal;

/**
 * The indefinite article of the nouns gcm's messages name: record types, model types and the
 * like. One place, so that no message says "a actor". It is <b>not</b> part of the API. Stateless.
 */
public final class Articles {
  private Articles() {}

  /**
   * {@code noun} with its indefinite article: "an actor", "a person", "an Outcome". Chosen by
   * the first letter, which is right for every noun gcm names (none starts with a silent h or a
   * "you" sound).
   */
  public static String a(String noun) {
    if (noun.isEmpty()) {
      return noun;
    }
    return switch (Character.toLowerCase(noun.charAt(0))) {
      case 'a', 'e', 'i', 'o', 'u' -> "an " + noun;
      default -> "a " + noun;
    };
  }
}
