package org.gcmkit.codes;

import java.util.Optional;

/**
 * The four objectives of the Global Compact on Refugees, in UNHCR's wording ({@link
 * CodeLists#VERSION}).
 */
public enum GcrObjective {
  /** Objective 1: Ease the pressures on host countries. */
  O1(1, "Ease the pressures on host countries"),
  /** Objective 2: Enhance refugee self-reliance. */
  O2(2, "Enhance refugee self-reliance"),
  /** Objective 3: Expand access to third-country solutions. */
  O3(3, "Expand access to third-country solutions"),
  /** Objective 4: Support conditions in countries of origin for return in safety and dignity. */
  O4(4, "Support conditions in countries of origin for return in safety and dignity");

  // values() copies its array on every call; lookups are made once per record validated.
  private static final GcrObjective[] ALL = values();

  private final int number;
  private final String title;

  GcrObjective(int number, String title) {
    this.number = number;
    this.title = title;
  }

  /** {@return the objective's number, 1 to 4} */
  public int number() {
    return number;
  }

  /** {@return the objective's title} */
  public String title() {
    return title;
  }

  /**
   * {@return the objective with this number, if there is one}
   *
   * @param number the number
   */
  public static Optional<GcrObjective> find(int number) {
    return number >= 1 && number <= 4 ? Optional.of(ALL[number - 1]) : Optional.empty();
  }

  /**
   * {@return the objective with this number}
   *
   * @param number the number
   * @throws IllegalArgumentException when there is no objective {@code number}
   */
  public static GcrObjective of(int number) {
    return find(number)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "expected a GCR objective number from 1 to 4 but was " + number));
  }
}
