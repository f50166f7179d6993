package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.gcmkit.validation.constraints.WebAddress;
import org.immutables.value.Value;

/**
 * How to join a meeting remotely: a description ("video conferencing") or an address.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@OneOfPresent({"description", "url"})
public abstract class VirtualLocation {
  VirtualLocation() {}

  /** {@return the platform or medium} */
  public abstract Optional<@Valid Text> getDescription();

  /** {@return the address to join at} */
  public abstract Optional<@WebAddress String> getUrl();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link VirtualLocation}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableVirtualLocation.Builder {
    Builder() {}
  }
}
