package org.gcmkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;

/**
 * Writes a generated dataset through gcm's writers: {@code OUT/dataset.jsonl} (JSON Lines) and the
 * CSV data package {@code OUT/package/}. The dataset is built in memory first, so large sizes need
 * a large heap (about 3 GB for 10^6 records).
 *
 * <pre>
 * java -Xmx4g -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.DatasetFiles \
 *     RECORDS INVALID_FRACTION OUT [jsonl|csv|both]
 * java -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.DatasetFiles seeds OUT
 * </pre>
 *
 * <p>{@code seeds} writes the five seed datasets of gcm-examples as {@code OUT/NAME.json}, a
 * stand-in for the bundled examples folder in the cold-start measurement.
 */
public final class DatasetFiles {
  private DatasetFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("seeds")) {
      Path out = Files.createDirectories(Path.of(args[1]));
      GcmJson json = GcmJson.create();
      for (Map.Entry<String, Dataset> e : SeedDatasets.all().entrySet()) {
        json.writeDataset(e.getValue(), out.resolve(e.getKey() + ".json"));
      }
      System.out.printf("%s: %d seed datasets%n", out, SeedDatasets.all().size());
      return;
    }
    if (args.length < 3) {
      System.err.println("usage: DatasetFiles RECORDS INVALID_FRACTION OUT [jsonl|csv|both]");
      System.exit(2);
    }
    int records = Integer.parseInt(args[0].replace("_", ""));
    double invalid = Double.parseDouble(args[1]);
    Path out = Files.createDirectories(Path.of(args[2]));
    String what = args.length > 3 ? args[3] : "both";
    Dataset dataset = DatasetGenerator.of(42, records, invalid).dataset();
    if (!what.equals("csv")) {
      Path file = out.resolve("dataset.jsonl");
      GcmJson.create().writeDataset(dataset, file);
      System.out.printf("%s: %d bytes%n", file, Files.size(file));
    }
    if (!what.equals("jsonl")) {
      Path folder = out.resolve("package");
      GcmCsv.create().writeDataset(dataset, folder);
      System.out.printf("%s: written%n", folder);
    }
  }
}
