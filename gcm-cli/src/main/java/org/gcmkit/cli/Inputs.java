package org.gcmkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.RecordType;

/** Recognises what a path on the command line holds. */
final class Inputs {
  private Inputs() {}

  /** The kinds of input gcm reads. */
  enum Kind {
    /** One JSON document holding a dataset. */
    JSON,
    /** JSON Lines: a header line, then one record per line. */
    JSON_LINES,
    /**
     * A CSV data package: a folder with datapackage.json, or that file, or a folder without one
     * that holds a record table of its standard name (read by name, with a warning), or a zip
     * archive of one.
     */
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
        || isPackageFolder(path)
        || (GcmCsv.isZip(path) && !Files.isDirectory(path))) {
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
            + " datapackage.json, or tables such as actors.csv) or a .zip of one, but was '"
            + path
            + "'");
  }

  /**
   * Checks the IN and OUT of a command that reads one dataset and writes another (convert,
   * upgrade): IN exists and is a dataset, and OUT is not IN.
   *
   * @throws java.nio.file.NoSuchFileException when IN does not exist
   * @throws picocli.CommandLine.ParameterException naming the problem otherwise
   */
  static void checkInAndOut(picocli.CommandLine.Model.CommandSpec spec, Path input, Path output)
      throws IOException {
    if (!Files.exists(input)) {
      throw new java.nio.file.NoSuchFileException(input.toString());
    }
    try {
      kind(input);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (input.toAbsolutePath().normalize().equals(output.toAbsolutePath().normalize())) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "expected OUT to differ from IN but both are '" + input + "'");
    }
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
      if (Files.isDirectory(p) && !isPackageFolder(p)) {
        result.addAll(datasetsIn(p));
      } else {
        result.add(p);
      }
    }
    return result;
  }

  /**
   * Whether {@code path} is a CSV package folder: it has a datapackage.json, or, without one, a
   * record table under its standard name ({@code actors.csv}), which gcm-io then reads by name.
   */
  static boolean isPackageFolder(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    if (Files.isRegularFile(path.resolve("datapackage.json"))) {
      return true;
    }
    for (RecordType t : RecordType.values()) {
      if (isRecordTable(path.resolve(t.code() + "s.csv"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code file} is a record table of the CSV form by its name ({@code actors.csv}). */
  private static boolean isRecordTable(Path file) {
    String name = String.valueOf(file.getFileName());
    for (RecordType t : RecordType.values()) {
      if (name.equals(t.code() + "s.csv")) {
        return Files.isRegularFile(file);
      }
    }
    return false;
  }

  private static List<Path> datasetsIn(Path folder) throws IOException {
    // A set: a package without a descriptor is found by each of its record tables.
    Set<Path> found = new LinkedHashSet<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted()
          .forEach(
              p -> {
                String name = String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT);
                if (name.equals("datapackage.json")
                    || (isRecordTable(p) && !Files.exists(p.resolveSibling("datapackage.json")))) {
                  found.add(p.getParent());
                } else if (Files.isRegularFile(p)
                    && (GcmJson.isJson(p) || GcmCsv.isZip(p))
                    && (p.getParent() == null || !isPackageFolder(p.getParent()))) {
                  // A zip is a package, as a folder is: skipped, a damaged one went unreported.
                  found.add(p);
                }
              });
    }
    return new ArrayList<>(found);
  }
}
