package org.gcmkit.io.json;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link GcmJson#readLinesPart} found in one part of a JSON Lines dataset, beyond the records
 * and violations that it handed over: for engines that read one file on many workers (gcm-beam).
 *
 * <p>A part is a run of whole lines of the file. It is read as {@link GcmJson#validateDataset}
 * reads the whole file, except for what needs the other parts: a record's pointer (its index among
 * the records of its type in the file), the line numbers (counted from the part's first line), and
 * the dataset rules (unique ids, resolved references, no loops), which the engine applies to the
 * parts' {@link org.gcmkit.io.PartRecord#links() links} with {@link
 * org.gcmkit.validation.DatasetViolations}.
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
}
