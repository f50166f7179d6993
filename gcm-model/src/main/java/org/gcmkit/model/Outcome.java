package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A result of a meeting, possibly pointing at what it produced.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /** {@return what kind of result} */
  public abstract OutcomeKind getKind();

  /** {@return the result, described} */
  @Valid
  public abstract Text getDescription();

  /** {@return a project launched} */
  public abstract Optional<ProjectId> getProject();

  /** {@return a document adopted, launched or to be written} */
  public abstract Optional<DocumentId> getDocument();

  /** {@return a meeting proposed or agreed} */
  public abstract Optional<MeetingId> getMeeting();

  /** {@return what the result is about, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Outcome}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
