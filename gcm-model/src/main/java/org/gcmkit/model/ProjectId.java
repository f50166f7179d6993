package org.gcmkit.model;

/**
 * Identifies a {@link Project} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record ProjectId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public ProjectId {
    Ids.check(value, RecordType.PROJECT);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static ProjectId of(String value) {
    return new ProjectId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.PROJECT;
  }

  @Override
  public String toString() {
    return value;
  }
}
