package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.gcmkit.validation.constraints.CountryCode;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.immutables.value.Value;

/**
 * Where a meeting is held or a document adopted: a named venue, a locality, a country, or any of
 * them.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@OneOfPresent({"name", "locality", "country"})
public abstract class Place {
  Place() {}

  /** {@return the venue, such as "United Nations Headquarters"} */
  public abstract Optional<@Valid Text> getName();

  /** {@return the city or town} */
  public abstract Optional<@Valid Text> getLocality();

  /** {@return the ISO 3166-1 alpha-2 code of the country} */
  public abstract Optional<@CountryCode String> getCountry();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Place}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutablePlace.Builder {
    Builder() {}
  }
}
