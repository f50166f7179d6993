package org.gcmkit.model;

/**
 * The part a participant plays in a {@link Meeting}.
 *
 * <p>In files each constant is written in lower case, for example {@code host}.
 */
public enum ParticipantRole {
  /** Hosts the meeting. */
  HOST,
  /** Organises the meeting. */
  ORGANISER,
  /** Organises in partnership with the organiser. */
  PARTNER,
  /** The meeting is held under its auspices. */
  PATRON,
  /** Supports the meeting or what it launches. */
  SUPPORTER,
  /** Funds the meeting. */
  FUNDER,
  /** Chairs the meeting. */
  CHAIR,
  /** Opens the meeting. */
  OPENING_SPEAKER,
  /** Speaks or addresses the meeting. */
  SPEAKER,
  /** Coordinates the body that meets. */
  COORDINATOR,
  /** Takes part as a stakeholder. */
  STAKEHOLDER,
  /** Takes part. */
  PARTICIPANT,
  /** Attends as an observer. */
  OBSERVER;
}
