package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.immutables.value.Value;

/**
 * One participant of a meeting: an actor, a person (optionally with the actor they came from), or a
 * group left unnamed in the sources ("representatives of civil society"), with roles, attendance
 * mode and on whose behalf.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@OneOfPresent({"actor", "person", "group"})
public abstract class Participation {
  Participation() {}

  /** {@return the organisation taking part, or the person's organisation} */
  public abstract Optional<ActorId> getActor();

  /** {@return the person taking part} */
  public abstract Optional<PersonId> getPerson();

  /** {@return an unnamed group, described} */
  public abstract Optional<@Valid Text> getGroup();

  /** {@return the kinds of actor an unnamed group is made of, in the order given} */
  public abstract List<ActorKind> getGroupKinds();

  /** {@return the roles played, in the order given} */
  @NotEmpty
  public abstract List<ParticipantRole> getRoles();

  /** {@return the title under which the participant took part, as the source gives it} */
  public abstract Optional<@Valid Text> getCapacity();

  /** {@return how this participant attended} */
  public abstract Optional<AttendanceMode> getAttendance();

  /** {@return whom the participant represented ("as a representative of local authorities")} */
  public abstract Optional<ActorId> getOnBehalfOf();

  /** {@return whom the participant represented, when that is no actor in the dataset} */
  public abstract Optional<@Valid Text> getOnBehalfOfDescription();

  /** {@return where the participation is stated, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return whether it was planned, confirmed, done, withdrawn or cancelled (format 1.1)} */
  public abstract Optional<PlanStatus> getStatus();

  /** {@return how many make up the group, when a group takes part (format 1.1)} */
  public abstract Optional<@Valid GroupCount> getGroupCount();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Participation}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableParticipation.Builder {
    Builder() {}
  }
}
