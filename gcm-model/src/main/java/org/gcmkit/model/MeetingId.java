package org.gcmkit.model;

/**
 * Identifies a {@link Meeting} within a {@link Dataset}. Immutable; the value is never null and
 * always well-formed (see {@link RecordId}).
 *
 * @param value the id as written in files
 */
public record MeetingId(String value) implements RecordId {

  /**
   * Checks the syntax; throws {@link IllegalArgumentException} naming a malformed value.
   *
   * @param value the value as written in files
   */
  public MeetingId {
    Ids.check(value, RecordType.MEETING);
  }

  /**
   * {@return the id with the given value}
   *
   * @param value the value as written in files
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  @Override
  public RecordType type() {
    return RecordType.MEETING;
  }

  @Override
  public String toString() {
    return value;
  }
}
