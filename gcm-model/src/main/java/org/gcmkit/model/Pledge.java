package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pledge: a measurable commitment to advance the implementation of one or more of the Compact's
 * objectives or guiding principles, as pledging at the International Migration Review Forum works
 * (format 1.1). Made by one or more pledgers with partners; financial, human resources, process or
 * policy; it may match another pledge.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Pledge implements DatasetRecord {
  Pledge() {}

  /** The pledge's id in its dataset. */
  @Override
  public abstract PledgeId getId();

  /** {@return the title} */
  @Valid
  public abstract Text getTitle();

  /** {@return the actors that made it, in the order given: one, or several for a joint pledge} */
  @NotEmpty
  public abstract List<ActorId> getPledgers();

  /** {@return the actors it is made in partnership with, in the order given} */
  public abstract List<ActorId> getPartners();

  /** {@return its forms: financial, human resources, process, policy} */
  public abstract List<PledgeForm> getForms();

  /** {@return the objectives and guiding principles it serves, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return the pledge it matches} */
  public abstract Optional<PledgeId> getMatches();

  /** {@return where it stands} */
  public abstract Optional<PledgeStatus> getStatus();

  /** {@return the period it covers} */
  public abstract Optional<@Valid DateSpan> getPeriod();

  /** {@return when it was made} */
  public abstract Optional<PartialDate> getDate();

  /** {@return the meeting where it was made, such as a review forum} */
  public abstract Optional<MeetingId> getMeeting();

  /** {@return its text} */
  public abstract Optional<@Valid Text> getText();

  /** {@return where it is published, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Pledge}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutablePledge.Builder {
    Builder() {}
  }
}
