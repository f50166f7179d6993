package org.gcmkit.model;

/**
 * What a {@link Decision} did to a document (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code adoption}.
 */
public enum DecisionKind {
  /** Adopted it: the text became the body's own. */
  ADOPTION,
  /** Endorsed a text adopted elsewhere, as the General Assembly endorsed the Compact. */
  ENDORSEMENT,
  /** Approved it. */
  APPROVAL,
  /** Affirmed it, as the General Assembly affirmed the Global Compact on Refugees. */
  AFFIRMATION,
  /** Signed it. */
  SIGNATURE;
}
