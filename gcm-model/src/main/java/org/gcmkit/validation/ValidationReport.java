package org.gcmkit.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gcmkit.codes.CodeLists;

/**
 * Every violation found in one piece of data, with the version of the code lists that judged it.
 *
 * <p>A report made by a reader holds at most a bounded number of violations (the first ones found,
 * {@value #DEFAULT_MAX_VIOLATIONS} unless configured, see {@link #builder(int)}) and counts the
 * rest by code: it is then {@linkplain #isTruncated() truncated}. Validity, the error and warning
 * counts, the counts by code and the summary always cover every violation, kept or not.
 *
 * <p>Immutable and thread-safe. A report is {@linkplain #isValid() valid} when it has no error;
 * warnings alone leave it valid.
 */
public final class ValidationReport {
  /** How many violations a report keeps when no other bound is given. */
  public static final int DEFAULT_MAX_VIOLATIONS = 10_000;

  private static final ValidationReport EMPTY = new ValidationReport(List.of(), Map.of(), 0, 0);

  private final List<Violation> violations;
  private final Map<String, Long> omitted;
  private final long omittedErrors;
  private final long omittedWarnings;

  private ValidationReport(
      List<Violation> violations,
      Map<String, Long> omitted,
      long omittedErrors,
      long omittedWarnings) {
    this.violations = violations;
    this.omitted = omitted;
    this.omittedErrors = omittedErrors;
    this.omittedWarnings = omittedWarnings;
  }

  /**
   * {@return a report of these violations, in this order, all of them kept}
   *
   * @param violations the violations
   */
  public static ValidationReport of(List<Violation> violations) {
    return violations.isEmpty()
        ? EMPTY
        : new ValidationReport(List.copyOf(violations), Map.of(), 0, 0);
  }

  /** {@return a report with no violation} */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** {@return a builder that keeps the first {@value #DEFAULT_MAX_VIOLATIONS} violations} */
  public static Builder builder() {
    return new Builder(DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * {@return a builder that keeps the first {@code maxViolations} violations added and only counts
   * the rest, so that its memory stays bounded however many are found}
   *
   * @param maxViolations how many violations the report keeps in full
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public static Builder builder(int maxViolations) {
    return new Builder(checkMax(maxViolations));
  }

  /**
   * {@return the violations kept, in a stable order: readers list them in input order, {@link
   * GcmValidator} by JSON Pointer with list indexes compared as numbers; immutable} When the report
   * is {@linkplain #isTruncated() truncated} these are the first ones found.
   */
  public List<Violation> getViolations() {
    return violations;
  }

  /** {@return the kept violations of severity error, in order} */
  public List<Violation> getErrors() {
    return filter(Severity.ERROR);
  }

  /** {@return the kept violations of severity warning, in order} */
  public List<Violation> getWarnings() {
    return filter(Severity.WARNING);
  }

  /** {@return how many errors there are, kept or not} */
  public long getErrorCount() {
    return count(Severity.ERROR) + omittedErrors;
  }

  /** {@return how many warnings there are, kept or not} */
  public long getWarningCount() {
    return count(Severity.WARNING) + omittedWarnings;
  }

  /** {@return whether there is no error, kept or not} */
  public boolean isValid() {
    return omittedErrors == 0 && violations.stream().noneMatch(ValidationReport::isError);
  }

  /**
   * {@return whether violations were found beyond those kept: then {@link #getOmittedCounts()}
   * counts them}
   */
  public boolean isTruncated() {
    return !omitted.isEmpty();
  }

  /** {@return how many violations found were not kept, by code in alphabetical order; immutable} */
  public Map<String, Long> getOmittedCounts() {
    return omitted;
  }

  /**
   * {@return how many violations each code has, kept or not, by code in alphabetical order;
   * immutable}
   */
  public Map<String, Long> countsByCode() {
    Map<String, Long> counts =
        violations.stream()
            .collect(
                Collectors.groupingBy(Violation::getCode, TreeMap::new, Collectors.counting()));
    omitted.forEach((code, n) -> counts.merge(code, n, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** {@return the version of the built-in code lists this report was made with} */
  public String getCodeListVersion() {
    return CodeLists.VERSION;
  }

  /**
   * {@return a report with each kept violation changed by {@code change}, for example to add a
   * location; the omitted counts stay as they are}
   *
   * @param change the change
   */
  public ValidationReport map(Function<Violation, Violation> change) {
    if (violations.isEmpty() && omitted.isEmpty()) {
      // The usual case, called once per record read: no stream to build.
      return EMPTY;
    }
    List<Violation> changed = violations.stream().map(change).collect(Collectors.toList());
    return changed.isEmpty() && omitted.isEmpty()
        ? EMPTY
        : new ValidationReport(List.copyOf(changed), omitted, omittedErrors, omittedWarnings);
  }

  /**
   * {@return readable text: one line per kept violation, a line counting the omitted ones by code
   * when the report is truncated, then the {@linkplain #summary() summary}}
   */
  public String toText() {
    return toText(Integer.MAX_VALUE);
  }

  /**
   * {@return readable text showing at most {@code maxViolations} violations: their lines, a line
   * counting the rest by code, then the {@linkplain #summary() summary}}
   *
   * @param maxViolations how many violations the report keeps in full
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public String toText(int maxViolations) {
    return toText(maxViolations, ReportLanguage.ENGLISH);
  }

  /**
   * {@return the text of {@link #toText(int)} in the {@linkplain ReportLanguage report language} of
   * {@code locale}: messages and summary translated, codes, pointers and locations as they are}
   *
   * @param maxViolations how many violations the report keeps in full
   * @param locale the reader's locale; English when gcm has no reports in its language
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public String toText(int maxViolations, Locale locale) {
    return toText(maxViolations, ReportLanguage.of(locale));
  }

  private String toText(int maxViolations, ReportLanguage language) {
    StringBuilder s = new StringBuilder();
    for (String line : toLines(maxViolations, language)) {
      s.append(line).append('\n');
    }
    return s.append(summary(language)).toString();
  }

  /**
   * {@return the lines of {@link #toText(int)} without the summary: at most {@code maxViolations}
   * violations as {@link Violation#toString()} writes them, then, when any is not shown, one line
   * such as {@code ... and 990,000 more: field.unknown 990,000} counting the rest by code}
   *
   * @param maxViolations how many violations the report keeps in full
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public List<String> toLines(int maxViolations) {
    return toLines(maxViolations, ReportLanguage.ENGLISH);
  }

  /**
   * {@return the lines of {@link #toLines(int)} in the {@linkplain ReportLanguage report language}
   * of {@code locale}, each violation as {@link Violation#toText(Locale)} writes it}
   *
   * @param maxViolations how many violations the report keeps in full
   * @param locale the reader's locale; English when gcm has no reports in its language
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public List<String> toLines(int maxViolations, Locale locale) {
    return toLines(maxViolations, ReportLanguage.of(locale));
  }

  private List<String> toLines(int maxViolations, ReportLanguage language) {
    checkMax(maxViolations);
    int shown = Math.min(maxViolations, violations.size());
    List<String> lines = new ArrayList<>(shown + 1);
    for (Violation v : violations.subList(0, shown)) {
      lines.add(v.toText(language));
    }
    Map<String, Long> rest = new TreeMap<>(omitted);
    for (Violation v : violations.subList(shown, violations.size())) {
      rest.merge(v.getCode(), 1L, Long::sum);
    }
    if (!rest.isEmpty()) {
      long total = rest.values().stream().mapToLong(Long::longValue).sum();
      lines.add(
          language.more(
              number(total),
              rest.entrySet().stream()
                  .map(e -> e.getKey() + " " + number(e.getValue()))
                  .collect(Collectors.joining(", "))));
    }
    return lines;
  }

  /** {@return the counts, every violation included: {@code 2 errors, 1 warning}} */
  public String summary() {
    return summary(ReportLanguage.ENGLISH);
  }

  /**
   * {@return the counts in the {@linkplain ReportLanguage report language} of {@code locale}, in a
   * form that needs no plurals: {@code erreurs : 2, avertissements : 1}}
   *
   * @param locale the reader's locale; English when gcm has no reports in its language
   */
  public String summary(Locale locale) {
    return summary(ReportLanguage.of(locale));
  }

  private String summary(ReportLanguage language) {
    long errors = getErrorCount();
    long warnings = getWarningCount();
    if (language != ReportLanguage.ENGLISH) {
      return language.summary(number(errors), number(warnings));
    }
    return number(errors)
        + (errors == 1 ? " error, " : " errors, ")
        + number(warnings)
        + (warnings == 1 ? " warning" : " warnings");
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static int checkMax(int maxViolations) {
    if (maxViolations < 0) {
      throw new IllegalArgumentException(
          "expected a number of violations of 0 or more but was " + maxViolations);
    }
    return maxViolations;
  }

  private static boolean isError(Violation v) {
    return v.getSeverity() == Severity.ERROR;
  }

  private long count(Severity severity) {
    return violations.stream().filter(v -> v.getSeverity() == severity).count();
  }

  private List<Violation> filter(Severity severity) {
    return violations.stream()
        .filter(v -> v.getSeverity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r
        && r.violations.equals(violations)
        && r.omitted.equals(omitted)
        && r.omittedErrors == omittedErrors
        && r.omittedWarnings == omittedWarnings;
  }

  @Override
  public int hashCode() {
    return Objects.hash(violations, omitted, omittedErrors, omittedWarnings);
  }

  @Override
  public String toString() {
    return toText();
  }

  /**
   * Collects violations into a report in bounded memory: keeps the first ones up to its bound, in
   * the order added, and counts the others by code and severity. Not thread-safe.
   */
  public static final class Builder {
    private final int maxViolations;
    private final List<Violation> kept = new ArrayList<>();
    private final Map<String, Long> omitted = new TreeMap<>();
    private long omittedErrors;
    private long omittedWarnings;

    private Builder(int maxViolations) {
      this.maxViolations = maxViolations;
    }

    /**
     * Adds one violation: kept while there is room, else counted.
     *
     * @param violation the violation
     * @return this builder
     */
    public Builder add(Violation violation) {
      Objects.requireNonNull(violation, "violation");
      if (kept.size() < maxViolations) {
        kept.add(violation);
      } else {
        omit(violation.getCode(), violation.getSeverity() == Severity.ERROR, 1);
      }
      return this;
    }

    /**
     * Adds every violation of {@code report}: its kept ones in order, then its omitted counts.
     *
     * @param report the report
     * @return this builder
     */
    public Builder addAll(ValidationReport report) {
      report.violations.forEach(this::add);
      report.omitted.forEach((code, n) -> omitted.merge(code, n, Long::sum));
      omittedErrors += report.omittedErrors;
      omittedWarnings += report.omittedWarnings;
      return this;
    }

    /**
     * Adds the violations that {@code report} counts without keeping them, and not its kept ones:
     * for a reader that merges the reports of parts of its input read in parallel, adding each
     * part's kept violations (changed where needed) with {@link #add} in input order.
     *
     * @param report the report
     * @return this builder
     */
    public Builder addOmitted(ValidationReport report) {
      report.omitted.forEach((code, n) -> omitted.merge(code, n, Long::sum));
      omittedErrors += report.omittedErrors;
      omittedWarnings += report.omittedWarnings;
      return this;
    }

    /** {@return how many violations were added, kept or not} */
    public long size() {
      return kept.size() + omittedErrors + omittedWarnings;
    }

    /**
     * Puts the kept violations in {@code order} (a stable sort); those beyond the bound are only
     * counted, so the kept ones stay the first found.
     *
     * @param order the order
     * @return this builder
     */
    public Builder sort(java.util.Comparator<? super Violation> order) {
      kept.sort(order);
      return this;
    }

    /** {@return the report of the violations added so far} */
    public ValidationReport build() {
      if (kept.isEmpty() && omitted.isEmpty()) {
        return EMPTY;
      }
      return new ValidationReport(
          List.copyOf(kept),
          Collections.unmodifiableMap(new TreeMap<>(omitted)),
          omittedErrors,
          omittedWarnings);
    }

    private void omit(String code, boolean error, long n) {
      omitted.merge(code, n, Long::sum);
      if (error) {
        omittedErrors += n;
      } else {
        omittedWarnings += n;
      }
    }
  }
}
