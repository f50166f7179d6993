package org.gcmkit.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;

/** Prints reports as readable text, at most a given number of violations per input. */
final class ReportPrinter {
  private final PrintWriter out;
  private final int maxErrors;
  private final Map<String, Long> totals = new TreeMap<>();
  private int inputs;
  private int invalid;

  ReportPrinter(PrintWriter out, int maxErrors) {
    this.out = out;
    this.maxErrors = maxErrors;
  }

  void print(String input, ValidationReport report) {
    inputs++;
    long errors = report.getErrors().size();
    long warnings = report.getViolations().size() - errors;
    if (!report.isValid()) {
      invalid++;
    }
    String verdict = report.isValid() ? "valid" : "INVALID";
    out.printf(
        "%s: %s (%d %s, %d %s)%n",
        input, verdict, errors, plural(errors, "error"), warnings, plural(warnings, "warning"));
    int shown = 0;
    for (Violation v : report.getViolations()) {
      if (shown == maxErrors) {
        out.printf(
            "  ... %d more not shown (use --max-errors to see more)%n",
            report.getViolations().size() - shown);
        break;
      }
      out.println("  " + line(v));
      shown++;
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

  private static String line(Violation v) {
    StringBuilder s = new StringBuilder();
    s.append(v.getSeverity() == Severity.ERROR ? "error   " : "warning ");
    v.getLocation().ifPresent(l -> s.append(l).append(' '));
    s.append(v.getPointer().isEmpty() ? "/" : v.getPointer())
        .append(" [")
        .append(v.getCode())
        .append("] ")
        .append(v.getMessage());
    v.getSuggestion()
        .filter(x -> !v.getMessage().contains("'" + x + "'"))
        .ifPresent(x -> s.append(" (did you mean '").append(x).append("'?)"));
    return s.toString();
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }
}
