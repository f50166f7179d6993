package org.gcmkit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor's relation to a document: author, adopter, signatory, endorser, implementer.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class Endorsement {
  Endorsement() {}

  /** {@return the actor} */
  public abstract ActorId getActor();

  /** {@return how the actor stands to the document} */
  public abstract EndorsementRole getRole();

  /** {@return when} */
  public abstract Optional<PartialDate> getDate();

  /** {@return where it is stated, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Endorsement}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableEndorsement.Builder {
    Builder() {}
  }
}
