package org.gcmkit.model;

/**
 * How a {@link Meeting} relates to another.
 *
 * <p>In files each constant is written in lower case, for example {@code prepares_for}.
 */
public enum MeetingLinkKind {
  /** Prepares the other meeting. */
  PREPARES_FOR,
  /** Follows up on the other meeting. */
  FOLLOWS_UP,
  /** Proposes that the other meeting be held. */
  PROPOSES;
}
