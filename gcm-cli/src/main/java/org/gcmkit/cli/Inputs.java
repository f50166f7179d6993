package org.gcmkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.gcmkit.io.json.GcmJson;

/** Recognises what a path on the command line holds. */
final class Inputs {
  private Inputs() {}

  /** The kinds of input gcm reads. */
  enum Kind {
    /** One JSON document holding a dataset. */
    JSON,
    /** JSON Lines: a header line, then one record per line. */
    JSON_LINES,
    /** A CSV data package: a folder with datapackage.json, or that file. */
    CSV_PACKAGE
  }

  /**
   * The kind of input at {@code path}, by extension or by the presence of a datapackage.json.
   *
   * @throws IllegalArgumentException naming the path when it is none of them
   */
  static Kind kind(Path path) {
    String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    if (name.equals("datapackage.json")
        || (Files.isDirectory(path) && Files.isRegularFile(path.resolve("datapackage.json")))) {
      return Kind.CSV_PACKAGE;
    }
    if (GcmJson.isJsonLines(path)) {
      return Kind.JSON_LINES;
    }
    if (GcmJson.isJson(path)) {
      return Kind.JSON;
    }
    throw new IllegalArgumentException(
        "expected a .json, .jsonl or .ndjson file, or a CSV data package folder (with"
            + " datapackage.json), but"
            + " was '"
            + path
            + "'");
  }

  /**
   * The datasets to read for each argument: the argument itself when it is a dataset, else the
   * datasets found in the folder (sorted by path), data packages taken whole.
   */
  static List<Path> expand(List<Path> arguments) throws IOException {
    List<Path> result = new ArrayList<>();
    for (Path p : arguments) {
      if (!Files.exists(p)) {
        throw new java.nio.file.NoSuchFileException(p.toString());
      }
      if (Files.isDirectory(p) && !Files.isRegularFile(p.resolve("datapackage.json"))) {
        result.addAll(datasetsIn(p));
      } else {
        result.add(p);
      }
    }
    return result;
  }

  private static List<Path> datasetsIn(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted()
          .forEach(
              p -> {
                String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
                if (name.equals("datapackage.json")) {
                  found.add(p.getParent());
                } else if (Files.isRegularFile(p)
                    && GcmJson.isJson(p)
                    && !Files.isRegularFile(p.resolveSibling("datapackage.json"))) {
                  found.add(p);
                }
              });
    }
    return found;
  }
}
