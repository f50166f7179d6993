package org.gcmkit.model;

/**
 * Where a participation or an endorsement stands: what was planned may not have happened (format
 * 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code planned}.
 */
public enum PlanStatus {
  /** Announced or planned. */
  PLANNED,
  /** Confirmed, not yet done. */
  CONFIRMED,
  /** Done: took part, endorsed. */
  DONE,
  /** Withdrawn by the actor. */
  WITHDRAWN,
  /** Cancelled. */
  CANCELLED;
}
