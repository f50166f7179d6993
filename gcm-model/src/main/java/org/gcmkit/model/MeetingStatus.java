package org.gcmkit.model;

/**
 * Where a {@link Meeting} stands.
 *
 * <p>In files each constant is written in lower case, for example {@code planned}.
 */
public enum MeetingStatus {
  /** Announced or intended, not yet held. */
  PLANNED,
  /** Took place. */
  HELD,
  /** Put off to a later, possibly unknown, date. */
  POSTPONED,
  /** Will not take place. */
  CANCELLED;
}
