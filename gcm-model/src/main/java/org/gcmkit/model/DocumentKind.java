package org.gcmkit.model;

/**
 * The kinds of {@link Document}.
 *
 * <p>In files each constant is written in lower case, for example {@code declaration}.
 */
public enum DocumentKind {
  /** A declaration, such as the Marrakech Mayors Declaration. */
  DECLARATION,
  /** A charter, such as the Lampedusa Charter. */
  CHARTER,
  /** A call to action, such as the Call to Local Action. */
  CALL_TO_ACTION,
  /** A UN resolution, identified by its symbol. */
  RESOLUTION,
  /** A compact or framework text. */
  COMPACT,
  /** A national action plan with its period. */
  NATIONAL_ACTION_PLAN,
  /** A voluntary national review of implementation. */
  VOLUNTARY_NATIONAL_REVIEW,
  /** A report. */
  REPORT,
  /** A progress declaration of a review forum. */
  PROGRESS_DECLARATION,
  /** Another document. */
  OTHER;
}
