package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.ChronologicalOrder;
import org.gcmkit.validation.constraints.CountryCode;
import org.immutables.value.Value;

/**
 * A post a person holds: a title in an organisation, possibly for some countries, with its period.
 * A person can hold several posts at once and over time.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@ChronologicalOrder
public abstract class Post implements Period {
  Post() {}

  /**
   * {@return the title, in each language a source gives it; language versions of one source may
   * differ ("Менеджер проектов", "Program Associate")}
   */
  @Valid
  public abstract Text getTitle();

  /** {@return the organisation the post belongs to} */
  public abstract Optional<ActorId> getOrganisation();

  /** {@return ISO 3166-1 alpha-2 codes of the countries the post covers, in the order given} */
  public abstract List<@CountryCode String> getCountries();

  /** When the person took up the post. */
  @Override
  public abstract Optional<PartialDate> getStart();

  /** When the person left the post. */
  @Override
  public abstract Optional<PartialDate> getEnd();

  /**
   * {@return dates on which a source shows the person in the post, when start and end are unknown,
   * in the order given}
   */
  public abstract List<PartialDate> getObservedOn();

  /** {@return where the post is stated, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Post}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }
}
