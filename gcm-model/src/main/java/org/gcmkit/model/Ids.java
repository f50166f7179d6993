package org.gcmkit.model;

import java.util.regex.Pattern;

/** Syntax of {@link RecordId} values, shared by the id records. */
final class Ids {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

  private Ids() {}

  /** Returns {@code value} if it is a well-formed id, else throws an exception naming it. */
  static String check(String value, RecordType type) {
    if (value == null) {
      throw new NullPointerException(type.code() + " id");
    }
    if (!SYNTAX.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "expected "
              + (type == RecordType.ACTOR ? "an " : "a ")
              + type.code()
              + " id of 1 to 128 letters, digits or . _ : - starting with a"
              + " letter or digit but was '"
              + value
              + "'");
    }
    return value;
  }
}
