package org.gcmkit.validation;

/**
 * Thrown by the {@code requireValid} conveniences when data breaks a rule; carries the whole
 * report. Data that is not well-formed JSON or CSV at all gets gcm-io's own exception instead.
 */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * The report; transient because reports are not meant to be serialized with Java serialization.
   */
  private final transient ValidationReport report;

  /**
   * An exception for {@code report}, whose text becomes the message.
   *
   * @param report the report
   */
  public ValidationException(ValidationReport report) {
    super(summary(report));
    this.report = report;
  }

  /** {@return the report of every violation} */
  public ValidationReport getReport() {
    return report;
  }

  private static String summary(ValidationReport report) {
    // Keep messages readable in logs: the first twenty violations, the rest counted by code.
    return "invalid data:\n" + report.toText(20);
  }
}
