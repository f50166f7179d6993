package org.gcmkit.model;

import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many make up a group that is not named one by one (format 1.1): "more than 100 mayors from 40
 * countries".
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class GroupCount {
  GroupCount() {}

  /** {@return how many members} */
  @PositiveOrZero
  public abstract BigDecimal getCount();

  /** {@return how exact the count is: exactly, about, more than...} */
  public abstract Optional<FigureQualifier> getQualifier();

  /** {@return how many countries the members come from} */
  public abstract Optional<@PositiveOrZero BigDecimal> getCountries();

  /** {@return whether the data also names the members one by one: all, some or none} */
  public abstract Optional<NamedMembers> getNamed();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link GroupCount}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableGroupCount.Builder {
    Builder() {}
  }
}
