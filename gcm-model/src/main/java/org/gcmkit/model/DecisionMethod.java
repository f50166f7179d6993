package org.gcmkit.model;

/**
 * How a {@link Decision} was taken (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code consensus}.
 */
public enum DecisionMethod {
  /** Without a vote, no one objecting. */
  CONSENSUS,
  /** By acclamation. */
  ACCLAMATION,
  /** By a vote whose counts are given. */
  RECORDED_VOTE,
  /** By a vote whose counts are not given. */
  VOTE,
  /** By signing. */
  SIGNATURE;
}
