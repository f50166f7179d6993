package org.gcmkit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
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
 * Sends JSON Lines files on to be cut into parts, and validates every other file whole on one
 * worker with gcm-io's readers, all rules included: a CSV data package as a zip archive, and a JSON
 * document (its records are only found by parsing what comes before them). Many such files are
 * still validated in parallel, one per worker.
 */
final class WholeFiles extends DoFn<FileIO.ReadableFile, FileIO.ReadableFile> {
  private static final long serialVersionUID = 1L;

  static final TupleTag<FileIO.ReadableFile> JSON_LINES = new TupleTag<>() {};
  static final TupleTag<ReportEntry> ENTRIES = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> VALID = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> HEADERS = new TupleTag<>() {};

  private final Reading reading;
  private transient @Nullable GcmJson json;
  private transient @Nullable GcmCsv csv;

  WholeFiles(Reading reading) {
    this.reading = reading;
  }

  @Setup
  public void setup() {
    // Every violation: the pipeline's report is whole, as the CLI's.
    json = reading.json().withMaxViolations(Integer.MAX_VALUE);
    csv = reading.csv().withMaxViolations(Integer.MAX_VALUE);
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
    GcmJson writer = java.util.Objects.requireNonNull(json, "set up");
    ReadResult<Dataset> read;
    // A zip archive is a package, read as it is: FileIO would open its first entry instead.
    try (InputStream in =
        Channels.newInputStream(zip ? FileSystems.open(f.getMetadata().resourceId()) : f.open())) {
      read =
          zip
              ? java.util.Objects.requireNonNull(csv, "set up").readDataset(in, file)
              : writer.readDataset(in, file);
    }
    // The records with an error at or below their pointer, looked up once per record.
    Set<String> rejected = new HashSet<>();
    for (Violation v : read.getReport().getViolations()) {
      out.get(ENTRIES).output(ReportEntry.of(file, v));
      if (v.getSeverity() == Severity.ERROR) {
        rejected.add(DatasetJoins.recordOf(v.getPointer()));
      }
    }
    if (read.getValue().isEmpty()) {
      return;
    }
    Dataset dataset = read.getValue().get();
    out.get(HEADERS).output(KV.of(file, writer.writeHeaderLine(dataset)));
    for (RecordType t : RecordType.values()) {
      List<?> records = t.recordsOf(dataset);
      for (int i = 0; i < records.size(); i++) {
        if (!rejected.contains(Positions.recordPointer(Wire.typeNumber(t), i))) {
          out.get(VALID).output(KV.of(file, writer.writeLine(records.get(i))));
        }
      }
    }
  }
}
