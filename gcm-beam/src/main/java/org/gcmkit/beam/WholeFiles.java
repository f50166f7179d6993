package org.gcmkit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.Violation;

/**
 * Sends JSON Lines files on to be cut into parts, the files of CSV package folders on to be grouped
 * by folder, and validates every other file whole on one worker with gcm-io's readers, all rules
 * included: a CSV data package as a zip archive, and a JSON document (its records are only found by
 * parsing what comes before them). Many such files are still validated in parallel, one per worker.
 */
final class WholeFiles extends ReadsWhole<FileIO.ReadableFile, FileIO.ReadableFile> {
  private static final long serialVersionUID = 1L;

  static final TupleTag<FileIO.ReadableFile> JSON_LINES = new TupleTag<>() {};
  static final TupleTag<ReportEntry> ENTRIES = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> VALID = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> HEADERS = new TupleTag<>() {};

  /** A CSV table or {@code datapackage.json}, keyed by its folder: the folder is one package. */
  static final TupleTag<KV<String, FileIO.ReadableFile>> PACKAGE_FILES = new TupleTag<>() {};

  WholeFiles(Reading reading) {
    super(reading);
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
    if (isPackageFile(form)) {
      out.get(PACKAGE_FILES)
          .output(KV.of(f.getMetadata().resourceId().getCurrentDirectory().toString(), f));
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
    emit(file, read, writer, out);
  }

  /** Whether a file is part of a CSV package folder: a table, or the package's descriptor. */
  static boolean isPackageFile(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.equals("datapackage.json")
        || base.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  /** Hands on the report of {@code input}, its header, and its records that have no error. */
  static void emit(
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

  /**
   * Validates each CSV package folder whole on one worker, as {@code gcm validate folder} does: the
   * folder's matched files are copied to a local temporary folder (Beam's file systems give
   * streams, gcm's package reader a folder), read with gcm-io, and removed. The entries name the
   * folder as their input and the package's file ({@code actors.csv}) as their file.
   */
  static final class Folders
      extends ReadsWhole<KV<String, Iterable<FileIO.ReadableFile>>, ReportEntry> {
    private static final long serialVersionUID = 1L;

    Folders(Reading reading) {
      super(reading);
    }

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<FileIO.ReadableFile>> folder, MultiOutputReceiver out)
        throws IOException {
      Path local = Files.createTempDirectory("gcm-beam-package");
      try {
        for (FileIO.ReadableFile f : folder.getValue()) {
          String name =
              java.util.Objects.requireNonNull(
                  f.getMetadata().resourceId().getFilename(), "a file name");
          // A compressed table (actors.csv.gz) is opened decompressed, under its table's name.
          if (f.getCompression() != Compression.UNCOMPRESSED) {
            name = name.substring(0, Math.max(0, name.lastIndexOf('.')));
          }
          try (InputStream in = Channels.newInputStream(f.open())) {
            Files.copy(in, local.resolve(name));
          }
        }
        ReadResult<Dataset> read =
            java.util.Objects.requireNonNull(csv, "set up").readDataset(local);
        emit(folder.getKey(), read, java.util.Objects.requireNonNull(json, "set up"), out);
      } finally {
        try (java.util.stream.Stream<Path> files = Files.list(local)) {
          for (Path p : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(p);
          }
        }
        Files.deleteIfExists(local);
      }
    }
  }
}
