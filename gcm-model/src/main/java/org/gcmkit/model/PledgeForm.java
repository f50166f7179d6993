package org.gcmkit.model;

/**
 * The form of a {@link Pledge}, as the GCM pledging defines them (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code financial}.
 */
public enum PledgeForm {
  /** A financial contribution, such as to the Migration Multi-Partner Trust Fund. */
  FINANCIAL,
  /** Staff or expertise. */
  HUMAN_RESOURCES,
  /** A process-oriented commitment. */
  PROCESS,
  /** A policy-oriented commitment. */
  POLICY;
}
