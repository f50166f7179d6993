package org.gcmkit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A calendar date known to the year, the month or the day, optionally approximate or uncertain: the
 * EDTF level-1 forms {@code 2013}, {@code 2020-02}, {@code 2023-03-17}, with a trailing {@code ~}
 * (approximate, "at the end of February"), {@code ?} (uncertain) or {@code %} (both).
 *
 * <p>Immutable and thread-safe; never holds an impossible date such as {@code 2022-02-30}. {@link
 * #toString()} gives the EDTF text that {@link #parse(CharSequence)} reads back.
 */
public final class PartialDate {

  /** How much of a {@link PartialDate} is known. */
  public enum Precision {
    /** Only the year: {@code 2013}. */
    YEAR,
    /** Year and month: {@code 2020-02}. */
    MONTH,
    /** The day: {@code 2023-03-17}. */
    DAY
  }

  private final int year;
  private final int month;
  private final int day;
  private final boolean approximate;
  private final boolean uncertain;

  private PartialDate(int year, int month, int day, boolean approximate, boolean uncertain) {
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("expected a year from 0000 to 9999 but was " + year);
    }
    try {
      if (day != 0) {
        LocalDate.of(year, month, day);
      } else if (month != 0) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "expected a real calendar date but was "
              + format(year, month, day, "")
              + ": "
              + e.getMessage(),
          e);
    }
    this.year = year;
    this.month = month;
    this.day = day;
    this.approximate = approximate;
    this.uncertain = uncertain;
  }

  /**
   * {@return a date known to the year}
   *
   * @param year the year
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, false, false);
  }

  /**
   * {@return a date known to the month (1 to 12)}
   *
   * @param year the year
   * @param month the month, 1 to 12
   */
  public static PartialDate ofMonth(int year, int month) {
    if (month == 0) {
      throw zero(format(year, 0, 0, "") + "-00");
    }
    return new PartialDate(year, month, 0, false, false);
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
      throw zero(String.format("%04d-%02d-%02d", year, month, day));
    }
    return new PartialDate(year, month, day, false, false);
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
   * Reads EDTF text such as {@code 2021-02~}.
   *
   * @param text the text to read
   * @return the date
   * @throws IllegalArgumentException naming the text when it is not such a date
   */
  public static PartialDate parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    // YYYY[-MM[-DD]][~?%], read by hand: readers parse a date for every dated value, and a
    // regular expression's matcher and groups cost more than the rest of the parse.
    int n = text.length();
    if (n < 4 || !digits(text, 0, 4)) {
      throw malformed(text);
    }
    int year = number(text, 0, 4);
    int month = 0;
    int day = 0;
    int i = 4;
    boolean hasMonth = false;
    boolean hasDay = false;
    if (i < n && text.charAt(i) == '-') {
      if (i + 3 > n || !digits(text, i + 1, 2)) {
        throw malformed(text);
      }
      month = number(text, i + 1, 2);
      hasMonth = true;
      i += 3;
      if (i < n && text.charAt(i) == '-') {
        if (i + 3 > n || !digits(text, i + 1, 2)) {
          throw malformed(text);
        }
        day = number(text, i + 1, 2);
        hasDay = true;
        i += 3;
      }
    }
    char q = 0;
    if (i < n) {
      q = text.charAt(i++);
      if (q != '~' && q != '?' && q != '%') {
        throw malformed(text);
      }
    }
    if (i != n) {
      throw malformed(text);
    }
    if ((hasMonth && month == 0) || (hasDay && day == 0)) {
      throw zero(text.toString());
    }
    return new PartialDate(year, month, day, q == '~' || q == '%', q == '?' || q == '%');
  }

  private static IllegalArgumentException malformed(CharSequence text) {
    return new IllegalArgumentException(
        "expected a date such as 2023-03-17, 2020-02, 2013 or 2021-02~ (EDTF) but was '"
            + text
            + "'");
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
    return new PartialDate(year, month, day, true, uncertain);
  }

  /** {@return a copy marked uncertain ({@code ?})} */
  public PartialDate uncertain() {
    return new PartialDate(year, month, day, approximate, true);
  }

  /** {@return the year} */
  public int getYear() {
    return year;
  }

  /** {@return how much of the date is known} */
  public Precision getPrecision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** {@return whether the date is approximate ("about", "at the end of")} */
  public boolean isApproximate() {
    return approximate;
  }

  /** {@return whether the source is unsure of the date} */
  public boolean isUncertain() {
    return uncertain;
  }

  /** {@return the first day the date can mean: 2020-02 gives 2020-02-01} */
  public LocalDate earliest() {
    return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
  }

  /** {@return the last day the date can mean: 2020-02 gives 2020-02-29} */
  public LocalDate latest() {
    if (day != 0) {
      return LocalDate.of(year, month, day);
    }
    return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate partialDate
        && partialDate.year == year
        && partialDate.month == month
        && partialDate.day == day
        && partialDate.approximate == approximate
        && partialDate.uncertain == uncertain;
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, approximate, uncertain);
  }

  /** The EDTF text, for example {@code 2021-02~}. */
  @Override
  public String toString() {
    String q = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : "";
    return format(year, month, day, q);
  }

  private static String format(int year, int month, int day, String qualifier) {
    StringBuilder s = new StringBuilder(11).append(String.format("%04d", year));
    if (month != 0) {
      s.append(String.format("-%02d", month));
      if (day != 0) {
        s.append(String.format("-%02d", day));
      }
    }
    return s.append(qualifier).toString();
  }
}
