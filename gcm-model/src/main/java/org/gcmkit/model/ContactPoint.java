package org.gcmkit.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.gcmkit.validation.constraints.WebAddress;
import org.immutables.value.Value;

/**
 * How to reach a person. Contact points are personal data: keep them out of published datasets
 * unless the person made them public, and see {@link Dataset#withoutPersonalData()}.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
@Value.Immutable
@OneOfPresent({"email", "phone", "url"})
public abstract class ContactPoint {
  ContactPoint() {}

  /** {@return an e-mail address} */
  public abstract Optional<@Email String> getEmail();

  /**
   * {@return a phone number, digits with optional {@code +}, spaces, dots, hyphens and brackets}
   */
  public abstract Optional<
          @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{3,30}", message = "must be a phone number")
          String>
      getPhone();

  /** {@return a web address} */
  public abstract Optional<@WebAddress String> getUrl();

  /** {@return where the contact point was published, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ContactPoint}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutableContactPoint.Builder {
    Builder() {}
  }
}
