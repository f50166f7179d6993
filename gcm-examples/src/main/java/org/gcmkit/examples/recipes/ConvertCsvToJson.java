package org.gcmkit.examples.recipes;

import java.io.IOException;
import java.nio.file.Path;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;

/** Recipe: read a CSV data package and write it as one JSON document, refusing invalid data. */
public final class ConvertCsvToJson {
  private ConvertCsvToJson() {}

  /** Converts the package named by the first argument into the file named by the second. */
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "gcm-examples/data/csv/004_ed967ef1bb211f71");
    Path out = Path.of(args.length > 1 ? args[1] : "target/004.json");
    // snippet:convert-csv
    Dataset dataset = GcmCsv.create().readDataset(in).requireValid(); // throws with the report
    GcmJson.create().writeDataset(dataset, out); // atomic: no half-written file on failure
    // end snippet
    System.out.println("wrote " + out + " with " + dataset.size() + " records");
  }
}
