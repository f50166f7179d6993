package org.gcmkit.cli.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * What one request to the validation page may take: the size of an upload, the time to receive it
 * (a slow client holds a thread), and the time to check it.
 *
 * @param maxUploadBytes the largest upload accepted, in bytes
 * @param maxUploadTime how long receiving an upload may take
 * @param maxCheckTime how long checking or converting an upload may take
 */
public record Limits(long maxUploadBytes, Duration maxUploadTime, Duration maxCheckTime) {
  /** 512 MB, two minutes to receive, five to check: a large file, on a laptop, at a desk. */
  public static final Limits DEFAULT =
      new Limits(512L * 1024 * 1024, Duration.ofMinutes(2), Duration.ofMinutes(5));

  /**
   * Checks the limits.
   *
   * @param maxUploadBytes the largest upload accepted, in bytes
   * @param maxUploadTime how long receiving an upload may take
   * @param maxCheckTime how long checking or converting an upload may take
   * @throws IllegalArgumentException when a limit is not positive
   */
  public Limits {
    Objects.requireNonNull(maxUploadTime, "maxUploadTime");
    Objects.requireNonNull(maxCheckTime, "maxCheckTime");
    if (maxUploadBytes <= 0 || maxUploadTime.isNegative() || maxUploadTime.isZero()) {
      throw new IllegalArgumentException(
          "expected a positive upload size and time but was "
              + maxUploadBytes
              + ", "
              + maxUploadTime);
    }
    if (maxCheckTime.isNegative() || maxCheckTime.isZero()) {
      throw new IllegalArgumentException("expected a positive check time but was " + maxCheckTime);
    }
  }
}
