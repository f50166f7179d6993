package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.immutables.value.Value;

/**
 * An actor's relation to a document: author, adopter, signatory, endorser, implementer.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@OneOfPresent({"actor", "group"})
public abstract class Endorsement {
  Endorsement() {}

  /** {@return the actor; a group not named one by one is {@link #getGroup()} instead} */
  public abstract Optional<ActorId> getActor();

  /**
   * {@return a group that is not named one by one, such as "mayors and local leaders" (format 1.1)}
   */
  public abstract Optional<@Valid Text> getGroup();

  /** {@return the kinds of actors the group is made of (format 1.1)} */
  public abstract List<ActorKind> getGroupKinds();

  /** {@return how many make up the group, and whether the data names some (format 1.1)} */
  public abstract Optional<@Valid GroupCount> getGroupCount();

  /** {@return how the actor or group stands to the document} */
  public abstract EndorsementRole getRole();

  /** {@return whether it was planned, confirmed, done, withdrawn or cancelled (format 1.1)} */
  public abstract Optional<PlanStatus> getStatus();

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
