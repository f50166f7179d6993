package org.gcmkit.model;

/**
 * The part a member plays in an {@link Actor} such as a working group.
 *
 * <p>In files each constant is written in lower case, for example {@code member}.
 */
public enum MembershipRole {
  /** A member. */
  MEMBER,
  /** Coordinates the group. */
  COORDINATOR,
  /** Chairs the group. */
  CHAIR,
  /** Serves as its secretariat. */
  SECRETARIAT;
}
