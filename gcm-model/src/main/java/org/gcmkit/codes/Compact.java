package org.gcmkit.codes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two global compacts of 2018, each with its official name and the other names it goes by in
 * sources; {@link #resolve(String)} maps any of them to one identifier.
 */
public enum Compact {
  /** The Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). */
  GCM(
      "Global Compact for Safe, Orderly and Regular Migration",
      List.of(
          "GCM",
          "Global Compact for Migration",
          "Global Compact on Migration",
          "Global Compact of Migration",
          "Marrakech Compact on Migration",
          "Global Compact for Safe, Orderly and Legal Migration",
          "Global Compact for Safe, Orderly, and Systematic Migration",
          "Global Migration Compact")),
  /** The Global Compact on Refugees (A/73/12 (Part II), affirmed by A/RES/73/151). */
  GCR(
      "Global Compact on Refugees",
      List.of("GCR", "Global Compact for Refugees", "Refugee Compact"));

  private final String officialName;

  @SuppressWarnings("ImmutableEnumChecker") // always a List.of copy, which is immutable
  private final List<String> aliases;

  Compact(String officialName, List<String> aliases) {
    this.officialName = officialName;
    this.aliases = List.copyOf(aliases);
  }

  /** {@return the official English name} */
  public String officialName() {
    return officialName;
  }

  /** {@return other names seen in sources, in no particular order; immutable} */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * {@return the compact a name denotes, ignoring case, accents, commas, a leading "the" and
   * repeated spaces; empty when the name is not one of the known names}
   *
   * @param name the name
   */
  public static Optional<Compact> resolve(String name) {
    String key = normalise(name);
    for (Compact c : values()) {
      if (normalise(c.officialName).equals(key)) {
        return Optional.of(c);
      }
      for (String alias : c.aliases) {
        if (normalise(alias).equals(key)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private static String normalise(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT).replace(",", " ").replaceAll("\\s+", " ").trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
