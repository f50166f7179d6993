package org.gcmkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.gcmkit.io.PartRecord;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.InOrder;
import org.gcmkit.io.internal.Problems;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Reads, validates and writes a {@link Dataset} as a CSV data package: one CSV file per record
 * type, child tables for lists of nested objects and texts, and a Frictionless {@code
 * datapackage.json} describing them. The form is described in {@code docs/csv-format.md}.
 *
 * <p>Reading reports every problem in one {@link ValidationReport}, format and model rules alike,
 * each located by file, line, column and header. Writing is deterministic and atomic.
 *
 * <p>Immutable and thread-safe; configured by copy. No method accepts or returns null.
 *
 * <pre>{@code
 * GcmCsv csv = GcmCsv.create();
 * csv.writeDataset(dataset, Path.of("out"));
 * ReadResult<Dataset> read = csv.readDataset(Path.of("out"));
 * }</pre>
 */
public final class GcmCsv {
  private static final PackageWriter.Hook NO_HOOK = file -> {};

  private final GcmValidator validator;
  private final PackageWriter.Hook hook;
  private final int maxViolations;
  private final ProgressListener progress;
  private final int threads;

  private GcmCsv(
      GcmValidator validator,
      PackageWriter.Hook hook,
      int maxViolations,
      ProgressListener progress,
      int threads) {
    this.validator = validator;
    this.hook = hook;
    this.maxViolations = maxViolations;
    this.progress = progress;
    this.threads = threads;
  }

  /**
   * A reader and writer that validates with {@link GcmValidator#create()} and keeps at most {@value
   * ValidationReport#DEFAULT_MAX_VIOLATIONS} violations in a report.
   *
   * @return a reader and writer with the defaults
   */
  public static GcmCsv create() {
    return new GcmCsv(
        GcmValidator.create(),
        NO_HOOK,
        ValidationReport.DEFAULT_MAX_VIOLATIONS,
        ProgressListener.none(),
        1);
  }

  /**
   * A copy whose reports keep the first {@code maxViolations} violations found and count the rest
   * by code (see {@link ValidationReport#isTruncated()}), so that a package with millions of
   * problems is checked in bounded memory.
   *
   * @param maxViolations how many violations a report keeps at most
   * @return the copy
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public GcmCsv withMaxViolations(int maxViolations) {
    Problems.checkMaxViolations(maxViolations);
    return new GcmCsv(validator, hook, maxViolations, progress, threads);
  }

  /**
   * {@return a copy that tells {@code listener} how far reading a package has come: after every
   * thousand records and after each table, with the bytes of the tables read whole so far of the
   * bytes of every table the package lists}
   *
   * @param listener the listener, called on the thread that reads
   */
  public GcmCsv withProgress(ProgressListener listener) {
    return new GcmCsv(
        validator, hook, maxViolations, Objects.requireNonNull(listener, "listener"), threads);
  }

  /**
   * {@return a copy that reads packages on {@code threads} threads: the calling thread gathers each
   * record with its child rows; the others decode and check parts of a few hundred records; the
   * calling thread merges the parts in input order, so that the report is the one a single thread
   * gives, violation for violation}
   *
   * <p>With more than one thread, two kinds of helper thread take the rest of the calling thread's
   * reading, so that it does not hold the others back: each table over 256 KB is tokenised a few
   * hundred rows ahead on a thread of its own, and the first pass over a table with child tables
   * (its ids) runs while the table before it is read. They are daemon threads, ended when the read
   * ends; their work is what the calling thread does itself on one thread.
   *
   * <p>The default is 1: the calling thread alone, as a library should not start threads unless
   * asked.
   *
   * @param threads the number of threads, at least 1
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public GcmCsv withThreads(int threads) {
    InOrder.checkThreads(threads);
    return new GcmCsv(validator, hook, maxViolations, progress, threads);
  }

  /**
   * The number of threads that read a package.
   *
   * @return the number set by {@link #withThreads}, or 1
   */
  public int getThreads() {
    return threads;
  }

  /**
   * How many violations a report keeps at most.
   *
   * @return the bound set by {@link #withMaxViolations}
   */
  public int getMaxViolations() {
    return maxViolations;
  }

  /**
   * A copy that checks the model's rules with {@code validator} when reading and validating, so
   * that an application's own constraints and rules (see {@link GcmValidator#using}) are reported
   * with the format's problems, located by file, line and column.
   *
   * @param validator the validator of every record read
   * @return the copy
   */
  public GcmCsv withValidator(GcmValidator validator) {
    return new GcmCsv(
        Objects.requireNonNull(validator, "validator"), hook, maxViolations, progress, threads);
  }

  /**
   * A copy that calls {@code hook} after writing each file to the temporary folder and moving it.
   */
  GcmCsv withWriteHook(PackageWriter.Hook hook) {
    return new GcmCsv(
        validator, Objects.requireNonNull(hook, "hook"), maxViolations, progress, threads);
  }

  /**
   * Reads the package in a folder, of its {@code datapackage.json}, or in a zip archive ({@link
   * #isZip}), into a dataset, with the report of every problem found. An archive holds the package
   * at its root or in its only folder; one that is no zip archive or is damaged is reported as
   * {@code package.invalid}.
   *
   * @param input the package folder, its {@code datapackage.json}, or a {@code .zip} archive of it
   * @return the dataset, if it could be read, and the report of every problem found
   * @throws UncheckedIOException when the folder or a file in it cannot be read
   */
  public ReadResult<Dataset> readDataset(Path input) {
    Objects.requireNonNull(input, "input");
    return dataset(sink -> read(input, sink));
  }

  /**
   * Reads and validates a package from the bytes of a zip archive, as {@link #readDataset(Path)}
   * reads an archive of that name. The bytes are kept in a temporary file while they are read, as a
   * zip archive's index is at its end. The stream is not closed.
   *
   * @param zip the bytes of a zip archive of the package
   * @param sourceName the name of the archive, which the report gives for problems of the archive
   * @return the dataset, if it could be read, and the report of every problem found
   * @throws UncheckedIOException when the stream cannot be read or the temporary file written
   */
  public ReadResult<Dataset> readDataset(InputStream zip, String sourceName) {
    Objects.requireNonNull(zip, "zip");
    Objects.requireNonNull(sourceName, "sourceName");
    return dataset(sink -> read(zip, sourceName, sink));
  }

  private ReadResult<Dataset> dataset(
      java.util.function.Function<PackageReader.Sink, PackageReader.Outcome> reading) {
    Map<RecordType, List<Object>> records = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      records.put(t, new ArrayList<>());
    }
    PackageReader.Outcome outcome =
        reading.apply((type, r) -> records.computeIfAbsent(type, k -> new ArrayList<>()).add(r));
    ValidationReport report = outcome.problems.report();
    if (outcome.problems.isMalformed()) {
      return ReadResult.of(Optional.empty(), report, outcome.version);
    }
    Dataset.Builder b = Dataset.builder();
    outcome.title.ifPresent(b::title);
    Shape shape = Shape.of(Dataset.class);
    for (Map.Entry<RecordType, List<Object>> e : records.entrySet()) {
      shape.property(e.getKey().listName()).orElseThrow().set(b, e.getValue());
    }
    return ReadResult.of(Optional.of(b.build()), report, outcome.version);
  }

  /**
   * Validates the package in a folder, of its {@code datapackage.json}, or in a zip archive,
   * reading each file row by row: memory grows with the number of ids, not with the size of the
   * records. The report is the one {@link #readDataset(Path)} gives.
   *
   * @param input the package folder, its {@code datapackage.json}, or a {@code .zip} archive of it
   * @return the report of every problem found
   * @throws UncheckedIOException when the folder or a file in it cannot be read
   */
  public ValidationReport validateDataset(Path input) {
    Objects.requireNonNull(input, "input");
    return read(input, null).problems.report();
  }

  /**
   * Validates a package from the bytes of a zip archive, as {@link #validateDataset(Path)}
   * validates an archive of that name. The stream is not closed.
   *
   * @param zip the bytes of a zip archive of the package
   * @param sourceName the name of the archive, which the report gives for problems of the archive
   * @return the report of every problem found
   * @throws UncheckedIOException when the stream cannot be read or the temporary file written
   */
  public ValidationReport validateDataset(InputStream zip, String sourceName) {
    Objects.requireNonNull(zip, "zip");
    Objects.requireNonNull(sourceName, "sourceName");
    return read(zip, sourceName, null).problems.report();
  }

  /**
   * Writes {@code dataset} as a package: into the folder {@code output}, created if needed, or as a
   * zip archive when {@code output} ends in {@code .zip} ({@link #isZip}). Into a folder: every
   * table and {@code datapackage.json}, replacing files of the same names, written to a temporary
   * folder next to it and then moved into place, so a failed write leaves the old files intact. An
   * archive is written whole to a temporary file and moved over the old one. The same dataset
   * always gives the same bytes.
   *
   * @param dataset the dataset to write
   * @param output the package folder, created if needed, or a {@code .zip} file
   * @throws IOException when a file cannot be written; the temporary file or folder is removed
   */
  public void writeDataset(Dataset dataset, Path output) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(output, "output");
    if (isZip(output)) {
      ZipPackage.write(dataset, output);
    } else {
      PackageWriter.write(dataset, output, hook);
    }
  }

  /**
   * Whether {@code path} names a zip archive of a package, which the readers and the writer take
   * for one: its name ends in {@code .zip}, in any case.
   *
   * @param path the path
   * @return whether it names a zip archive
   */
  public static boolean isZip(Path path) {
    return ZipPackage.isZip(path);
  }

  /**
   * Whether {@code name} names a zip archive of a package, as {@link #isZip(Path)} decides, for a
   * name that is not a local path (an object in a bucket, an archive's entry).
   *
   * @param name the name
   * @return whether it ends in {@code .zip}, in any case
   */
  public static boolean isZip(String name) {
    return ZipPackage.isZip(Objects.requireNonNull(name, "name"));
  }

  /**
   * The {@code datapackage.json} text that {@link #writeDataset} writes for {@code dataset}.
   *
   * @param dataset the dataset
   * @return the descriptor text
   */
  public String descriptor(Dataset dataset) {
    Objects.requireNonNull(dataset, "dataset");
    return Objects.requireNonNull(
        PackageWriter.render(dataset).get(Descriptor.FILE), "render always gives the descriptor");
  }

  /**
   * Reads a package for an engine that applies the dataset rules itself (gcm-beam): each record is
   * read and checked against its own rules as {@link #validateDataset(Path)} checks it, and handed
   * to {@code records} with its own violations (pointers from the record), its id and references
   * with their places, and its JSON Lines form when it has no error of its own; every other
   * violation (of a header, a row that belongs to no record, the descriptor, an archive) goes to
   * {@code others}. The unique ids, resolved references and loops are left to the engine, which
   * applies {@link org.gcmkit.validation.DatasetViolations} to the records' links; with them, the
   * report is the one {@link #validateDataset(Path)} gives. A reference to a table that the
   * descriptor lists but that is not read is not handed over: the descriptor's violation counts it,
   * as there. Every violation is handed over, whatever {@link #withMaxViolations} says.
   *
   * @param input the package folder, its {@code datapackage.json}, or a {@code .zip} archive of it
   * @param records receives each record, in the order of the tables and their rows
   * @param others receives each violation outside a record
   * @return the dataset's head (its title, no records) when the package could be read into a
   *     dataset; empty when it could not, as {@link #readDataset(Path)} gives no dataset, so that
   *     no record of it should be taken as valid
   * @throws UncheckedIOException when the folder or a file in it cannot be read
   */
  public Optional<Dataset> readRecords(
      Path input, Consumer<PartRecord> records, Consumer<Violation> others) {
    Objects.requireNonNull(input, "input");
    return head(read(input, null, parts(records, others)));
  }

  /**
   * Reads a package from the bytes of a zip archive as {@link #readRecords(Path, Consumer,
   * Consumer)} reads an archive of that name. The stream is not closed.
   *
   * @param zip the bytes of a zip archive of the package
   * @param sourceName the name of the archive, which the report gives for problems of the archive
   * @param records receives each record, in the order of the tables and their rows
   * @param others receives each violation outside a record
   * @return the dataset's head when the package could be read into a dataset
   * @throws UncheckedIOException when the stream cannot be read or the temporary file written
   */
  public Optional<Dataset> readRecords(
      InputStream zip,
      String sourceName,
      Consumer<PartRecord> records,
      Consumer<Violation> others) {
    Objects.requireNonNull(zip, "zip");
    Objects.requireNonNull(sourceName, "sourceName");
    return head(read(zip, sourceName, null, parts(records, others)));
  }

  private static PackageReader.Parts parts(
      Consumer<PartRecord> records, Consumer<Violation> others) {
    return new PackageReader.Parts(
        Objects.requireNonNull(records, "records"), Objects.requireNonNull(others, "others"));
  }

  private static Optional<Dataset> head(PackageReader.Outcome outcome) {
    if (outcome.problems.isMalformed()) {
      return Optional.empty();
    }
    Dataset.Builder b = Dataset.builder();
    outcome.title.ifPresent(b::title);
    return Optional.of(b.build());
  }

  private PackageReader.Outcome read(Path input, PackageReader.@Nullable Sink sink) {
    return read(input, sink, null);
  }

  private PackageReader.Outcome read(
      Path input, PackageReader.@Nullable Sink sink, PackageReader.@Nullable Parts parts) {
    PackageReader.Settings settings = settings(parts);
    try {
      return isZip(input) && !Files.isDirectory(input)
          ? ZipPackage.read(input, settings, sink)
          : PackageReader.read(input, settings, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PackageReader.Outcome read(
      InputStream zip, String sourceName, PackageReader.@Nullable Sink sink) {
    return read(zip, sourceName, sink, null);
  }

  private PackageReader.Outcome read(
      InputStream zip,
      String sourceName,
      PackageReader.@Nullable Sink sink,
      PackageReader.@Nullable Parts parts) {
    try {
      return ZipPackage.read(zip, sourceName, settings(parts), sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How to read: with every violation handed over when {@code parts} takes them. */
  private PackageReader.Settings settings(PackageReader.@Nullable Parts parts) {
    return new PackageReader.Settings(
        validator, parts == null ? maxViolations : Integer.MAX_VALUE, threads, progress, parts);
  }
}
