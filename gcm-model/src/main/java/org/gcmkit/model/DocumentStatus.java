package org.gcmkit.model;

/**
 * Where a {@link Document} stands.
 *
 * <p>In files each constant is written in lower case, for example {@code planned}.
 */
public enum DocumentStatus {
  /** Announced or being prepared. */
  PLANNED,
  /** Drafted, not adopted or published. */
  DRAFT,
  /** Adopted or published. */
  ADOPTED,
  /** Replaced by a later document. */
  SUPERSEDED;
}
