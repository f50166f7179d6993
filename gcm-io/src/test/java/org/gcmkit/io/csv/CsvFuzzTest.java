package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.Outcomes;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzz tests of CSV package reading: the fuzzed bytes replace one table of a valid package (the
 * first byte chooses which) or its descriptor. Without JAZZER_FUZZ they replay the committed inputs
 * in {@code CsvFuzzTestInputs/<method>/}; see docs/hostile-input.md for fuzzing.
 */
class CsvFuzzTest {
  private static final GcmCsv CSV = GcmCsv.create();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * The files of a valid package, by name. Its descriptor keeps of each resource only what the
   * reader reads (name and path): the schemas gcm writes make it 55 KB against 2 KB of tables, and
   * fuzzing a table reads it for every input.
   */
  private static final Map<String, String> FILES = files();

  private static final List<String> TABLES = tables();

  /** The resource names of the tables, and two that are no table. */
  private static final List<String> STEMS = stems();

  private static final List<String> ODD_PATHS =
      List.of(
          "../x.csv",
          "/etc/passwd",
          "C:\\x.csv",
          "\\\\server\\share",
          "sub/../actors.csv",
          "./sources.csv",
          "",
          ".",
          "sources.csv/",
          "missing.csv",
          Descriptor.FILE,
          "extra.csv",
          "Actors.CSV",
          "a\u0000b.csv");
  // Temporary folders on tmpfs when there is one: fuzzing writes a package per input.
  private static final Path TMP =
      Files.isWritable(Path.of("/dev/shm"))
          ? Path.of("/dev/shm")
          : Path.of(System.getProperty("java.io.tmpdir"));

  @FuzzTest(maxDuration = "2m")
  void readPackage_anyTableBytes_valueOrLocatedReport(byte @NotNull [] input) {
    if (input.length == 0) {
      checkZip(TABLES.get(0), input);
      return;
    }
    String table = TABLES.get((input[0] & 0xFF) % TABLES.size());
    checkZip(table, Arrays.copyOfRange(input, 1, input.length));
  }

  @FuzzTest(maxDuration = "2m")
  void readPackage_anyDescriptorBytes_valueOrLocatedReport(byte @NotNull [] input) {
    checkDescriptor(input);
  }

  /**
   * Descriptors built from the fuzzer's choices, which mutating bytes seldom reaches: hundreds of
   * resources (past {@link Descriptor#MAX_RESOURCES}), names and paths repeated, odd and escaping
   * paths, and CSV files the descriptor does not list or lists but lacks. Beyond a value or a
   * located report, each descriptor problem must sit on a line of the descriptor and the report
   * must be in line order within each file.
   */
  @FuzzTest(maxDuration = "2m")
  void readPackage_generatedDescriptor_valueOrLocatedReport(@NotNull FuzzedDataProvider data) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    Set<String> deleted = new HashSet<>();
    StringBuilder d = new StringBuilder("{\"resources\":[");
    int n = data.consumeInt(0, 2 * Descriptor.MAX_RESOURCES);
    for (int i = 0; i < n; i++) {
      d.append(i == 0 ? "" : ",").append(data.consumeBoolean() ? "\n" : " ").append('{');
      String name = STEMS.get(data.consumeInt(0, STEMS.size() - 1));
      switch (data.consumeInt(0, 5)) {
        case 0 -> d.append("\"path\":").append(json(path(data, name)));
        case 1 -> d.append("\"name\":").append(json(data.consumeString(12)));
        case 2 -> d.append("\"name\":").append(json(name)).append(",\"path\":7");
        default ->
            d.append("\"name\":")
                .append(json(name))
                .append(",\"path\":")
                .append(json(path(data, name)));
      }
      d.append('}');
    }
    d.append("]}\n");
    String descriptor = d.toString();
    files.put(Descriptor.FILE, descriptor.getBytes(StandardCharsets.UTF_8));
    if (data.consumeBoolean()) {
      files.put(
          data.consumeBoolean() ? "extra.csv" : "Actors.CSV",
          "id\nx\n".getBytes(StandardCharsets.UTF_8));
    }
    if (data.consumeBoolean()) {
      deleted.add(TABLES.get(data.consumeInt(0, TABLES.size() - 1)));
    }
    long lines = descriptor.chars().filter(c -> c == '\n').count() + 1;

    ReadResult<Dataset> read = checkInOneFolder(files, deleted, "generated descriptor");

    List<Violation> found = read.getReport().getViolations();
    String previousFile = "";
    long previousLine = 0;
    for (Violation v : found) {
      Location at = v.getLocation().orElseThrow();
      String file = at.getFile().orElse("");
      long line = at.getLine().orElse(0);
      if (file.equals(Descriptor.FILE)) {
        assertThat(line).as("%s", v).isBetween(0L, lines);
      }
      if (file.equals(previousFile)) {
        assertThat(line).as("line order in %s: %s", file, v).isGreaterThanOrEqualTo(previousLine);
      }
      previousFile = file;
      previousLine = line;
    }
  }

  /** A resource path: mostly the table's own, else another's, an escaping or odd one, or any. */
  private static String path(FuzzedDataProvider data, String name) {
    return switch (data.consumeInt(0, 4)) {
      case 0 -> ODD_PATHS.get(data.consumeInt(0, ODD_PATHS.size() - 1));
      case 1 -> TABLES.get(data.consumeInt(0, TABLES.size() - 1));
      case 2 -> data.consumeString(16);
      default -> name + ".csv";
    };
  }

  private static String json(String s) {
    return JSON.writeValueAsString(s);
  }

  private static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>(PackageWriter.render(Fixtures.multilingual()));
    ObjectNode full = (ObjectNode) JSON.readTree(files.get(Descriptor.FILE));
    ObjectNode lean = full.deepCopy();
    ArrayNode resources = lean.putArray("resources");
    for (JsonNode r : full.get("resources")) {
      resources
          .addObject()
          .put("name", r.get("name").asString())
          .put("path", r.get("path").asString());
    }
    files.put(Descriptor.FILE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(lean));
    return files;
  }

  private static List<String> stems() {
    List<String> stems = new ArrayList<>();
    TABLES.forEach(t -> stems.add(t.substring(0, t.length() - ".csv".length())));
    stems.add("actor");
    stems.add("gcm:title");
    return stems;
  }

  private static List<String> tables() {
    List<String> names = new ArrayList<>(FILES.keySet());
    names.remove(Descriptor.FILE);
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /**
   * Reads a package folder whose descriptor holds {@code bytes} and the rest is valid. The folder
   * is made once and only its descriptor written for each input: writing and removing its 22 files
   * for every input cost more than reading them.
   */
  private static void checkDescriptor(byte[] bytes) {
    try {
      Files.write(OneFolder.PACKAGE.resolve(Descriptor.FILE), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkRead(OneFolder.PACKAGE, Descriptor.FILE);
  }

  /**
   * Reads the package folder of {@link #checkDescriptor} with {@code files} written over it and the
   * files {@code deleted} removed, and puts it back as it was.
   */
  private static ReadResult<Dataset> checkInOneFolder(
      Map<String, byte[]> files, Set<String> deleted, String name) {
    Path pkg = OneFolder.PACKAGE;
    try {
      try {
        for (String d : deleted) {
          Files.delete(pkg.resolve(d));
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
          Files.write(pkg.resolve(f.getKey()), f.getValue());
        }
        return checkRead(pkg, name);
      } finally {
        for (String f : files.keySet()) {
          if (!FILES.containsKey(f)) {
            Files.delete(pkg.resolve(f));
          }
        }
        for (Map.Entry<String, String> f : FILES.entrySet()) {
          // Also a file whose name differs only in case, which a case-blind file system shares.
          if (deleted.contains(f.getKey())
              || files.keySet().stream().anyMatch(f.getKey()::equalsIgnoreCase)) {
            Files.write(pkg.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid package folder of {@link #checkDescriptor}, removed when the JVM ends. */
  private static final class OneFolder {
    static final Path PACKAGE = make();

    private static Path make() {
      try {
        Path dir = Files.createTempDirectory(TMP, "gcm-csv-fuzz");
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        deleteTree(dir);
                      } catch (IOException e) {
                        // Nothing to tell at exit; the folder is a temporary one.
                      }
                    }));
        for (Map.Entry<String, String> f : FILES.entrySet()) {
          Files.write(dir.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a valid package, as a zip archive in memory, whose table {@code name} holds {@code
   * bytes}, and checks what every input must give. A table is read the same way from a zip archive
   * and from a folder, and fuzzing ran 2.6 times as many inputs per second this way as with a
   * folder written for each (270 against 104). Where the files are found, which differs between the
   * two, is the descriptor targets' part: they read folders.
   */
  private static void checkZip(String name, byte[] bytes) {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      for (Map.Entry<String, String> f : FILES.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getKey().equals(name) ? bytes : f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] zip = zipped.toByteArray();
    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(zip), "fuzz.zip");

    Outcomes.assertValueOrLocatedReport(read, name);
    assertThat(CSV.validateDataset(new ByteArrayInputStream(zip), "fuzz.zip"))
        .isEqualTo(read.getReport());
    if (read.isValid()) {
      assertRoundTrip(read.requireValid(), read.getReport());
    }
  }

  /**
   * What was accepted is kept whole: written and read again, it is the same dataset, or what the
   * writers write of it ({@link Outcomes#assertReadBack}); {@code report} is its reader's.
   */
  private static void assertRoundTrip(Dataset dataset, ValidationReport report) {
    try {
      Path dir = Files.createTempDirectory(TMP, "gcm-csv-fuzz");
      try {
        Path again = dir.resolve("again");
        CSV.writeDataset(dataset, again);
        Outcomes.assertReadBack(
            CSV.readDataset(again).getValue(), dataset, report, "written again");
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the package folder {@code pkg} and checks what every input must give. */
  private static ReadResult<Dataset> checkRead(Path pkg, String name) {
    ReadResult<Dataset> read = CSV.readDataset(pkg);

    Outcomes.assertValueOrLocatedReport(read, name);
    // The streaming validator and the reader agree on every input.
    assertThat(CSV.validateDataset(pkg)).isEqualTo(read.getReport());
    if (read.isValid()) {
      assertRoundTrip(read.requireValid(), read.getReport());
    }
    return read;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
