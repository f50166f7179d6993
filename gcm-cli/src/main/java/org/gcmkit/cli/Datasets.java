package org.gcmkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/** Reads, validates and writes datasets in whichever format a path names. */
final class Datasets {
  private final GcmJson json;
  private final GcmCsv csv;

  /**
   * Datasets read leniently or not, checked by {@code validator}, with reports that keep at most
   * {@code maxViolations}, JSON Lines and CSV packages read on {@code threads} threads.
   */
  Datasets(boolean lenient, int maxViolations, GcmValidator validator, int threads) {
    GcmJson strict =
        GcmJson.create()
            .withValidator(validator)
            .withMaxViolations(maxViolations)
            .withThreads(threads);
    this.json = lenient ? strict.lenient() : strict;
    this.csv =
        GcmCsv.create()
            .withValidator(validator)
            .withMaxViolations(maxViolations)
            .withThreads(threads);
  }

  private Datasets(GcmJson json, GcmCsv csv) {
    this.json = json;
    this.csv = csv;
  }

  /** These datasets, read on {@code threads} threads. */
  Datasets withThreads(int threads) {
    return new Datasets(json.withThreads(threads), csv.withThreads(threads));
  }

  /**
   * Validates the input, streaming it: memory grows with the number of ids, not the file; tells
   * {@code progress} how far it has come.
   */
  ValidationReport validate(Path input, ProgressListener progress) {
    return Inputs.kind(input) == Inputs.Kind.CSV_PACKAGE
        ? csv.withProgress(progress).validateDataset(input)
        : json.withProgress(progress).validateDataset(input);
  }

  /** Reads the whole dataset. */
  ReadResult<Dataset> read(Path input) {
    return Inputs.kind(input) == Inputs.Kind.CSV_PACKAGE
        ? csv.readDataset(input)
        : json.readDataset(input);
  }

  /**
   * Writes the dataset in the format the output path names: a JSON file as {@link GcmJson#isJson}
   * says (JSON Lines for .jsonl and .ndjson), else a CSV package (a zip archive as {@link
   * GcmCsv#isZip} says, else a folder).
   */
  void write(Dataset dataset, Path output) throws IOException {
    if (GcmJson.isJson(output)) {
      json.writeDataset(dataset, output);
    } else {
      csv.writeDataset(dataset, output);
    }
  }

  /** The JSON form of a report, its messages in the language of {@code locale}. */
  String reportJson(ValidationReport report, java.util.Locale locale) {
    return json.writeReport(report, locale);
  }
}
