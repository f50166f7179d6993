package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A value that one source gives for a field where sources disagree, so that conflicting accounts
 * are kept with their sources instead of one being chosen silently. The record keeps its own value
 * of the field (or none); each claim says what one source says.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
public abstract class Claim {
  Claim() {}

  /** {@return the field the claim is about, as named in files, for example {@code format}} */
  @NotBlank
  @Pattern(regexp = "[a-z][A-Za-z]*", message = "must be a field name")
  public abstract String getProperty();

  /** {@return the value as written in files, for example {@code online}} */
  @NotBlank
  public abstract String getValue();

  /** {@return the source that says so} */
  public abstract SourceId getSource();

  /** {@return a remark, such as the words of the source} */
  public abstract Optional<@Valid Text> getNote();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Claim}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
