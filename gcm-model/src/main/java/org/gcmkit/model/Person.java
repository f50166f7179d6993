package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named person, with names in several scripts, other spellings, posts and contact points.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. No accessor returns null: absent
 * values are empty {@code Optional}s and lists are immutable, possibly empty.
 */
// from() copies from the record's own type only: a DatasetRecord cannot give the typed id.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Person implements DatasetRecord {
  Person() {}

  /** The person's id in its dataset. */
  @Override
  public abstract PersonId getId();

  /** {@return the name, keyed by language and script ({@code en}, {@code ru}, {@code ar})} */
  @Valid
  public abstract Text getName();

  /** {@return other spellings seen in sources ("Zeynal Hajivey"), in the order given} */
  public abstract List<@Valid Text> getAliases();

  /** {@return posts held, in the order given} */
  public abstract List<@Valid Post> getPosts();

  /** {@return contact points: personal data} */
  public abstract List<@Valid ContactPoint> getContacts();

  /** {@return where the person is mentioned, in the order given} */
  public abstract List<SourceId> getSources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this instance's values, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Person}; {@code build()} throws when a required value is missing. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
