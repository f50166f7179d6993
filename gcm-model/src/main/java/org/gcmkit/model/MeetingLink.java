package org.gcmkit.model;

import org.immutables.value.Value;

/**
 * A directed link from one meeting to another.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class MeetingLink {
  MeetingLink() {}

  /** {@return how the meetings relate} */
  public abstract MeetingLinkKind getKind();

  /** {@return the other meeting} */
  public abstract MeetingId getTarget();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link MeetingLink}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableMeetingLink.Builder {
    Builder() {}
  }
}
