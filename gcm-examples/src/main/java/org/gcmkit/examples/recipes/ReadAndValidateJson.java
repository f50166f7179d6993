package org.gcmkit.examples.recipes;

import java.nio.file.Path;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;

/** Recipe: read a JSON dataset, validating as it reads, and print every problem with its place. */
public final class ReadAndValidateJson {
  private ReadAndValidateJson() {}

  /** Reads the file named by the first argument (default: seed 004 as JSON). */
  public static void main(String[] args) {
    Path file =
        Path.of(args.length > 0 ? args[0] : "gcm-examples/data/json/004_ed967ef1bb211f71.json");
    // snippet:read-json
    GcmJson json = GcmJson.create(); // immutable and thread-safe: build once, share
    ReadResult<Dataset> result = json.readDataset(file);
    result.getReport().getViolations().forEach(System.out::println);
    if (result.isValid()) {
      Dataset dataset = result.getValue().orElseThrow();
      System.out.println(dataset.getMeetings().size() + " meetings, all valid");
    }
    // end snippet
    System.out.println(result.getReport().toText());
  }
}
