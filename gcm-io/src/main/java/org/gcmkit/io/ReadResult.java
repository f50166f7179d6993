package org.gcmkit.io;

import java.util.Objects;
import java.util.Optional;
import org.gcmkit.validation.ValidationException;
import org.gcmkit.validation.ValidationReport;

/**
 * What a reader found: the value, when the input could be read into one, and the report of every
 * problem, format and model rules alike, each located in the input.
 *
 * <p>A value can be present with errors in the report (it was read but breaks model rules); it is
 * absent when the input could not be read into one at all (malformed, or a required value missing).
 * Immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
  private final Optional<T> value;
  private final ValidationReport report;
  private final Optional<FormatVersion> formatVersion;

  private ReadResult(
      Optional<T> value, ValidationReport report, Optional<FormatVersion> formatVersion) {
    this.value = value;
    this.report = report;
    this.formatVersion = formatVersion;
  }

  /**
   * {@return a result of {@code value} (possibly absent) and {@code report}}
   *
   * @param <T> the type of the value
   * @param value the value
   * @param report the report
   */
  public static <T> ReadResult<T> of(Optional<T> value, ValidationReport report) {
    return of(value, report, Optional.empty());
  }

  /**
   * {@return a result of {@code value} (possibly absent) and {@code report}, read from a file of
   * format version {@code formatVersion}}
   *
   * @param <T> the type of the value
   * @param value the value
   * @param report the report
   * @param formatVersion the version the input said it has, if it said a known one
   */
  public static <T> ReadResult<T> of(
      Optional<T> value, ValidationReport report, Optional<FormatVersion> formatVersion) {
    return new ReadResult<>(
        Objects.requireNonNull(value, "value"),
        Objects.requireNonNull(report, "report"),
        Objects.requireNonNull(formatVersion, "formatVersion"));
  }

  /** {@return the value read, if the input could be read into one} */
  public Optional<T> getValue() {
    return value;
  }

  /**
   * {@return the format version the input said it has: a dataset file's {@code formatVersion} (1.0
   * for a CSV package whose descriptor names none); empty for a value read without one, or when the
   * version is missing or unknown (a {@code format.version} error)}
   */
  public Optional<FormatVersion> getFormatVersion() {
    return formatVersion;
  }

  /** {@return every problem found, in input order} */
  public ValidationReport getReport() {
    return report;
  }

  /** {@return whether a value was read and the report has no error} */
  public boolean isValid() {
    return value.isPresent() && report.isValid();
  }

  /**
   * {@return the value, when it was read without error}
   *
   * @throws ValidationException carrying the report otherwise
   */
  public T requireValid() {
    if (!isValid()) {
      throw new ValidationException(report);
    }
    return value.orElseThrow();
  }
}
