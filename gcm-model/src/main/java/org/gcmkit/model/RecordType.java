package org.gcmkit.model;

import java.util.Locale;

/**
 * The kinds of top-level record a {@link Dataset} holds, in the order datasets list them.
 *
 * <p>{@link #code()} is the name used in files: the {@code type} of a JSON Lines record and the
 * stem of a CSV file name.
 */
public enum RecordType {
  /** {@link Source}: a document the data was taken from. */
  SOURCE,
  /** {@link Actor}: a State, organisation, network, city or group. */
  ACTOR,
  /** {@link Person}: a named person with posts. */
  PERSON,
  /** {@link Document}: a declaration, resolution, plan, review or report. */
  DOCUMENT,
  /** {@link Project}: a project with implementers and funders. */
  PROJECT,
  /** {@link Meeting}: a meeting, event or series of them. */
  MEETING,
  /** {@link Figure}: a number with its context. */
  FIGURE;

  /** The lower-case name used in files. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
