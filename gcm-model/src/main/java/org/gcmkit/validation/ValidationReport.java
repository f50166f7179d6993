package org.gcmkit.validation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gcmkit.codes.CodeLists;

/**
 * Every violation found in one piece of data, with the version of the code lists that judged it.
 *
 * <p>Immutable and thread-safe. A report is {@linkplain #isValid() valid} when it has no error;
 * warnings alone leave it valid.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = violations;
  }

  /** A report of these violations, in this order. */
  public static ValidationReport of(List<Violation> violations) {
    return violations.isEmpty() ? EMPTY : new ValidationReport(List.copyOf(violations));
  }

  /** A report with no violation. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /**
   * All violations, in a stable order: readers list them in input order, {@link GcmValidator} by
   * JSON Pointer with list indexes compared as numbers; immutable.
   */
  public List<Violation> getViolations() {
    return violations;
  }

  /** The violations of severity error, in order. */
  public List<Violation> getErrors() {
    return filter(Severity.ERROR);
  }

  /** The violations of severity warning, in order. */
  public List<Violation> getWarnings() {
    return filter(Severity.WARNING);
  }

  /** Whether there is no error. */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.getSeverity() == Severity.ERROR);
  }

  /** How many violations each code has, by code in alphabetical order; immutable. */
  public Map<String, Long> countsByCode() {
    return Collections.unmodifiableMap(
        violations.stream()
            .collect(
                Collectors.groupingBy(Violation::getCode, TreeMap::new, Collectors.counting())));
  }

  /** The version of the built-in code lists this report was made with. */
  public String getCodeListVersion() {
    return CodeLists.VERSION;
  }

  /** A report with each violation changed by {@code change}, for example to add a location. */
  public ValidationReport map(Function<Violation, Violation> change) {
    return of(violations.stream().map(change).collect(Collectors.toList()));
  }

  /**
   * Readable text: one line per violation, then a summary line such as {@code 2 errors, 1 warning}.
   */
  public String toText() {
    StringBuilder s = new StringBuilder();
    for (Violation v : violations) {
      s.append(v).append('\n');
    }
    long errors = getErrors().size();
    long warnings = violations.size() - errors;
    s.append(errors).append(errors == 1 ? " error, " : " errors, ");
    s.append(warnings).append(warnings == 1 ? " warning" : " warnings");
    return s.toString();
  }

  private List<Violation> filter(Severity severity) {
    return violations.stream()
        .filter(v -> v.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport validationReport
        && validationReport.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return toText();
  }
}
