package org.gcmkit.model.meta;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance, for misspelt field names, headers and codes. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * {@return the candidate closest to {@code input}, ignoring case, if it is within a third of the
   * input's length in edits (at least 1, at most 3), or differs only in case, underscores or
   * hyphens}
   *
   * @param input the input
   * @param candidates the candidates
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String in = normalise(input);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(in, normalise(c));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, Math.min(3, in.length() / 3));
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /**
   * Edit distance counting a swap of two adjacent letters as one edit (optimal string alignment),
   * since "titel" for "title" is the most common slip in hand-typed headers and field names.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
