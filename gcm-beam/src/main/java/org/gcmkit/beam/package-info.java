/**
 * gcm validation as an Apache Beam pipeline: {@link org.gcmkit.beam.GcmValidation} validates gcm
 * datasets in JSON Lines files (and CSV packages, as zip archives or folders, and JSON documents)
 * on any Beam runner, and gives the same violations as {@code gcm validate} on each file.
 *
 * <p>How it works: each JSON Lines file is cut into parts of whole lines, which workers read in
 * parallel with gcm-io's reader (parse, bind, the records' own rules); a CSV package is read by one
 * worker as one part, as its records' rows are spread over its tables; the parts' counts of lines
 * and records number what they found as the whole file would; the dataset rules are keyed joins on
 * ids (duplicate ids, unresolved references) and, for loops of {@code partOf}/{@code parent}, a
 * walk of the chain links of one file and type. Values cross workers in gcm's own encodings ({@link
 * org.gcmkit.beam.ReportEntry#coder()}, JSON Lines text), never Java serialisation.
 */
@NullMarked
package org.gcmkit.beam;

import org.jspecify.annotations.NullMarked;
