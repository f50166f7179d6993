package org.gcmkit.model;

import org.immutables.value.Value;

/**
 * A document with the part it played in a meeting (format 1.1): prepared for it, presented or
 * decided at it.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class MeetingDocument {
  MeetingDocument() {}

  /** {@return the document} */
  public abstract DocumentId getDocument();

  /** {@return what the document was to the meeting} */
  public abstract MeetingDocumentRole getRole();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MeetingDocument}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableMeetingDocument.Builder {
    Builder() {}
  }
}
