package org.gcmkit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gcmkit.validation.ValidationReport;

/**
 * Prints reports as readable text, at most a given number of violations per input, in the form
 * {@link ValidationReport#toLines(int)} writes them.
 */
final class ReportPrinter {
  private final PrintWriter out;
  private final int maxErrors;
  private final Locale locale;
  private final Map<String, Long> totals = new TreeMap<>();
  private int inputs;
  private int invalid;

  ReportPrinter(PrintWriter out, int maxErrors, Locale locale) {
    this.out = out;
    this.maxErrors = maxErrors;
    this.locale = locale;
  }

  void print(String input, ValidationReport report) {
    inputs++;
    if (!report.isValid()) {
      invalid++;
    }
    String verdict = report.isValid() ? "valid" : "INVALID";
    out.printf("%s: %s (%s)%n", input, verdict, report.summary(locale));
    for (String line : report.toLines(maxErrors, locale)) {
      out.println("  " + line);
    }
    if (report.isTruncated() || report.getViolations().size() > maxErrors) {
      out.println("  (use --max-errors to see more)");
    }
    report.countsByCode().forEach((code, n) -> totals.merge(code, n, Long::sum));
  }

  void summary() {
    out.printf(
        "%d %s checked: %d valid, %d invalid.%n",
        inputs, plural(inputs, "input"), inputs - invalid, invalid);
    if (!totals.isEmpty()) {
      out.println("Problems by code:");
      totals.forEach((code, n) -> out.printf("  %-36s %d%n", code, n));
    }
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }
}
