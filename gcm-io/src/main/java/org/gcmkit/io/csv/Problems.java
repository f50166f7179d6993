package org.gcmkit.io.csv;

import java.util.HashSet;
import java.util.Set;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;

/**
 * The violations found while reading a package, in the order found, kept up to the report's bound
 * and counted beyond it, and whether any of them is a format error that keeps the dataset from
 * being read. Not thread-safe.
 */
final class Problems {
  private final ValidationReport.Builder report;
  private final boolean keep;
  private boolean malformed;

  /**
   * The pointers of the errors of the record being read, kept apart from the report so that they
   * are known also when the report is full; collected only within a record, each pointer once.
   */
  private final Set<String> sinceMark = new HashSet<>();

  private boolean marked;

  private Problems(boolean keep, int maxViolations) {
    this.keep = keep;
    this.report = ValidationReport.builder(maxViolations);
  }

  /** Problems that are kept for the report, at most {@code maxViolations} of them in full. */
  static Problems kept(int maxViolations) {
    return new Problems(true, maxViolations);
  }

  /** Problems that are dropped: a first pass that only collects ids finds them again later. */
  static Problems dropped() {
    return new Problems(false, 0);
  }

  /** Adds a format problem: the input cannot be read into a dataset as it is. */
  void format(Violation v) {
    if (v.getSeverity() == Severity.ERROR) {
      malformed = true;
    }
    rule(v);
  }

  /** Adds a broken model or dataset rule: the dataset can still be read. */
  void rule(Violation v) {
    if (keep) {
      report.add(v);
      if (marked && v.getSeverity() == Severity.ERROR) {
        sinceMark.add(v.getPointer());
      }
    }
  }

  /**
   * Starts a record: {@link #failedSinceMark()} then names the values that failed to read in it.
   */
  void mark() {
    sinceMark.clear();
    marked = true;
  }

  /**
   * Ends the record started by {@link #mark()}: the pointers of the errors added since, values that
   * failed to read.
   */
  Set<String> failedSinceMark() {
    marked = false;
    // The common case of a record read without a problem: no set to make.
    return sinceMark.isEmpty() ? Set.of() : Set.copyOf(sinceMark);
  }

  /** Puts the problems kept in {@code order}; problems equal in it keep the order found. */
  void sort(java.util.Comparator<Violation> order) {
    report.sort(order);
  }

  boolean isMalformed() {
    return malformed;
  }

  /** The report of every problem added. */
  ValidationReport report() {
    return report.build();
  }
}
