package org.gcmkit.model;

/**
 * Identifies a {@link Document} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record DocumentId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public DocumentId {
    Ids.check(value, RecordType.DOCUMENT);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.DOCUMENT;
  }

  @Override
  public String toString() {
    return value;
  }
}
