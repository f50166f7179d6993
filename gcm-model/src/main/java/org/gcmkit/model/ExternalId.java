package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;

/**
 * An identifier of an actor in another register, such as {@code {scheme: "iso3166-1", value: "TM"}}
 * or a Wikidata item.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class ExternalId {
  ExternalId() {}

  /** {@return the register, for example {@code wikidata}} */
  @NotBlank
  public abstract String getScheme();

  /** {@return the identifier in that register} */
  @NotBlank
  public abstract String getValue();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ExternalId}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableExternalId.Builder {
    Builder() {}
  }
}
