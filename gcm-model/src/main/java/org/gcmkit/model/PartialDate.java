package org.gcmkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date as far as a source gives it, in the forms of EDTF level 1 (ISO 8601-2): a year,
 * month or day ({@code 2013}, {@code 2020-02}, {@code 2023-03-17}); a season ({@code 2021-21}
 * spring, {@code -22} summer, {@code -23} autumn, {@code -24} winter); unspecified digits ({@code
 * 201X}, {@code 20XX}, {@code 2018-XX}, {@code 2021-03-XX}, {@code 2021-XX-XX}); years before 0000
 * ({@code -0500}) and beyond 9999 ({@code Y12345}, {@code Y-170000002}: no leading zero); each but
 * the last with a trailing {@code ~} (approximate, "at the end of February"), {@code ?} (uncertain)
 * or {@code %} (both). And, from EDTF level 2, one day within a span that the source does not
 * narrow down: {@code [2018-12-10..2018-12-11]} (a declaration adopted on one of a conference's
 * days).
 *
 * <p>Immutable and thread-safe; never holds an impossible date such as {@code 2022-02-30}. {@link
 * #toString()} gives the EDTF text that {@link #parse(CharSequence)} reads back, character for
 * character. {@link #earliest()} and {@link #latest()} give the days it can mean; a season can mean
 * its months in either hemisphere, so it spans its whole year (winter into February of the next).
 */
public final class PartialDate {

  /** How much of a {@link PartialDate} is given (what is left unspecified still counts). */
  public enum Precision {
    /** A year: {@code 2013}, {@code 201X}. */
    YEAR,
    /** A season of a year: {@code 2021-21}. */
    SEASON,
    /** A month: {@code 2020-02}, {@code 2020-XX}. */
    MONTH,
    /** A day: {@code 2023-03-17}, {@code 2023-03-XX}, or one day of a span. */
    DAY
  }

  /** The month or day written {@code XX}: one, but which is not said. */
  private static final int UNSPECIFIED = -1;

  /** The years that the JDK's dates can hold; EDTF sets no bound. */
  private static final int MAX_YEAR = 999_999_999;

  private static final String EXAMPLES =
      "expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but"
          + " was '";

  private final int year;

  /** How many of the year's last digits are unspecified (X): 0, 1 or 2. */
  private final int yearX;

  /** 0 when absent, 1 to 12, a season 21 to 24, or {@link #UNSPECIFIED}. */
  private final int month;

  /** 0 when absent, 1 to 31, or {@link #UNSPECIFIED}. */
  private final int day;

  private final boolean approximate;
  private final boolean uncertain;

  /** The last date of a span of which this is one day ({@code [first..last]}); else null. */
  private final @Nullable PartialDate last;

  private PartialDate(
      int year,
      int yearX,
      int month,
      int day,
      boolean approximate,
      boolean uncertain,
      @Nullable PartialDate last) {
    if (year < -MAX_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "expected a year from -" + MAX_YEAR + " to " + MAX_YEAR + " but was " + year);
    }
    try {
      if (day > 0 && month > 0) {
        LocalDate.of(year, month, day);
      } else if (month > 0 && month <= 12) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a real calendar date but was "
              + format(year, yearX, month, day, "")
              + ": "
              + e.getMessage(),
          e);
    }
    this.year = year;
    this.yearX = yearX;
    this.month = month;
    this.day = day;
    this.approximate = approximate;
    this.uncertain = uncertain;
    this.last = last;
  }

  /**
   * {@return a date known to the year}
   *
   * @param year the year
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, 0, false, false, null);
  }

  /**
   * {@return a date known to the month (1 to 12)}
   *
   * @param year the year
   * @param month the month, 1 to 12
   */
  public static PartialDate ofMonth(int year, int month) {
    if (month == 0) {
      throw zero(format(year, 0, 0, 0, "") + "-00");
    }
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException(
          "expected a month from 1 to 12 but was " + month + " in " + year);
    }
    return new PartialDate(year, 0, month, 0, false, false, null);
  }

  /**
   * {@return a date known to the day}
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month
   */
  public static PartialDate ofDay(int year, int month, int day) {
    if (month == 0 || day == 0) {
      throw zero(asGiven(year, month, day));
    }
    if (month < 1 || month > 12 || day < 1) {
      throw new IllegalArgumentException(
          "expected a real calendar date but was " + asGiven(year, month, day));
    }
    return new PartialDate(year, 0, month, day, false, false, null);
  }

  // 0 stands for an unknown month or day, so a written 00 would silently mean a coarser date.
  private static IllegalArgumentException zero(String text) {
    return new IllegalArgumentException(
        "expected a real calendar date but was " + text + ": months and days start at 01");
  }

  /**
   * {@return a date known to the day, from a {@link LocalDate}}
   *
   * @param date the date
   */
  public static PartialDate of(LocalDate date) {
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * {@return one day from {@code first} to {@code last}, which the source does not give: {@code
   * [2018-12-10..2018-12-11]}}
   *
   * @param first the first day it can be; neither qualified nor itself such a span
   * @param last the last day it can be, not before {@code first}
   * @throws IllegalArgumentException if either end is qualified or a span, or {@code last} is
   *     before {@code first}
   */
  public static PartialDate oneDayOf(PartialDate first, PartialDate last) {
    if (first.last != null
        || last.last != null
        || first.approximate
        || first.uncertain
        || last.approximate
        || last.uncertain) {
      throw new IllegalArgumentException(
          "expected the ends of [" + first + ".." + last + "] to be plain dates");
    }
    if (last.latest().isBefore(first.earliest())) {
      throw new IllegalArgumentException(
          "expected the first date of [" + first + ".." + last + "] not after the last");
    }
    return new PartialDate(first.year, first.yearX, first.month, first.day, false, false, last);
  }

  /**
   * Reads EDTF text such as {@code 2021-02~}, {@code 201X} or {@code [2018-12-10..2018-12-11]}.
   *
   * @param text the text to read
   * @return the date
   * @throws IllegalArgumentException quoting the whole text when it is not such a date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n > 0 && text.charAt(0) == '[') {
      String s = text.toString();
      int dots = s.indexOf("..");
      if (!s.endsWith("]") || dots < 0 || s.indexOf("..", dots + 2) >= 0) {
        throw malformed(text);
      }
      PartialDate first = core(s, 1, dots, false);
      PartialDate last = core(s, dots + 2, n - 1, false);
      try {
        return oneDayOf(first, last);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage() + " but was '" + s + "'", e);
      }
    }
    return core(text, 0, n, true);
  }

  /**
   * Reads the date in {@code text[from, to)}: [-]YYYY[-MM[-DD]] with X for unspecified digits, or
   * Y[-]DDDDD..., then a qualifier if {@code qualified}. By hand: readers parse a date for every
   * dated value, and a regular expression's matcher and groups cost more than the rest of the
   * parse.
   */
  private static PartialDate core(CharSequence text, int from, int to, boolean qualified) {
    int i = from;
    char q = 0;
    if (qualified && to > from) {
      char c = text.charAt(to - 1);
      if (c == '~' || c == '?' || c == '%') {
        q = c;
        to--;
      }
    }
    boolean approximate = q == '~' || q == '%';
    boolean uncertain = q == '?' || q == '%';
    if (i < to && text.charAt(i) == 'Y') {
      // A year of more than four digits, and nothing more (EDTF's letter-prefixed year).
      i++;
      boolean negative = i < to && text.charAt(i) == '-';
      if (negative) {
        i++;
      }
      int digits = to - i;
      // EDTF's grammar starts the digits with a positive one: a leading zero would give a second
      // spelling of the same year (Y011000 is Y11000), which writing could not give back.
      if (digits < 5 || digits > 9 || !digits(text, i, digits) || text.charAt(i) == '0') {
        throw malformed(text);
      }
      int year = number(text, i, digits);
      return new PartialDate(negative ? -year : year, 0, 0, 0, approximate, uncertain, null);
    }
    boolean negative = i < to && text.charAt(i) == '-';
    if (negative) {
      i++;
    }
    if (i + 4 > to) {
      throw malformed(text);
    }
    int yearX = 0;
    while (yearX < 2 && text.charAt(i + 3 - yearX) == 'X') {
      yearX++;
    }
    if (!digits(text, i, 4 - yearX) || (yearX > 0 && negative)) {
      throw malformed(text);
    }
    int year = number(text, i, 4 - yearX);
    for (int k = 0; k < yearX; k++) {
      year *= 10;
    }
    if (negative && year == 0) {
      throw malformed(text); // -0000 is 0000
    }
    i += 4;
    int month = 0;
    int day = 0;
    boolean zero = false;
    if (i < to) {
      if (yearX > 0 || text.charAt(i) != '-' || i + 3 > to) {
        throw malformed(text);
      }
      month = twoDigits(text, i + 1);
      zero = month == 0;
      i += 3;
      if (i < to) {
        if (text.charAt(i) != '-' || i + 3 != to || month > 12) {
          throw malformed(text); // a season has no day
        }
        day = twoDigits(text, i + 1);
        zero |= day == 0;
        i += 3;
        if (month == UNSPECIFIED && day != UNSPECIFIED) {
          throw malformed(text); // 2021-XX-05 is EDTF level 2
        }
      }
    }
    if (i != to || month == -2 || day == -2) {
      throw malformed(text);
    }
    if (month > 24 || (month > 12 && month < 21)) {
      throw new IllegalArgumentException(
          "expected a month from 01 to 12 or a season from 21 to 24 but was '" + text + "'");
    }
    if (zero) {
      throw zero(text.toString());
    }
    return new PartialDate(
        negative ? -year : year, yearX, month, day, approximate, uncertain, null);
  }

  /** Two digits as a number, XX as {@link #UNSPECIFIED}, anything else as -2. */
  private static int twoDigits(CharSequence text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    if (a == 'X' && b == 'X') {
      return UNSPECIFIED;
    }
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -2;
    }
    return (a - '0') * 10 + (b - '0');
  }

  private static IllegalArgumentException malformed(CharSequence text) {
    return new IllegalArgumentException(EXAMPLES + text + "'");
  }

  private static boolean digits(CharSequence text, int from, int count) {
    for (int k = from; k < from + count; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence text, int from, int count) {
    int value = 0;
    for (int k = from; k < from + count; k++) {
      value = value * 10 + (text.charAt(k) - '0');
    }
    return value;
  }

  /** {@return a copy marked approximate ({@code ~})} */
  public PartialDate approximate() {
    requireSingle();
    return new PartialDate(year, yearX, month, day, true, uncertain, null);
  }

  /** {@return a copy marked uncertain ({@code ?})} */
  public PartialDate uncertain() {
    requireSingle();
    return new PartialDate(year, yearX, month, day, approximate, true, null);
  }

  private void requireSingle() {
    if (last != null) {
      throw new IllegalStateException("expected a date but was the span " + this);
    }
  }

  /** {@return the year, or the first of the years it can be: 2010 for 201X} */
  public int getYear() {
    return year;
  }

  /** {@return how much of the date is given} */
  public Precision getPrecision() {
    PartialDate d = last != null ? last : this;
    if (d.day != 0) {
      return Precision.DAY;
    }
    if (d.month > 12) {
      return Precision.SEASON;
    }
    return d.month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** {@return whether some of its digits are left unspecified ({@code X})} */
  public boolean isUnspecified() {
    return yearX > 0 || month == UNSPECIFIED || day == UNSPECIFIED;
  }

  /**
   * {@return whether it is one day of a span that the source does not narrow down: {@code
   * [2018-12-10..2018-12-11]}}
   */
  public boolean isOneDayOfSpan() {
    return last != null;
  }

  /** {@return whether the date is approximate ("about", "at the end of")} */
  public boolean isApproximate() {
    return approximate;
  }

  /** {@return whether the source is unsure of the date} */
  public boolean isUncertain() {
    return uncertain;
  }

  /** {@return the first day the date can mean: 2020-02 gives 2020-02-01, 201X 2010-01-01} */
  public LocalDate earliest() {
    if (month <= 0 || month > 12) {
      return LocalDate.of(year, 1, 1);
    }
    return LocalDate.of(year, month, day <= 0 ? 1 : day);
  }

  /** {@return the last day the date can mean: 2020-02 gives 2020-02-29, 201X 2019-12-31} */
  public LocalDate latest() {
    if (last != null) {
      return last.latest();
    }
    if (yearX > 0) {
      return LocalDate.of(year + (yearX == 1 ? 9 : 99), 12, 31);
    }
    if (month == 24) {
      // Winter: December to February in the north, June to August in the south.
      return YearMonth.of(year + 1, 2).atEndOfMonth();
    }
    if (month <= 0 || month > 12) {
      return LocalDate.of(year, 12, 31);
    }
    return day > 0 ? LocalDate.of(year, month, day) : YearMonth.of(year, month).atEndOfMonth();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate d
        && d.year == year
        && d.yearX == yearX
        && d.month == month
        && d.day == day
        && d.approximate == approximate
        && d.uncertain == uncertain
        && Objects.equals(d.last, last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, yearX, month, day, approximate, uncertain, last);
  }

  /** The EDTF text, for example {@code 2021-02~}. */
  @Override
  public String toString() {
    String q = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
    String text = format(year, yearX, month, day, q);
    return last == null ? text : "[" + text + ".." + last + "]";
  }

  /**
   * The EDTF text, always in the digits 0 to 9: {@code String.format("%04d")} would write the
   * default locale's digits (Arabic-Indic under {@code ar-SA}, Persian under {@code fa-IR}), which
   * no reader takes, and costs a format parse per call.
   */
  private static String format(int year, int yearX, int month, int day, String qualifier) {
    StringBuilder s = new StringBuilder(12);
    if (year > 9999 || year < -9999) {
      s.append('Y').append(year);
    } else {
      String digits = padded(Math.abs(year), 4);
      s.append(year < 0 ? "-" : "").append(digits, 0, 4 - yearX).append("XX", 0, yearX);
    }
    if (month != 0) {
      s.append('-').append(month == UNSPECIFIED ? "XX" : padded(month, 2));
      if (day != 0) {
        s.append('-').append(day == UNSPECIFIED ? "XX" : padded(day, 2));
      }
    }
    return s.append(qualifier).toString();
  }

  /** Year, month and day as given, even impossible ones, for a message. */
  private static String asGiven(int year, int month, int day) {
    return (year < 0 ? "-" + padded(-year, 4) : padded(year, 4))
        + "-"
        + padded(month, 2)
        + "-"
        + padded(day, 2);
  }

  /** {@code n} in at least {@code width} digits 0 to 9. */
  private static String padded(int n, int width) {
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }
}
