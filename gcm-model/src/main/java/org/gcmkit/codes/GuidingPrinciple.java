package org.gcmkit.codes;

import java.util.Optional;

/**
 * The ten guiding principles of the GCM (A/RES/73/195, paragraph 15), in their order there, with
 * their letters (a) to (j) ({@link CodeLists#VERSION}).
 */
public enum GuidingPrinciple {
  /** (a) People-centred. */
  PEOPLE_CENTRED('a', "People-centred"),
  /** (b) International cooperation. */
  INTERNATIONAL_COOPERATION('b', "International cooperation"),
  /** (c) National sovereignty. */
  NATIONAL_SOVEREIGNTY('c', "National sovereignty"),
  /** (d) Rule of law and due process. */
  RULE_OF_LAW_AND_DUE_PROCESS('d', "Rule of law and due process"),
  /** (e) Sustainable development. */
  SUSTAINABLE_DEVELOPMENT('e', "Sustainable development"),
  /** (f) Human rights. */
  HUMAN_RIGHTS('f', "Human rights"),
  /** (g) Gender-responsive. */
  GENDER_RESPONSIVE('g', "Gender-responsive"),
  /** (h) Child-sensitive. */
  CHILD_SENSITIVE('h', "Child-sensitive"),
  /** (i) Whole-of-government approach. */
  WHOLE_OF_GOVERNMENT_APPROACH('i', "Whole-of-government approach"),
  /** (j) Whole-of-society approach. */
  WHOLE_OF_SOCIETY_APPROACH('j', "Whole-of-society approach");

  // values() copies its array on every call; lookups are made once per record validated.
  private static final GuidingPrinciple[] ALL = values();

  private final char letter;
  private final String title;

  GuidingPrinciple(char letter, String title) {
    this.letter = letter;
    this.title = title;
  }

  /** {@return the letter of paragraph 15, {@code a} to {@code j}} */
  public char letter() {
    return letter;
  }

  /** {@return the principle's name, verbatim} */
  public String title() {
    return title;
  }

  /**
   * {@return the principle with this letter, if there is one}
   *
   * @param letter the letter
   */
  public static Optional<GuidingPrinciple> find(char letter) {
    return letter >= 'a' && letter <= 'j' ? Optional.of(ALL[letter - 'a']) : Optional.empty();
  }

  /**
   * {@return the principle with this letter}
   *
   * @param letter the letter
   * @throws IllegalArgumentException when there is no principle {@code letter}
   */
  public static GuidingPrinciple of(char letter) {
    return find(letter)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected a guiding-principle letter from a to j but was '" + letter + "'"));
  }
}
