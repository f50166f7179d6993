package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.Outcomes;
import org.gcmkit.model.Dataset;

/**
 * Fuzz tests of CSV package reading: the fuzzed bytes replace one table of a valid package (the
 * first byte chooses which) or its descriptor. Without JAZZER_FUZZ they replay the committed
 * inputs in {@code CsvFuzzTestInputs/<method>/}; see docs/hostile-input.md for fuzzing.
 */
class CsvFuzzTest {
  private static final GcmCsv CSV = GcmCsv.create();
  /** The files of a valid package, by name; the tables sorted by name. */
  private static final Map<String, String> FILES = PackageWriter.render(Fixtures.multilingual());
  private static final List<String> TABLES = tables();
  // Temporary folders on tmpfs when there is one: fuzzing writes a package per input.
  private static final Path TMP =
      Files.isWritable(Path.of("/dev/shm"))
          ? Path.of("/dev/shm")
          : Path.of(System.getProperty("java.io.tmpdir"));

  @FuzzTest(maxDuration = "2m")
  void readPackage_anyTableBytes_valueOrLocatedReport(byte @NotNull [] input) {
    if (input.length == 0) {
      check(TABLES.get(0), input);
      return;
    }
    String table = TABLES.get((input[0] & 0xFF) % TABLES.size());
    check(table, java.util.Arrays.copyOfRange(input, 1, input.length));
  }

  @FuzzTest(maxDuration = "2m")
  void readPackage_anyDescriptorBytes_valueOrLocatedReport(byte @NotNull [] input) {
    check(Descriptor.FILE, input);
  }

  private static List<String> tables() {
    List<String> names = new ArrayList<>(FILES.keySet());
    names.remove(Descriptor.FILE);
    names.sort(Comparator.naturalOrder());
    return names;
  }

  /** Reads a package whose file {@code name} holds {@code bytes} and the rest is valid. */
  private static void check(String name, byte[] bytes) {
    try {
      Path dir = Files.createTempDirectory(TMP, "gcm-csv-fuzz");
      try {
        Path pkg = Files.createDirectory(dir.resolve("pkg"));
        for (Map.Entry<String, String> f : FILES.entrySet()) {
          Files.write(pkg.resolve(f.getKey()), f.getValue().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(pkg.resolve(name), bytes);

        ReadResult<Dataset> read = CSV.readPackage(pkg);

        Outcomes.assertValueOrLocatedReport(read, name);
        // The streaming validator and the reader agree on every input.
        assertThat(CSV.validatePackage(pkg)).isEqualTo(read.getReport());
        // What was accepted is kept whole: written and read again, it is the same dataset.
        if (read.isValid()) {
          Path again = dir.resolve("again");
          CSV.writePackage(read.requireValid(), again);
          assertThat(CSV.readPackage(again).getValue()).isEqualTo(read.getValue());
        }
      } finally {
        deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
