package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.CountryCode;
import org.immutables.value.Value;

/**
 * A project: who implements, supports and funds it, where, when and to what end.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Project implements DatasetRecord {
  Project() {}

  /** The project's id in its dataset. */
  @Override
  public abstract ProjectId getId();

  /** {@return the title} */
  @Valid
  public abstract Text getTitle();

  /** {@return who carries it out, in the order given} */
  public abstract List<ActorId> getImplementers();

  /** {@return who supports it, in the order given} */
  public abstract List<ActorId> getPartners();

  /** {@return who funds it, in the order given} */
  public abstract List<ActorId> getFunders();

  /** {@return ISO 3166-1 alpha-2 codes of the countries it covers, in the order given} */
  public abstract List<@CountryCode String> getCountries();

  /** {@return when it was launched} */
  public abstract Optional<PartialDate> getLaunched();

  /** {@return the period it runs} */
  public abstract Optional<@Valid DateSpan> getPeriod();

  /** {@return what it addresses, in the order given} */
  public abstract List<@Valid Subject> getSubjects();

  /** {@return its aims} */
  public abstract Optional<@Valid Text> getDescription();

  /** {@return where it is mentioned, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Project}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
