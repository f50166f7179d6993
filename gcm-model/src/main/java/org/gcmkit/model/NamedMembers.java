package org.gcmkit.model;

/**
 * Which members of a group the data names one by one, in a {@link GroupCount} (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code all}.
 */
public enum NamedMembers {
  /** Every member is named. */
  ALL,
  /** Some are named, not all: a text signed by many local leaders of whom a few are named. */
  SOME,
  /** None is named. */
  NONE;
}
