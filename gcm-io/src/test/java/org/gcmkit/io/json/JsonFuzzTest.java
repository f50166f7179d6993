package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.Outcomes;
import org.gcmkit.model.Dataset;

/**
 * Fuzz tests of every JSON reading entry point. Without JAZZER_FUZZ they replay the committed
 * inputs in {@code JsonFuzzTestInputs/<method>/} as regression tests; with {@code JAZZER_FUZZ=1}
 * one of them fuzzes for its {@code maxDuration} (see docs/hostile-input.md).
 */
class JsonFuzzTest {
  private static final GcmJson JSON = GcmJson.create();
  // Temporary files on tmpfs when there is one: fuzzing writes one per input.
  private static final Path TMP =
      Files.isWritable(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));

  @FuzzTest(maxDuration = "2m")
  void readDataset_anyDocumentBytes_valueOrLocatedReport(byte @NotNull [] input) {
    check(input, false);
  }

  @FuzzTest(maxDuration = "2m")
  void readDataset_anyJsonLinesBytes_valueOrLocatedReport(byte @NotNull [] input) {
    check(input, true);
  }

  @FuzzTest(maxDuration = "2m")
  void read_anyText_valueOrLocatedReport(@NotNull String input) {
    ReadResult<Dataset> read = JSON.read(input, Dataset.class);

    Outcomes.assertValueOrLocatedReport(read, "text");
    if (read.isValid()) {
      assertThat(JSON.read(JSON.write(read.requireValid()), Dataset.class).getValue())
          .contains(read.requireValid());
    }
  }

  private static void check(byte[] input, boolean jsonLines) {
    try {
      Path dir = Files.createTempDirectory(TMP, "gcm-fuzz");
      Path file = dir.resolve(jsonLines ? "fuzz.jsonl" : "fuzz.json");
      try {
        Files.write(file, input);
        ReadResult<Dataset> read = JSON.readDataset(file);

        Outcomes.assertValueOrLocatedReport(read, file.toString());
        // The streaming validator and the reader agree on every input.
        assertThat(JSON.validate(file)).isEqualTo(read.getReport());
        // What was accepted is kept whole: written and read again, it is the same dataset.
        if (read.isValid()) {
          Dataset d = read.requireValid();
          assertThat(JSON.read(JSON.write(d), Dataset.class).getValue()).contains(d);
        }
      } finally {
        Files.deleteIfExists(file);
        Files.delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
