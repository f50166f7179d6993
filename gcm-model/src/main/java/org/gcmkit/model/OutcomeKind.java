package org.gcmkit.model;

/**
 * What a {@link Meeting} produced.
 *
 * <p>In files each constant is written in lower case, for example {@code agreement}.
 */
public enum OutcomeKind {
  /** The parties agreed on something. */
  AGREEMENT,
  /** Priorities were agreed or set. */
  PRIORITIES,
  /** A project, network or document was launched. */
  LAUNCH,
  /** Recommendations were made. */
  RECOMMENDATION,
  /** Something was proposed, such as a further meeting. */
  PROPOSAL,
  /** A decision was taken. */
  DECISION,
  /** Another result. */
  OTHER;
}
