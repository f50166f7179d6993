package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.gcmkit.model.meta.ReportParts;

/** Builds violations whose message is computed, so that it can name the value found. */
final class Messages {
  private Messages() {}

  /** Replaces the default violation by one with {@code message}, taken literally. */
  static boolean fail(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
    return false;
  }

  /**
   * Escapes what message interpolation would otherwise read as parameters or expressions, since
   * messages quote values found in the data.
   */
  static String literal(String message) {
    StringBuilder s = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        s.append('\\');
      }
      s.append(c);
    }
    return s.toString();
  }

  /** Quotes a value for a message, cut to a readable length. */
  static String quote(Object value) {
    return ReportParts.quote(value);
  }
}
