package org.gcmkit.model;

/**
 * Where a {@link Pledge} stands (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code planning}.
 */
public enum PledgeStatus {
  /** In the planning stage. */
  PLANNING,
  /** Being carried out. */
  IN_PROGRESS,
  /** Fulfilled. */
  FULFILLED,
  /** Withdrawn. */
  WITHDRAWN;
}
