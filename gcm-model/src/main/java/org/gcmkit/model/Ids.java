package org.gcmkit.model;

import org.gcmkit.model.meta.ReportParts;

/** Syntax of {@link RecordId} values, shared by the id records. */
final class Ids {

  private Ids() {}

  /** Returns {@code value} if it is a well-formed id, else throws an exception naming it. */
  static String check(String value, RecordType type) {
    if (value == null) {
      throw new NullPointerException(type.code() + " id");
    }
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "expected "
              + ReportParts.withArticle(type.code())
              + " id of 1 to 128 letters, digits or . _ : - starting with a"
              + " letter or digit but was '"
              + value
              + "'");
    }
    return value;
  }

  /**
   * {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,127}}, checked by hand: readers make an id for every
   * reference they read, and a regular expression's matcher was a tenth of reading time.
   */
  static boolean isWellFormed(String value) {
    int n = value.length();
    if (n == 0 || n > 128 || !isAlphanumeric(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAlphanumeric(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
