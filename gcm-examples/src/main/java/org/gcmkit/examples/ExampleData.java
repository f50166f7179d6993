package org.gcmkit.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;

/**
 * Writes the seed datasets as the bundled example files: {@code json/NAME.json} and the CSV data
 * package {@code csv/NAME/}. The files in {@code gcm-examples/data} are made by this class, and a
 * test keeps them identical to what it writes.
 */
public final class ExampleData {
  private ExampleData() {}

  /** Writes the example files under {@code args[0]} (default {@code gcm-examples/data}). */
  public static void main(String[] args) throws IOException {
    write(Path.of(args.length > 0 ? args[0] : "gcm-examples/data"));
  }

  /**
   * The bundled example datasets by file name: the five seeds ({@link SeedDatasets#all()}), then
   * {@code gcm-follow-up}, the Compact's adoption and follow-up from verified public facts, which
   * shows what format 1.1 adds (decisions and votes, relations between documents, groups counted
   * but not named, figures attached to what they count, schedule history, pledges).
   *
   * @return the datasets, in file order; the map is unmodifiable
   */
  public static Map<String, Dataset> datasets() {
    Map<String, Dataset> all = new java.util.LinkedHashMap<>(SeedDatasets.all());
    all.put("gcm-follow-up", FollowUp.build());
    return java.util.Collections.unmodifiableMap(all);
  }

  /** Writes every example dataset in JSON and CSV under {@code folder}. */
  public static void write(Path folder) throws IOException {
    GcmJson json = GcmJson.create();
    GcmCsv csv = GcmCsv.create();
    java.nio.file.Files.createDirectories(folder.resolve("json"));
    for (Map.Entry<String, Dataset> seed : datasets().entrySet()) {
      json.writeDataset(seed.getValue(), folder.resolve("json").resolve(seed.getKey() + ".json"));
      csv.writeDataset(seed.getValue(), folder.resolve("csv").resolve(seed.getKey()));
    }
  }
}
