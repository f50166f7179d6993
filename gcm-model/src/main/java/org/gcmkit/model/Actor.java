package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.CountryCode;
import org.gcmkit.validation.constraints.StateHasCountry;
import org.immutables.value.Value;

/**
 * A State, organisation, network, city, group or other body that acts in the GCM world.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
@StateHasCountry
public abstract class Actor implements DatasetRecord {
  Actor() {}

  /** The actor's id in its dataset. */
  @Override
  public abstract ActorId getId();

  /** {@return what kind of actor this is} */
  public abstract ActorKind getKind();

  /** {@return the name, in one or more languages} */
  @Valid
  public abstract Text getName();

  /** {@return acronyms and other names seen in sources ("IOM", "МОМ"), in the order given} */
  public abstract List<@Valid Text> getAliases();

  /**
   * {@return the ISO 3166-1 alpha-2 code of the State this actor is or belongs to; required for a
   * {@link ActorKind#STATE}}
   */
  public abstract Optional<@CountryCode String> getCountry();

  /** {@return the body this one is part of: a committee's ministry, UCLG-MEWA's UCLG} */
  public abstract Optional<ActorId> getParent();

  /** {@return identifiers in other registers, in the order given} */
  public abstract List<@Valid ExternalId> getIdentifiers();

  /** {@return the members of a group, network or working group, in the order given} */
  public abstract List<@Valid Membership> getMembers();

  /** {@return when the actor was set up or began to operate} */
  public abstract Optional<PartialDate> getFounded();

  /** {@return a short description} */
  public abstract Optional<@Valid Text> getDescription();

  /** {@return where the actor is mentioned, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Actor}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
