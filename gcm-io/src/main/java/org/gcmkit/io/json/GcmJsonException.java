package org.gcmkit.io.json;

import org.gcmkit.validation.ValidationReport;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the deserializers of {@link GcmModule} when JSON cannot be bound to a model value (or,
 * for {@link GcmModule#validating()}, when the value is not valid); carries the report of every
 * violation, each with its pointer and location. {@link GcmJson}'s own read methods return the
 * report instead of throwing.
 */
public final class GcmJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The report; transient because reports are not meant for Java serialization. */
  private final transient ValidationReport report;

  GcmJsonException(JsonParser parser, ValidationReport report) {
    super(parser, summary(report));
    this.report = report;
  }

  /** {@return every violation found, in input order} */
  public ValidationReport getReport() {
    return report;
  }

  private static String summary(ValidationReport report) {
    // Keep messages readable in logs: the first twenty violations, the rest counted by code.
    return "invalid GCM JSON:\n" + report.toText(20);
  }
}
