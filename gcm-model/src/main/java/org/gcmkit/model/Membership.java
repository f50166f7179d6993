package org.gcmkit.model;

import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.ChronologicalOrder;
import org.immutables.value.Value;

/**
 * An actor's membership of a group {@link Actor}, such as a ministry in a working group, with its
 * role and period.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@ChronologicalOrder
public abstract class Membership implements Period {
  Membership() {}

  /** {@return the member} */
  public abstract ActorId getMember();

  /** {@return its role in the group} */
  public abstract MembershipRole getRole();

  /** When the membership began. */
  @Override
  public abstract Optional<PartialDate> getStart();

  /** When the membership ended. */
  @Override
  public abstract Optional<PartialDate> getEnd();

  /** {@return where the membership is stated, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Membership}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
