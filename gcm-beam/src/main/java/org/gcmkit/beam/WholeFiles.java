package org.gcmkit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Sends JSON Lines files on to be cut into parts, CSV packages on to {@link Packages} (a zip
 * archive alone, the files of a folder grouped by folder), and validates every other file, a JSON
 * document, whole on one worker with {@link GcmJson}, all rules included: its records are only
 * found by parsing what comes before them. Many such files are still validated in parallel, one per
 * worker.
 */
final class WholeFiles extends DoFn<FileIO.ReadableFile, FileIO.ReadableFile> {
  private static final long serialVersionUID = 1L;

  static final TupleTag<FileIO.ReadableFile> JSON_LINES = new TupleTag<>() {};
  static final TupleTag<ReportEntry> ENTRIES = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> VALID = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> HEADERS = new TupleTag<>() {};

  /**
   * A CSV table or {@code datapackage.json}, keyed by its folder (the folder is one package), or a
   * zip archive, keyed by its own name.
   */
  static final TupleTag<KV<String, FileIO.ReadableFile>> PACKAGE_FILES = new TupleTag<>() {};

  private final Reading reading;
  private transient @Nullable GcmJson json;

  WholeFiles(Reading reading) {
    this.reading = reading;
  }

  @Setup
  public void setup() {
    // The pipeline's report is whole: every violation is kept.
    json = reading.json().withMaxViolations(Integer.MAX_VALUE);
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile f, MultiOutputReceiver out) throws IOException {
    String file = f.getMetadata().resourceId().toString();
    boolean zip = GcmCsv.isZip(file);
    // A compressed file (x.jsonl.gz) is of the form its name says without the compression's.
    String form =
        zip || f.getCompression() == Compression.UNCOMPRESSED
            ? file
            : file.substring(0, Math.max(0, file.lastIndexOf('.')));
    if (GcmJson.isJsonLines(form)) {
      out.get(JSON_LINES).output(f);
      return;
    }
    if (zip) {
      out.get(PACKAGE_FILES).output(KV.of(file, f));
      return;
    }
    if (isPackageFile(form)) {
      out.get(PACKAGE_FILES)
          .output(KV.of(f.getMetadata().resourceId().getCurrentDirectory().toString(), f));
      return;
    }
    GcmJson reader = java.util.Objects.requireNonNull(json, "set up");
    ReadResult<Dataset> read;
    try (InputStream in = Channels.newInputStream(f.open())) {
      read = reader.readDataset(in, file);
    }
    emit(file, read, reader, out);
  }

  /** Whether a file is part of a CSV package folder: a table, or the package's descriptor. */
  static boolean isPackageFile(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.equals("datapackage.json")
        || base.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  /** Hands on the report of {@code input}, its header, and its records that have no error. */
  private static void emit(
      String input, ReadResult<Dataset> read, GcmJson writer, MultiOutputReceiver out) {
    // The records with an error at or below their pointer, looked up once per record.
    Set<String> rejected = new HashSet<>();
    for (Violation v : read.getReport().getViolations()) {
      out.get(ENTRIES).output(ReportEntry.of(input, v));
      if (v.getSeverity() == Severity.ERROR) {
        rejected.add(DatasetJoins.recordOf(v.getPointer()));
      }
    }
    if (read.getValue().isEmpty()) {
      return;
    }
    Dataset dataset = read.getValue().get();
    out.get(HEADERS).output(KV.of(input, writer.writeHeaderLine(dataset)));
    for (RecordType t : RecordType.values()) {
      List<?> records = t.recordsOf(dataset);
      for (int i = 0; i < records.size(); i++) {
        if (!rejected.contains(Positions.recordPointer(Wire.typeNumber(t), i))) {
          out.get(VALID).output(KV.of(input, writer.writeLine(records.get(i))));
        }
      }
    }
  }
}
