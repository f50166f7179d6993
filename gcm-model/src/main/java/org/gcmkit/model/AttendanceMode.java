package org.gcmkit.model;

/**
 * How one participant attends a {@link Meeting}.
 *
 * <p>In files each constant is written in lower case, for example {@code in_person}.
 */
public enum AttendanceMode {
  /** At the place of the meeting. */
  IN_PERSON,
  /** Remotely. */
  ONLINE;
}
