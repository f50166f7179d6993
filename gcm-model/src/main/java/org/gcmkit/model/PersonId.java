package org.gcmkit.model;

/**
 * Identifies a {@link Person} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record PersonId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public PersonId {
    Ids.check(value, RecordType.PERSON);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.PERSON;
  }

  @Override
  public String toString() {
    return value;
  }
}
