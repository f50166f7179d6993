package org.gcmkit.model;

/**
 * Identifies a {@link Source} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record SourceId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public SourceId {
    Ids.check(value, RecordType.SOURCE);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.SOURCE;
  }

  @Override
  public String toString() {
    return value;
  }
}
