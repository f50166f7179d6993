package org.gcmkit.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The data breaks a rule; a report with an error is not valid. */
  ERROR,
  /** The data is suspect but usable; warnings do not make a report invalid. */
  WARNING
}
