package org.gcmkit.model;

import java.util.Objects;
import java.util.Optional;
import org.gcmkit.validation.constraints.ChronologicalOrder;

/**
 * A single {@link PartialDate} or a closed interval of two, written {@code 2022-05-10} or {@code
 * 2022-05-10/2022-05-13} (EDTF). Non-contiguous days are several spans.
 *
 * <p>Immutable and thread-safe. An end before the start is representable, so that files can be read
 * and reported in full; {@link ChronologicalOrder} flags it when validated.
 */
@ChronologicalOrder
public final class DateSpan implements Period {
  private final PartialDate start;
  private final Optional<PartialDate> end;

  private DateSpan(PartialDate start, Optional<PartialDate> end) {
    this.start = Objects.requireNonNull(start, "start");
    this.end = end;
  }

  /**
   * {@return the span of one date}
   *
   * @param date the date
   */
  public static DateSpan of(PartialDate date) {
    return new DateSpan(date, Optional.empty());
  }

  /**
   * {@return the interval from {@code start} to {@code end}, both included}
   *
   * @param start the first date
   * @param end the last date
   */
  public static DateSpan between(PartialDate start, PartialDate end) {
    return new DateSpan(start, Optional.of(Objects.requireNonNull(end, "end")));
  }

  /**
   * Reads {@code DATE} or {@code DATE/DATE} in the syntax of {@link PartialDate#parse}.
   *
   * @param text the text to read
   * @return the span
   * @throws IllegalArgumentException naming the text when it is not such a span
   */
  public static DateSpan parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      return of(PartialDate.parse(s));
    }
    if (s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "expected a date or an interval DATE/DATE but was '" + s + "'");
    }
    return between(
        PartialDate.parse(s.substring(0, slash)), PartialDate.parse(s.substring(slash + 1)));
  }

  @Override
  public Optional<PartialDate> getStart() {
    return Optional.of(start);
  }

  @Override
  public Optional<PartialDate> getEnd() {
    return end;
  }

  /** {@return the start, or the only date} */
  public PartialDate start() {
    return start;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateSpan dateSpan
        && dateSpan.start.equals(start)
        && dateSpan.end.equals(end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end);
  }

  /** The EDTF text: {@code 2022-05-10/2022-05-13}, or the single date. */
  @Override
  public String toString() {
    return end.map(e -> start + "/" + e).orElseGet(start::toString);
  }
}
