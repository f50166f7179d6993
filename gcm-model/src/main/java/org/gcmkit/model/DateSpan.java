package org.gcmkit.model;

import java.util.Objects;
import java.util.Optional;
import org.gcmkit.validation.constraints.ChronologicalOrder;
import org.jspecify.annotations.Nullable;

/**
 * A single {@link PartialDate} or an interval, written {@code 2022-05-10} or {@code
 * 2022-05-10/2022-05-13} (EDTF). An end of an interval may be open, {@code 2021-02-20/..} (still
 * going on), or unknown, {@code 2021-02-20/} (it ended, but when is not known), and so may its
 * start ({@code ../2021-02-20}, {@code /2021-02-20}); one end at least is a date. Non-contiguous
 * days are several spans.
 *
 * <p>Immutable and thread-safe. An end before the start is representable, so that files can be read
 * and reported in full; {@link ChronologicalOrder} flags it when validated.
 */
@ChronologicalOrder
public final class DateSpan implements Period {
  /** An end of an interval that is no date. */
  public enum OpenEnd {
    /** {@code ..}: the interval is open on that side (ongoing, or since ever). */
    OPEN,
    /** Nothing written: the interval has an end there, but it is not known. */
    UNKNOWN
  }

  private final @Nullable PartialDate start;
  private final @Nullable OpenEnd openStart;
  private final boolean interval;
  private final @Nullable PartialDate end;
  private final @Nullable OpenEnd openEnd;

  private DateSpan(
      @Nullable PartialDate start,
      @Nullable OpenEnd openStart,
      boolean interval,
      @Nullable PartialDate end,
      @Nullable OpenEnd openEnd) {
    this.start = start;
    this.openStart = openStart;
    this.interval = interval;
    this.end = end;
    this.openEnd = openEnd;
  }

  /**
   * {@return the span of one date}
   *
   * @param date the date
   */
  public static DateSpan of(PartialDate date) {
    return new DateSpan(Objects.requireNonNull(date, "date"), null, false, null, null);
  }

  /**
   * {@return the interval from {@code start} to {@code end}, both included}
   *
   * @param start the first date
   * @param end the last date
   */
  public static DateSpan between(PartialDate start, PartialDate end) {
    return new DateSpan(
        Objects.requireNonNull(start, "start"),
        null,
        true,
        Objects.requireNonNull(end, "end"),
        null);
  }

  /**
   * {@return the interval from {@code start} to an end that is open or unknown: {@code
   * 2021-02-20/..}, {@code 2021-02-20/}}
   *
   * @param start the first date
   * @param end what is known of the end
   */
  public static DateSpan from(PartialDate start, OpenEnd end) {
    return new DateSpan(
        Objects.requireNonNull(start, "start"), null, true, null, Objects.requireNonNull(end));
  }

  /**
   * {@return the interval to {@code end} from a start that is open or unknown: {@code
   * ../2021-02-20}, {@code /2021-02-20}}
   *
   * @param start what is known of the start
   * @param end the last date
   */
  public static DateSpan until(OpenEnd start, PartialDate end) {
    return new DateSpan(
        null,
        Objects.requireNonNull(start, "start"),
        true,
        Objects.requireNonNull(end, "end"),
        null);
  }

  /**
   * Reads {@code DATE}, or an interval {@code START/END} whose ends are dates in the syntax of
   * {@link PartialDate#parse}, {@code ..} (open) or nothing (unknown), one at least a date.
   *
   * @param text the text to read
   * @return the span
   * @throws IllegalArgumentException quoting the whole text when it is not such a span
   */
  public static DateSpan parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      return of(PartialDate.parse(s));
    }
    if (s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "expected a date or an interval START/END with one slash but was '" + s + "'");
    }
    String a = s.substring(0, slash);
    String b = s.substring(slash + 1);
    OpenEnd openStart = openEnd(a);
    OpenEnd openEnd = openEnd(b);
    if (openStart != null && openEnd != null) {
      throw new IllegalArgumentException(
          "expected an interval with a date at one end at least but was '" + s + "'");
    }
    try {
      if (openStart != null) {
        return until(openStart, PartialDate.parse(b));
      }
      if (openEnd != null) {
        return from(PartialDate.parse(a), openEnd);
      }
      return between(PartialDate.parse(a), PartialDate.parse(b));
    } catch (IllegalArgumentException e) {
      // The message quotes the whole value: a fragment of it alone is hard to find in a file.
      throw new IllegalArgumentException(e.getMessage() + " in the interval '" + s + "'", e);
    }
  }

  private static @Nullable OpenEnd openEnd(String side) {
    return side.isEmpty() ? OpenEnd.UNKNOWN : side.equals("..") ? OpenEnd.OPEN : null;
  }

  @Override
  public Optional<PartialDate> getStart() {
    return Optional.ofNullable(start);
  }

  @Override
  public Optional<PartialDate> getEnd() {
    return Optional.ofNullable(end);
  }

  /** {@return the start when it is open ({@code ..}) or unknown (empty), else empty} */
  public Optional<OpenEnd> getOpenStart() {
    return Optional.ofNullable(openStart);
  }

  /** {@return the end when it is open ({@code ..}) or unknown (empty), else empty} */
  public Optional<OpenEnd> getOpenEnd() {
    return Optional.ofNullable(openEnd);
  }

  /** {@return whether it is an interval ({@code START/END}), not a single date} */
  public boolean isInterval() {
    return interval;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateSpan d
        && d.interval == interval
        && Objects.equals(d.start, start)
        && d.openStart == openStart
        && Objects.equals(d.end, end)
        && d.openEnd == openEnd;
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, openStart, interval, end, openEnd);
  }

  /** The EDTF text: {@code 2022-05-10/2022-05-13}, {@code 2021-02-20/..}, or the single date. */
  @Override
  public String toString() {
    if (!interval) {
      return String.valueOf(start);
    }
    return side(start, openStart) + "/" + side(end, openEnd);
  }

  private static String side(@Nullable PartialDate date, @Nullable OpenEnd open) {
    return date != null ? date.toString() : open == OpenEnd.OPEN ? ".." : "";
  }
}
