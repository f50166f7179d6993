package org.gcmkit.io;

/**
 * Hears how far a long read or validation has come: set with {@code withProgress} on {@link
 * org.gcmkit.io.json.GcmJson} or {@link org.gcmkit.io.csv.GcmCsv}. It is called on the thread that
 * called the read, between parts of the input (every few hundred records), never while another call
 * runs; it should return quickly, as reading waits for it.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * Tells how far reading has come.
   *
   * @param records the records read and checked so far
   * @param bytesRead the bytes of the input read so far (of the current table, for a CSV package
   *     read table by table: see {@code bytesTotal})
   * @param bytesTotal the bytes of the whole input, or -1 when not known (a stream)
   */
  void progress(long records, long bytesRead, long bytesTotal);

  /** {@return a listener that does nothing} */
  static ProgressListener none() {
    return (records, bytesRead, bytesTotal) -> {};
  }
}
