package org.gcmkit.model.meta;

import java.math.BigDecimal;

/**
 * The limits on one value that every reader enforces and every writer keeps to, JSON and CSV alike,
 * and the one text of a number that all writers print. Not a part of the API.
 *
 * <p>A value that one of gcm's readers accepts is written by every writer in a form that every
 * reader accepts again, to an equal value: strings are written whole (at most {@link
 * #MAX_STRING_LENGTH} characters), and numbers of at most {@link #MAX_NUMBER_LENGTH} characters are
 * written in at most as many ({@link #formatNumber}). Stateless.
 */
public final class ValueLimits {
  /** The maximum length of one string value, in characters: JSON's default string limit. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The maximum length of the text of one number, in characters: JSON's default number limit. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The maximum length of one field name or CSV column header, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private ValueLimits() {}

  /** A value over a limit: reported as {@code input.limit}, not as a syntax error. */
  public static final class LimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    LimitException(String message) {
      super(message);
    }
  }

  /**
   * {@return the number in {@code text}, its length checked before it is parsed: parsing is
   * superlinear in the number of digits}
   *
   * @param text the text to read
   * @throws LimitException when the text is longer than {@link #MAX_NUMBER_LENGTH}
   * @throws IllegalArgumentException when it is not a number, or its exponent is beyond the int
   *     range of {@link BigDecimal}'s scale
   */
  public static BigDecimal parseNumber(String text) {
    if (text.length() > MAX_NUMBER_LENGTH) {
      throw new LimitException(
          "expected a number of at most "
              + MAX_NUMBER_LENGTH
              + " characters but was one of "
              + text.length());
    }
    // BigDecimal takes any Unicode digit ("١٢" is 12), which would be written back as 12: a number
    // is written in the digits 0 to 9, as JSON writes it.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7F) {
        throw new IllegalArgumentException(
            "expected a number in the digits 0 to 9 but was '" + text + "'");
      }
    }
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      // Also an exponent beyond the int range of a scale, as in 1e2147483649.
      throw new IllegalArgumentException("expected a number but was '" + text + "'", e);
    }
    // JDK 21 and later accept 1e2147483648 as the scale Integer.MIN_VALUE, which JDK 17 refuses
    // and whose negation overflows: refused here on every JDK, so that reports do not differ.
    if (number.scale() == Integer.MIN_VALUE) {
      throw new IllegalArgumentException("expected a number but was '" + text + "'");
    }
    return number;
  }

  /**
   * Checks the length of a string value.
   *
   * @param value the value
   * @return the value, unchanged
   * @throws LimitException when it is longer than {@link #MAX_STRING_LENGTH}
   */
  public static String checkString(String value) {
    if (value.length() > MAX_STRING_LENGTH) {
      throw new LimitException(tooLongText(value.length()));
    }
    return value;
  }

  /**
   * {@return the message for a text of {@code length} characters, over {@link #MAX_STRING_LENGTH}}
   *
   * @param length the length
   */
  public static String tooLongText(int length) {
    return "expected a text of at most "
        + MAX_STRING_LENGTH
        + " characters but was one of "
        + length;
  }

  /**
   * {@return the text every writer prints for a number: plain ({@code 1250.5}, {@code 0.001}) when
   * its scale is not negative and the plain form has at most {@link #MAX_NUMBER_LENGTH} characters;
   * else {@link BigDecimal#toString()}'s scientific form ({@code 1.25E+7}), or, when that is over
   * the limit, the shortest form of mantissa and exponent ({@code 431.5e-103})} Each reads back to
   * an equal value, scale included. Never {@code toPlainString()} of an unbounded number: {@code
   * 1e999999999} would be a billion characters.
   *
   * <p>Its length is at most the precision plus 14; for a number that readers accept (whose text
   * has at most {@link #MAX_NUMBER_LENGTH} characters) it is within the limit too, so what gcm
   * reads it writes in a form it reads again (ValueLimitsTest tries random numbers).
   *
   * @param value the value
   */
  public static String formatNumber(BigDecimal value) {
    if (value.scale() >= 0 && plainLength(value) <= MAX_NUMBER_LENGTH) {
      return value.toPlainString();
    }
    String scientific = value.toString();
    // Its exponent is the adjusted one, which can be just beyond the int range that readers take
    // (11e2147483647 prints as 1.1E+2147483648): then the shortest form, whose exponent fits.
    long adjusted = (long) value.precision() - 1 - value.scale();
    if (scientific.length() <= MAX_NUMBER_LENGTH && (int) adjusted == adjusted) {
      return scientific;
    }
    return shortest(value);
  }

  /**
   * The shortest text {@code M} or {@code Me<exponent>} of a number, where the mantissa {@code M}
   * is its unscaled digits with a point before the last {@code f} of them: the form with the fewest
   * characters over every {@code f}, found from the lengths alone.
   */
  private static String shortest(BigDecimal value) {
    String digits = value.unscaledValue().abs().toString();
    int p = digits.length();
    long scale = value.scale();
    int best = 0;
    long bestLength = Long.MAX_VALUE;
    // f = 0 always qualifies: its exponent, -scale, is in the int range as the scale is not
    // Integer.MIN_VALUE (parseNumber refuses it).
    for (int f = 0; f <= p; f++) {
      long exponent = f - scale;
      if ((int) exponent != exponent) {
        continue; // a reader could not take it
      }
      long length =
          (long) (f == p ? 1 : p - f)
              + (f > 0 ? 1 + f : 0)
              + (exponent != 0 ? 1 + Long.toString(exponent).length() : 0);
      if (length < bestLength) {
        bestLength = length;
        best = f;
      }
    }
    long exponent = best - scale;
    StringBuilder s = new StringBuilder();
    if (value.signum() < 0) {
      s.append('-');
    }
    s.append(best == p ? "0" : digits.substring(0, p - best));
    if (best > 0) {
      s.append('.').append(digits, p - best, p);
    }
    if (exponent != 0) {
      s.append('e').append(exponent);
    }
    return s.toString();
  }

  /** The length of {@code toPlainString()} of a number of scale 0 or more, without making it. */
  private static long plainLength(BigDecimal value) {
    long digits = value.precision();
    long scale = value.scale();
    long sign = value.signum() < 0 ? 1 : 0;
    if (scale == 0) {
      return sign + digits;
    }
    // "0." and leading zeros when all digits are fractional, else a point among the digits.
    return sign + (scale >= digits ? 2 + scale : digits + 1);
  }
}
