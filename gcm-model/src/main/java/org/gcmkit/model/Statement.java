package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.immutables.value.Value;

/**
 * What a speaker said at a meeting, quoted or paraphrased.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@OneOfPresent({"person", "actor"})
public abstract class Statement {
  Statement() {}

  /** {@return the person speaking} */
  public abstract Optional<PersonId> getPerson();

  /** {@return the organisation speaking, or the person's organisation} */
  public abstract Optional<ActorId> getActor();

  /** {@return whether these are the speaker's words} */
  public abstract StatementKind getKind();

  /** {@return what was said} */
  @Valid
  public abstract Text getText();

  /** {@return what the statement is about, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Statement}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}
