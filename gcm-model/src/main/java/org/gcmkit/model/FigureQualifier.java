package org.gcmkit.model;

/**
 * How exact a {@link Figure}'s value is.
 *
 * <p>In files each constant is written in lower case, for example {@code exact}.
 */
public enum FigureQualifier {
  /** Exactly the value. */
  EXACT,
  /** About the value. */
  ABOUT,
  /** More than the value. */
  MORE_THAN,
  /** At least the value. */
  AT_LEAST,
  /** Less than the value. */
  LESS_THAN,
  /** At most the value. */
  AT_MOST;
}
