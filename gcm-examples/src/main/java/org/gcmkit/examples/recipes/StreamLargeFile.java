package org.gcmkit.examples.recipes;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.validation.ValidationReport;

/**
 * Recipe: validate a large JSON Lines file record by record, in memory that grows with the number
 * of ids, not with the size of the file, on every core, printing how far it has come.
 */
public final class StreamLargeFile {
  private StreamLargeFile() {}

  /** Writes a file of N actors and meetings (default 200,000) to a temp folder and validates it. */
  public static void main(String[] args) throws IOException {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Path file = Files.createTempFile("gcm-large-", ".jsonl");
    try {
      write(file, n);
      long start = System.nanoTime();
      // snippet:stream-large
      // Streams: the records are not kept, only their ids. JSON Lines on every core.
      ValidationReport report =
          GcmJson.create()
              .withThreads(Runtime.getRuntime().availableProcessors())
              .withProgress(
                  // total is 0 for an empty file and -1 for a stream: then records are counted.
                  (records, bytes, total) ->
                      System.err.print(
                          total > 0 ? 100 * bytes / total + "% " : records + " records "))
              .validateDataset(file);
      // end snippet
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf(
          "%s: %,d bytes, %d violations, %d ms%n",
          file, Files.size(file), report.getViolations().size(), ms);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void write(Path file, int n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}\n");
      for (int i = 0; i < n; i++) {
        w.write(
            "{\"type\":\"actor\",\"id\":\"a"
                + i
                + "\",\"kind\":\"civil_society\","
                + "\"name\":{\"en\":\"Organisation "
                + i
                + "\"}}\n");
        w.write(
            "{\"type\":\"meeting\",\"id\":\"m"
                + i
                + "\",\"kind\":\"meeting\","
                + "\"status\":\"held\",\"title\":{\"en\":\"Meeting "
                + i
                + "\"},"
                + "\"dates\":[\"2022-02-11\"],"
                + "\"participations\":[{\"actor\":\"a"
                + i
                + "\",\"roles\":[\"organiser\"]}]}\n");
      }
    }
  }
}
