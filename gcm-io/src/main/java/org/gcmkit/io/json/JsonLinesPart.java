package org.gcmkit.io.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.Violation;

/**
 * What {@link GcmJson#readLinesPart} found in one part of a JSON Lines dataset, beyond the records
 * and violations that it handed over: for engines that read one file on many workers (gcm-beam).
 *
 * <p>A part is a run of whole lines of the file. It is read as {@link GcmJson#validateDataset}
 * reads the whole file, except for what needs the other parts: a record's pointer (its index among
 * the records of its type in the file), the line numbers (counted from the part's first line), and
 * the dataset rules (unique ids, resolved references, no loops), which the engine applies to the
 * parts' {@link PartRecord#links() links} with {@link org.gcmkit.validation.DatasetViolations}.
 *
 * @param linesLost whether a line could not be read: its record may be what a reference of the file
 *     means, so no reference of the file is reported unresolved, as on one machine
 * @param header the dataset's header line, canonical, when the part held it (the first part)
 * @param lines the lines that the part ends ("\n", "\r\n" and a lone "\r" each end one): the lines
 *     of the next part are numbered after them
 */
public record JsonLinesPart(boolean linesLost, Optional<String> header, long lines) {
  /**
   * Checks that no component is null.
   *
   * @param linesLost whether a line could not be read
   * @param header the header line, when the part held it
   * @param lines the lines that the part ends
   */
  public JsonLinesPart {
    Objects.requireNonNull(header, "header");
  }

  /**
   * One record of a part.
   *
   * @param type its type, from the line's {@code type}
   * @param line its line, counted from the part's first line (1)
   * @param violations the violations of its own rules, with pointers within the record (from "")
   *     and lines of the part
   * @param links its id and references, for the dataset rules; none when the line broke off inside
   *     the record (it still counts among the records of its type)
   * @param idLocation where its id is in the input (the place of a duplicate id)
   * @param idUnread whether its id could not be read (or the record has no links): a duplicate id
   *     would only repeat that, so it is not reported
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
      List<Reference> references,
      Optional<String> json) {
    /**
     * Checks that no component is null and copies the lists.
     *
     * @param type its type
     * @param line its line in the part
     * @param violations its own violations
     * @param links its id and references
     * @param idLocation where its id is
     * @param idUnread whether its id could not be read
     * @param references its references with their places
     * @param json its JSON Lines line, when it has no error of its own
     */
    public PartRecord {
      Objects.requireNonNull(type, "type");
      violations = List.copyOf(violations);
      Objects.requireNonNull(links, "links");
      Objects.requireNonNull(idLocation, "idLocation");
      references = List.copyOf(references);
      Objects.requireNonNull(json, "json");
    }
  }

  /**
   * A reference of a record with its place in the input.
   *
   * @param reference the id it refers to, its pointer within the record, and its chain property
   * @param location where it is, with lines of the part
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
