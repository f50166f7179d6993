package org.gcmkit.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.Violation;

/**
 * One record as a reader hands it to an engine that applies the dataset rules itself (gcm-beam):
 * read and checked against its own rules, with what the dataset rules (unique ids, resolved
 * references, no loops) need of it. {@link org.gcmkit.io.json.GcmJson#readLinesPart} gives the
 * records of a run of JSON Lines, {@link org.gcmkit.io.csv.GcmCsv#readRecords} those of a CSV
 * package; the engine applies {@link org.gcmkit.validation.DatasetViolations} to their links.
 *
 * @param type its type
 * @param line its line: in a JSON Lines part counted from the part's first line (1), in a CSV
 *     package the line of its row in its table; it orders the records of a type as the input does
 * @param violations the violations of its own rules, with pointers within the record (from "")
 * @param links its id and references, for the dataset rules; none when the record could not be read
 *     whole (it still counts among the records of its type, and takes its index)
 * @param idLocation where its id is in the input (the place of a duplicate id)
 * @param idUnread whether its id could not be read (or the record has no links): a duplicate id
 *     would only repeat that, so it is not reported
 * @param brokenId the id of a record that has no links but whose id was read (a CSV row whose other
 *     cells could not be made into a record): a reference to it is not reported unresolved, as the
 *     record is there but broken, and the id takes no part in the unique-id rule
 * @param references its references but those whose value could not be read, where they are
 * @param json the record as a JSON Lines line (without the line end) when it has no error of its
 *     own, for the valid records' output
 */
public record PartRecord(
    RecordType type,
    long line,
    List<Violation> violations,
    Optional<StreamValidator.Links> links,
    Location idLocation,
    boolean idUnread,
    Optional<String> brokenId,
    List<Reference> references,
    Optional<String> json) {
  /**
   * Checks that no component is null and copies the lists.
   *
   * @param type its type
   * @param line its line
   * @param violations its own violations
   * @param links its id and references
   * @param idLocation where its id is
   * @param idUnread whether its id could not be read
   * @param brokenId the id of a record that could not be read whole
   * @param references its references with their places
   * @param json its JSON Lines line, when it has no error of its own
   */
  public PartRecord {
    Objects.requireNonNull(type, "type");
    violations = List.copyOf(violations);
    Objects.requireNonNull(links, "links");
    Objects.requireNonNull(idLocation, "idLocation");
    Objects.requireNonNull(brokenId, "brokenId");
    references = List.copyOf(references);
    Objects.requireNonNull(json, "json");
  }

  /**
   * A reference of a record with its place in the input.
   *
   * @param reference the id it refers to, its pointer within the record, and its chain property
   * @param location where it is (in a CSV package, the table and line of its cell)
   */
  public record Reference(StreamValidator.Reference reference, Location location) {
    /**
     * Checks that no component is null.
     *
     * @param reference the reference
     * @param location where it is
     */
    public Reference {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(location, "location");
    }
  }
}
