package org.gcmkit.model;

/**
 * A record that a {@link Dataset} lists at its top level, such as a {@link Meeting}: one of the
 * types {@link RecordType} names, each with an id of its own type.
 */
public interface DatasetRecord {
  /** {@return the record's id, unique among the dataset's records of its type} */
  RecordId getId();
}
