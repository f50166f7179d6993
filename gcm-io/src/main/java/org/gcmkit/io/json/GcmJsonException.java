package org.gcmkit.io.json;

import org.gcmkit.validation.ValidationReport;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the deserializers of {@link GcmJson#jacksonModule()} when JSON cannot be read into a
 * valid model value; carries the report of every violation, each with its pointer and location.
 * {@link GcmJson}'s own read methods return the report instead of throwing.
 */
public final class GcmJsonException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The report; transient because reports are not meant for Java serialization. */
  private final transient ValidationReport report;

  GcmJsonException(JsonParser parser, ValidationReport report) {
    super(parser, summary(report));
    this.report = report;
  }

  /** Every violation found, in input order. */
  public ValidationReport getReport() {
    return report;
  }

  private static String summary(ValidationReport report) {
    String text = report.toText();
    // Keep log messages readable: the first twenty violations and the summary line.
    String[] lines = text.split("\n", -1);
    if (lines.length <= 21) {
      return "invalid GCM JSON:\n" + text;
    }
    StringBuilder s = new StringBuilder("invalid GCM JSON:\n");
    for (int i = 0; i < 20; i++) {
      s.append(lines[i]).append('\n');
    }
    return s.append("... ").append(lines.length - 21).append(" more\n").append(lines[lines.length - 1]).toString();
  }
}
