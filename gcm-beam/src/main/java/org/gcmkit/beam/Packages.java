package org.gcmkit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.gcmkit.beam.JsonLinesParts.LocalEntry;
import org.gcmkit.beam.JsonLinesParts.LocalRecord;
import org.gcmkit.beam.JsonLinesParts.PartStats;
import org.gcmkit.io.PartRecord;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Reads each CSV data package, a zip archive or the matched files of a folder, on one worker with
 * {@link GcmCsv#readRecords}, and hands its records on as one part: the records' own rules are
 * checked here, the dataset rules are the keyed joins that JSON Lines parts go through. One worker
 * reads a package because a record's rows are spread over its tables (a meeting's participations
 * are in {@code meetings-participations.csv}), in the order of their parents; many packages are
 * read at once, one per worker.
 *
 * <p>The entries name the package as their input (the archive, or the folder with a trailing {@code
 * /}) and the package's file ({@code actors.csv}) as their file.
 */
final class Packages extends DoFn<KV<String, Iterable<FileIO.ReadableFile>>, LocalRecord> {
  private static final long serialVersionUID = 1L;

  private final Reading reading;
  private transient @Nullable GcmCsv csv;
  private transient @Nullable GcmJson json;

  Packages(Reading reading) {
    this.reading = reading;
  }

  @Setup
  public void setup() {
    csv = reading.csv();
    json = reading.json();
  }

  @ProcessElement
  public void process(
      @Element KV<String, Iterable<FileIO.ReadableFile>> pkg, MultiOutputReceiver out)
      throws IOException {
    long start = System.nanoTime();
    String input = pkg.getKey();
    GcmCsv reader = java.util.Objects.requireNonNull(csv, "set up");
    long[] counts = new long[RecordType.values().length];
    Consumer<PartRecord> records =
        r -> {
          int type = Wire.typeNumber(r.type());
          long index = counts[type]++;
          for (Violation v : r.violations()) {
            out.get(JsonLinesParts.ENTRIES)
                .output(new LocalEntry(input, 0, type, index, ReportEntry.of(input, v)));
          }
          out.get(JsonLinesParts.RECORDS).output(JsonLinesParts.local(input, 0, type, index, r));
        };
    Consumer<Violation> others =
        v -> {
          // An error outside the records (other than at the title) makes the package give no
          // dataset: then none of its records is valid, which the part's counts say.
          out.get(JsonLinesParts.ENTRIES)
              .output(new LocalEntry(input, 0, -1, 0, ReportEntry.of(input, v)));
        };
    Optional<Dataset> head;
    if (GcmCsv.isZip(input)) {
      // A zip archive is read as it is: FileIO would open its first entry instead.
      FileIO.ReadableFile zip = pkg.getValue().iterator().next();
      try (InputStream in =
          Channels.newInputStream(FileSystems.open(zip.getMetadata().resourceId()))) {
        head = reader.readRecords(in, input, records, others);
      }
    } else {
      head = readFolder(reader, pkg.getValue(), records, others);
    }
    GcmJson writer = java.util.Objects.requireNonNull(json, "set up");
    out.get(JsonLinesParts.STATS)
        .output(
            KV.of(
                input,
                new PartStats(
                    0,
                    0,
                    counts,
                    false,
                    head.map(writer::writeHeaderLine).orElse(null),
                    head.isEmpty())));
    Steps.READ_MILLIS.inc((System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Reads the matched files of a package folder: copied to a local temporary folder (Beam's file
   * systems give streams, gcm's package reader a folder), read, and removed.
   */
  private static Optional<Dataset> readFolder(
      GcmCsv reader,
      Iterable<FileIO.ReadableFile> files,
      Consumer<PartRecord> records,
      Consumer<Violation> others)
      throws IOException {
    Path local = Files.createTempDirectory("gcm-beam-package");
    try {
      for (FileIO.ReadableFile f : files) {
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
      return reader.readRecords(local, records, others);
    } finally {
      try (java.util.stream.Stream<Path> listed = Files.list(local)) {
        for (Path p : (Iterable<Path>) listed::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(local);
    }
  }
}
