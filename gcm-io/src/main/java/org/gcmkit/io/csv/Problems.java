package org.gcmkit.io.csv;

import java.util.ArrayList;
import java.util.List;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.Violation;

/**
 * The violations found while reading a package, in the order found, and whether any of them is a
 * format error that keeps the dataset from being read. Not thread-safe.
 */
final class Problems {
  private final List<Violation> violations = new ArrayList<>();
  private final boolean keep;
  private boolean malformed;

  private Problems(boolean keep) {
    this.keep = keep;
  }

  /** Problems that are kept for the report. */
  static Problems kept() {
    return new Problems(true);
  }

  /** Problems that are dropped: a first pass that only collects ids finds them again later. */
  static Problems dropped() {
    return new Problems(false);
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
      violations.add(v);
    }
  }

  /** How many problems are kept so far: a mark for {@link #pointersSince(int)}. */
  int size() {
    return violations.size();
  }

  /** The pointers of the error problems kept after {@code mark}: values that failed to read. */
  java.util.Set<String> pointersSince(int mark) {
    if (mark == violations.size()) {
      // The common case of a record read without a problem: no set to make.
      return java.util.Set.of();
    }
    java.util.Set<String> pointers = new java.util.HashSet<>();
    for (Violation v : violations.subList(mark, violations.size())) {
      if (v.getSeverity() == Severity.ERROR) {
        pointers.add(v.getPointer());
      }
    }
    return pointers;
  }

  /** Puts the problems kept in {@code order}; problems equal in it keep the order found. */
  void sort(java.util.Comparator<Violation> order) {
    violations.sort(order);
  }

  boolean isMalformed() {
    return malformed;
  }

  List<Violation> violations() {
    return violations;
  }
}
