package org.gcmkit.model;

/**
 * Identifies a {@link Figure} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record FigureId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public FigureId {
    Ids.check(value, RecordType.FIGURE);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static FigureId of(String value) {
    return new FigureId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.FIGURE;
  }

  @Override
  public String toString() {
    return value;
  }
}
