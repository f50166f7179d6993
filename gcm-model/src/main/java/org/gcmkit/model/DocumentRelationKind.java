package org.gcmkit.model;

/**
 * How a document stands to another, in a {@link DocumentRelation} (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code endorses}.
 */
public enum DocumentRelationKind {
  /** Endorses the other: resolution 73/195 endorses the Compact. */
  ENDORSES,
  /** Implements it: a national plan implements the Compact. */
  IMPLEMENTS,
  /** Sets the format and modalities of it, or of what it sets up. */
  SETS_MODALITIES_OF,
  /** Reviews its implementation. */
  REVIEWS,
  /** Responds to it. */
  RESPONDS_TO,
  /** Amends it. */
  AMENDS,
  /** Replaces it. */
  SUPERSEDES,
  /** Is a translation of it. */
  TRANSLATION_OF;
}
