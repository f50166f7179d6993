package org.gcmkit.model;

/**
 * What a document was to a meeting, in a {@link MeetingDocument} (format 1.1).
 *
 * <p>In files each constant is written in lower case, for example {@code prepared_for}.
 */
public enum MeetingDocumentRole {
  /** Prepared for it, as input. */
  PREPARED_FOR,
  /** Presented at it. */
  PRESENTED_AT,
  /** Adopted, endorsed or otherwise decided at it. */
  DECIDED_AT;
}
