package org.gcmkit.model;

/**
 * The identifier of a top-level record in a {@link Dataset}; each record type has its own id type,
 * so a reference to a person can never be filled with a meeting's id.
 *
 * <p>Ids are 1 to 128 characters of ASCII letters, digits and {@code . _ : -}, starting with a
 * letter or digit. Implementations are immutable records; none accepts null.
 */
public sealed interface RecordId
    permits ActorId, PersonId, MeetingId, DocumentId, ProjectId, FigureId, SourceId, PledgeId {

  /** {@return the id as written in files} */
  String value();

  /** {@return the record type this id names, as used in JSON Lines and in the CSV file names} */
  RecordType type();
}
