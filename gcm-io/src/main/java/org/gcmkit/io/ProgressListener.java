package org.gcmkit.io;

import org.gcmkit.validation.Violation;

/**
 * Hears how far a long read or validation has come: set with {@code withProgress} on {@link
 * org.gcmkit.io.json.GcmJson} or {@link org.gcmkit.io.csv.GcmCsv}. It is called on the thread that
 * called the read, never while another call runs, and should return quickly, as reading waits for
 * it: after each batch of JSON Lines (at most 1,024 lines); every 1,000 records of a CSV package,
 * after each of its tables and at its end; and once at the end of a JSON document.
 *
 * <p>It also hears each problem as it is found ({@link #found}), so that an application can show
 * the first problems of a large input while the rest is still being checked.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Tells how far reading has come.
   *
   * @param records the records read and checked so far
   * @param bytesRead the bytes of the input read so far; for a CSV package, of the tables read
   *     whole so far
   * @param bytesTotal the bytes of the whole input (for a CSV package, of every table it lists), or
   *     -1 when not known (a stream)
   */
  void progress(long records, long bytesRead, long bytesTotal);

  /**
   * Hears a problem as it reaches the report, on the reading thread: every problem the report
   * lists, in the order found. The report, when done, may order them otherwise (a CSV package's by
   * file). Of the problems beyond the report's bound ({@code withMaxViolations}), which the report
   * only counts, a JSON document's are all heard, while JSON Lines and CSV packages, read in parts,
   * hear only those each part listed: count with the report, not with this. A problem that stands
   * for several (a record's problems beyond those listed of one record) comes once, as the report
   * has it. A zip archive found damaged partway makes the report its one {@code package.invalid},
   * which is heard too (with no last call of {@link #progress}); problems heard before it are not
   * in that report. By default nothing is done.
   *
   * @param violation the problem, located as in the report
   */
  default void found(Violation violation) {}

  /** {@return a listener that does nothing} */
  static ProgressListener none() {
    return (records, bytesRead, bytesTotal) -> {};
  }
}
