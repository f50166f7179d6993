package org.gcmkit.model;

/**
 * How an actor stands to a {@link Document}.
 *
 * <p>In files each constant is written in lower case, for example {@code author}.
 */
public enum EndorsementRole {
  /** Wrote or issued it. */
  AUTHOR,
  /** Adopted it. */
  ADOPTER,
  /** Signed it. */
  SIGNATORY,
  /** Endorsed it later. */
  ENDORSER,
  /** Implements it. */
  IMPLEMENTER,
  /** Supports it. */
  SUPPORTER,
  /** Presents or submits it. */
  PRESENTER;
}
