package org.gcmkit.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
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

  private GcmCsv(GcmValidator validator, PackageWriter.Hook hook, int maxViolations) {
    this.validator = validator;
    this.hook = hook;
    this.maxViolations = maxViolations;
  }

  /**
   * A reader and writer that validates with {@link GcmValidator#create()} and keeps at most {@value
   * ValidationReport#DEFAULT_MAX_VIOLATIONS} violations in a report.
   *
   * @return a reader and writer with the defaults
   */
  public static GcmCsv create() {
    return new GcmCsv(GcmValidator.create(), NO_HOOK, ValidationReport.DEFAULT_MAX_VIOLATIONS);
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
    if (maxViolations < 0) {
      throw new IllegalArgumentException(
          "expected maxViolations of 0 or more but was " + maxViolations);
    }
    return new GcmCsv(validator, hook, maxViolations);
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
    return new GcmCsv(Objects.requireNonNull(validator, "validator"), hook, maxViolations);
  }

  /**
   * A copy that calls {@code hook} after writing each file to the temporary folder and moving it.
   */
  GcmCsv withWriteHook(PackageWriter.Hook hook) {
    return new GcmCsv(validator, Objects.requireNonNull(hook, "hook"), maxViolations);
  }

  /**
   * Reads the package in a folder, or of its {@code datapackage.json}, into a dataset, with the
   * report of every problem found.
   *
   * @param folderOrDescriptor the package folder or its {@code datapackage.json}
   * @return the dataset, if it could be read, and the report of every problem found
   * @throws UncheckedIOException when the folder or a file in it cannot be read
   */
  public ReadResult<Dataset> readDataset(Path folderOrDescriptor) {
    Objects.requireNonNull(folderOrDescriptor, "folderOrDescriptor");
    Map<RecordType, List<Object>> records = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      records.put(t, new ArrayList<>());
    }
    PackageReader.Outcome outcome =
        read(
            folderOrDescriptor,
            (type, r) -> records.computeIfAbsent(type, k -> new ArrayList<>()).add(r));
    ValidationReport report = outcome.problems.report();
    if (outcome.problems.isMalformed()) {
      return ReadResult.of(Optional.empty(), report);
    }
    Dataset.Builder b = Dataset.builder();
    outcome.title.ifPresent(b::title);
    Shape shape = Shape.of(Dataset.class);
    for (Map.Entry<RecordType, List<Object>> e : records.entrySet()) {
      shape.property(e.getKey().listName()).orElseThrow().set(b, e.getValue());
    }
    return ReadResult.of(Optional.of(b.build()), report);
  }

  /**
   * Validates the package in a folder, or of its {@code datapackage.json}, reading each file row by
   * row: memory grows with the number of ids, not with the size of the records. The report is the
   * one {@link #readDataset} gives.
   *
   * @param folderOrDescriptor the package folder or its {@code datapackage.json}
   * @return the report of every problem found
   * @throws UncheckedIOException when the folder or a file in it cannot be read
   */
  public ValidationReport validateDataset(Path folderOrDescriptor) {
    Objects.requireNonNull(folderOrDescriptor, "folderOrDescriptor");
    return read(folderOrDescriptor, null).problems.report();
  }

  /**
   * Writes {@code dataset} as a package into {@code folder}, created if needed: every table and
   * {@code datapackage.json}, replacing files of the same names. The same dataset always gives the
   * same bytes. Files are written to a temporary folder next to {@code folder} and then moved into
   * place, so a failed write leaves the old files intact.
   *
   * @param dataset the dataset to write
   * @param folder the package folder, created if needed
   * @throws IOException when a file cannot be written; the temporary folder is removed
   */
  public void writeDataset(Dataset dataset, Path folder) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(folder, "folder");
    PackageWriter.write(dataset, folder, hook);
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

  private PackageReader.Outcome read(Path input, PackageReader.@Nullable Sink sink) {
    try {
      return PackageReader.read(input, validator, maxViolations, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
