package org.gcmkit.model;

/**
 * Identifies a {@link Actor} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record ActorId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public ActorId {
    Ids.check(value, RecordType.ACTOR);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.ACTOR;
  }

  @Override
  public String toString() {
    return value;
  }
}
