package org.gcmkit.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;

/**
 * The problems found while reading one input, collected the same way by the JSON and the CSV
 * reader: in the order found, kept up to the report's bound and counted beyond it; within a record
 * at most {@link #MAX_RECORD_PROBLEMS}, the rest counted by code and summed up when the record ends
 * (so that one hostile record cannot fill the memory); the pointers of the record's values that
 * could not be read, so that the rules which notice them missing are not reported as echoes; and
 * whether a format error keeps the input from being read into a value. Not thread-safe.
 */
public final class Problems {
  /** The problems kept of one record; the rest are counted by code. */
  public static final int MAX_RECORD_PROBLEMS = 100;

  private final ValidationReport.Builder report;
  private final boolean keep;
  private Consumer<Violation> heard = v -> {};
  private boolean malformed;

  private boolean inRecord;
  private int inRecordCount;
  private final List<String> failedInRecord = new ArrayList<>();
  private final Map<String, Integer> unlisted = new LinkedHashMap<>();
  private final Set<String> unlistedErrors = new HashSet<>();

  private Problems(boolean keep, int maxViolations) {
    this.keep = keep;
    this.report = ValidationReport.builder(maxViolations);
  }

  /**
   * Problems that are kept for the report.
   *
   * @param maxViolations how many violations the report keeps in full
   * @return an empty collection
   */
  public static Problems kept(int maxViolations) {
    return new Problems(true, maxViolations);
  }

  /**
   * Problems that are dropped: a first pass that only collects ids finds them again later.
   *
   * @return an empty collection that keeps nothing but whether the input is malformed
   */
  public static Problems dropped() {
    return new Problems(false, 0);
  }

  /**
   * Hands every problem that reaches the report (listed or counted beyond its bound) to {@code
   * listener} as well, as it is added: a caller can show the first problems while reading goes on.
   *
   * @param listener who hears the problems
   * @return these problems
   */
  public Problems hear(Consumer<Violation> listener) {
    this.heard = listener;
    return this;
  }

  /**
   * Adds a problem: in a record, beyond {@link #MAX_RECORD_PROBLEMS}, it is only counted.
   *
   * @param v the problem
   */
  public void add(Violation v) {
    if (!keep) {
      return;
    }
    if (inRecord && ++inRecordCount > MAX_RECORD_PROBLEMS) {
      unlisted.merge(v.getCode(), 1, Integer::sum);
      if (v.getSeverity() == Severity.ERROR) {
        unlistedErrors.add(v.getCode());
      }
      return;
    }
    put(v);
  }

  /**
   * Adds a problem that is never left out of a record's list: a limit, or the end of reading.
   *
   * @param v the problem
   */
  public void keep(Violation v) {
    if (keep) {
      put(v);
    }
  }

  private void put(Violation v) {
    report.add(v);
    heard.accept(v);
  }

  /**
   * Adds a format problem at the value that could not be read: an error makes the input malformed
   * and, in a record, marks its pointer as failed.
   *
   * @param v the problem
   */
  public void format(Violation v) {
    if (v.getSeverity() == Severity.ERROR) {
      malformed = true;
      if (inRecord) {
        failed(v.getPointer());
      }
    }
    add(v);
  }

  /** Notes that the input cannot be read into a value as it is. */
  public void malformed() {
    malformed = true;
  }

  /**
   * Notes a value that could not be read, while the record's problems are listed: of the current
   * record, or outside records of the value being read (a single value, a dataset's header).
   *
   * @param pointer the value's pointer
   */
  public void failed(String pointer) {
    if (keep && inRecordCount <= MAX_RECORD_PROBLEMS) {
      failedInRecord.add(pointer);
    }
  }

  /** Starts a record. */
  public void startRecord() {
    inRecord = true;
    inRecordCount = 0;
    failedInRecord.clear();
  }

  /**
   * The pointers of the values of the current record that could not be read.
   *
   * @return a view that changes with the record
   */
  public List<String> failedInRecord() {
    return failedInRecord;
  }

  /** Where the current record is: asked only when its summary has to be placed. */
  public interface RecordPlace {
    /**
     * The record's pointer.
     *
     * @return the pointer
     */
    String pointer();

    /**
     * The record's location.
     *
     * @return the location
     */
    Location location();
  }

  /**
   * Ends the current record, summing up the problems counted but not listed in one violation per
   * code at the record. One method, so that no caller can end a record and drop its summary; the
   * place is asked for only when there is a summary, as making it costs on every record.
   *
   * @param place where the record is
   */
  public void endRecord(RecordPlace place) {
    if (!unlisted.isEmpty()) {
      String pointer = place.pointer();
      Location at = place.location();
      unlisted.forEach(
          (code, n) ->
              put(
                  Violation.of(
                          Rule.fromCode(code).orElse(Rule.LIMIT),
                          pointer,
                          "expected at most "
                              + MAX_RECORD_PROBLEMS
                              + " problems in one record but found "
                              + n
                              + " more "
                              + code
                              + "; they are not listed")
                      .severity(unlistedErrors.contains(code) ? Severity.ERROR : Severity.WARNING)
                      .location(at)
                      .build()));
      unlisted.clear();
      unlistedErrors.clear();
    }
    inRecord = false;
    inRecordCount = 0;
  }

  /**
   * How many problems were added, listed or not.
   *
   * @return the number
   */
  public long added() {
    return report.size();
  }

  /**
   * Adds the problems that {@code other} counted without listing them, as {@link
   * ValidationReport.Builder#addOmitted} does.
   *
   * @param other the report of problems found elsewhere
   */
  public void addOmitted(ValidationReport other) {
    if (keep) {
      report.addOmitted(other);
    }
  }

  /**
   * Whether a format error was found: the input cannot be read into a value as it is.
   *
   * @return whether the input is malformed
   */
  public boolean isMalformed() {
    return malformed;
  }

  /**
   * Puts the problems kept in {@code order}; problems equal in it keep the order found.
   *
   * @param order the order
   */
  public void sort(Comparator<Violation> order) {
    report.sort(order);
  }

  /**
   * The report of every problem added.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report.build();
  }

  /**
   * {@return {@code maxViolations}, a bound a reader's report may be given: 0 or more}
   *
   * @param maxViolations the bound asked for
   * @throws IllegalArgumentException when it is negative
   */
  public static int checkMaxViolations(int maxViolations) {
    if (maxViolations < 0) {
      throw new IllegalArgumentException(
          "expected maxViolations of 0 or more but was " + maxViolations);
    }
    return maxViolations;
  }
}
