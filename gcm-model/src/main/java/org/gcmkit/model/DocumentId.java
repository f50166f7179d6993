package org.gcmkit.model;

/**
 * Identifies a {@link Document} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record DocumentId(String value) implements RecordId {

  /** Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value. */
  public DocumentId {
    Ids.check(value, RecordType.DOCUMENT);
  }

  /** Returns the id with the given value. */
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
