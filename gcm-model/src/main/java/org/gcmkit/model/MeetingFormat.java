package org.gcmkit.model;

/**
 * How a {@link Meeting} is held.
 *
 * <p>In files each constant is written in lower case, for example {@code in_person}.
 */
public enum MeetingFormat {
  /** Everyone meets at a place. */
  IN_PERSON,
  /** Everyone joins remotely, by video conference or webinar. */
  ONLINE,
  /** Some meet at a place and some join remotely. */
  HYBRID;
}
