package org.gcmkit.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.model.meta.ValueLimits;

/**
 * The cell encoding of the CSV form: formula neutralisation with a leading apostrophe, which also
 * marks a present but empty value and is doubled before a value's own leading apostrophe, and
 * multi-valued cells joined by {@code |} with backslash escapes. Stateless.
 */
final class Cells {
  /** A lone apostrophe: a value that is present but empty (an empty string or list item). */
  static final String PRESENT_EMPTY = "'";

  private Cells() {}

  /**
   * The cell for a present value: an apostrophe is put before an empty value, a value that a
   * spreadsheet would run as a formula (starting with = + - @, tab or CR) and a value that already
   * starts with an apostrophe, so that {@link #unprotect} restores every value exactly.
   */
  static String protect(String value) {
    if (value.isEmpty()) {
      return PRESENT_EMPTY;
    }
    return guarded(value.charAt(0)) ? "'" + value : value;
  }

  /**
   * The value of a non-empty cell: the apostrophe {@link #protect} adds is removed, a lone one and
   * one before a formula character or another apostrophe. Any other leading apostrophe is
   * hand-written text ({@code 's-Hertogenbosch}) and is kept.
   */
  static String unprotect(String cell) {
    if (cell.isEmpty() || cell.charAt(0) != '\'') {
      return cell;
    }
    if (cell.length() == 1) {
      return "";
    }
    return guarded(cell.charAt(1)) ? cell.substring(1) : cell;
  }

  /** Whether a value starting with {@code c} is written with a leading apostrophe. */
  private static boolean guarded(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\t', '\r', '\'' -> true;
      default -> false;
    };
  }

  /**
   * The value of the text of a scalar cell (or of one item of a list cell), its length checked
   * against the limits that JSON applies too before it is parsed.
   *
   * @throws ValueLimits.LimitException when the text is over a limit
   * @throws IllegalArgumentException when it is not a value of {@code kind}
   */
  static Object parse(ValueKind kind, Class<?> type, String text) {
    if (kind != ValueKind.DECIMAL) {
      // Numbers are checked against their own, shorter limit by the parser.
      ValueLimits.checkString(text);
    }
    return Scalars.parse(kind, type, text);
  }

  /** The cell of a list of values: empty for an empty list, else the protected joined items. */
  static String joinList(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        s.append('|');
      }
      s.append(items.get(i).replace("\\", "\\\\").replace("|", "\\|"));
    }
    return protect(s.toString());
  }

  /**
   * The items of a list cell, the inverse of {@link #joinList}.
   *
   * @throws IllegalArgumentException when a backslash escapes neither a backslash nor a pipe
   */
  static List<String> splitList(String cell) {
    // Most lists have one item: an empty list grown for it took ten slots, 2 % of the bytes
    // reading a package allocated.
    List<String> items = new ArrayList<>(1);
    if (cell.isEmpty()) {
      return items;
    }
    String s = unprotect(cell);
    if (s.indexOf('\\') < 0) {
      // Without escapes the items are the text between bars, found by indexOf rather than copied
      // character by character: the loop below was 3 % of reading a package, most cells have none.
      int from = 0;
      for (int bar = s.indexOf('|'); bar >= 0; bar = s.indexOf('|', from)) {
        items.add(s.substring(from, bar));
        from = bar + 1;
      }
      items.add(s.substring(from));
      return items;
    }
    StringBuilder item = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (next != '\\' && next != '|') {
          throw new IllegalArgumentException(
              "expected \\\\ or \\| after a backslash in a list but was '" + cell + "'");
        }
        item.append(next);
        i++;
      } else if (c == '|') {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }
}
