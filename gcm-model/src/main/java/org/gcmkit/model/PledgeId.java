package org.gcmkit.model;

/**
 * Identifies a {@link Pledge} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record PledgeId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public PledgeId {
    Ids.check(value, RecordType.PLEDGE);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static PledgeId of(String value) {
    return new PledgeId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.PLEDGE;
  }

  @Override
  public String toString() {
    return value;
  }
}
