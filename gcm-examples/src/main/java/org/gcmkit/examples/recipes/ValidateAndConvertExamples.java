package org.gcmkit.examples.recipes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;

/**
 * The README's main job: validates every bundled example dataset in both its JSON and its CSV form,
 * converts each into the other format, reads the conversion back, and prints a readable report.
 * Exits with 1 when anything is invalid or a conversion loses data.
 */
public final class ValidateAndConvertExamples {
  private ValidateAndConvertExamples() {}

  /**
   * Runs on {@code args[0]} (the examples' data folder, with json/ and csv/) and writes the
   * conversions under {@code args[1]}.
   */
  public static void main(String[] args) throws IOException {
    // Hibernate Validator announces its version at INFO on first use; keep the report clean.
    java.util.logging.Logger.getLogger("org.hibernate.validator")
        .setLevel(java.util.logging.Level.WARNING);
    Path data = Path.of(args.length > 0 ? args[0] : "gcm-examples/data");
    Path out = Path.of(args.length > 1 ? args[1] : "gcm-examples/target/examples-out");
    boolean ok = run(data, out);
    if (!ok) {
      System.exit(1);
    }
  }

  /** Runs the job and returns whether every dataset was valid and converted without loss. */
  public static boolean run(Path data, Path out) throws IOException {
    GcmJson json = GcmJson.create();
    GcmCsv csv = GcmCsv.create();
    Files.createDirectories(out);
    boolean ok = true;
    List<String> rows = new ArrayList<>();
    System.out.println("Validating and converting the example datasets in " + data);
    for (Path file : list(data.resolve("json"))) {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      ReadResult<Dataset> fromJson = json.readDataset(file);
      ReadResult<Dataset> fromCsv = csv.readDataset(data.resolve("csv").resolve(name));
      print(file.toString(), fromJson);
      print(data.resolve("csv").resolve(name).toString(), fromCsv);
      boolean same =
          fromJson.getValue().isPresent() && fromJson.getValue().equals(fromCsv.getValue());
      String verdict;
      if (!fromJson.isValid() || !fromCsv.isValid()) {
        verdict = "INVALID";
        ok = false;
      } else {
        Dataset dataset = fromJson.getValue().orElseThrow();
        Path csvOut = out.resolve(name + "-csv");
        Path jsonOut = out.resolve(name + ".json");
        csv.writeDataset(dataset, csvOut);
        json.writeDataset(fromCsv.getValue().orElseThrow(), jsonOut);
        boolean roundTrip =
            dataset.equals(csv.readDataset(csvOut).getValue().orElse(null))
                && dataset.equals(json.readDataset(jsonOut).getValue().orElse(null));
        verdict = same && roundTrip ? "valid, converted without loss" : "CONVERSION LOST DATA";
        ok &= same && roundTrip;
      }
      rows.add(
          String.format(
              "  %-22s %4d records  %s",
              name, fromJson.getValue().map(Dataset::size).orElse(0), verdict));
    }
    System.out.println();
    System.out.println("Summary (conversions written to " + out + "):");
    rows.forEach(System.out::println);
    System.out.println(ok ? "All example datasets are valid." : "Some example datasets failed.");
    return ok;
  }

  private static void print(String input, ReadResult<Dataset> result) {
    int errors = result.getReport().getErrors().size();
    int warnings = result.getReport().getWarnings().size();
    System.out.printf(
        "%s: %s (%d errors, %d warnings)%n",
        input, result.isValid() ? "valid" : "INVALID", errors, warnings);
    result.getReport().getViolations().forEach(v -> System.out.println("  " + v));
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
