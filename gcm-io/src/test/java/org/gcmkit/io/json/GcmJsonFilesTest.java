package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Text;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcmJsonFilesTest {
  private static final GcmJson JSON = GcmJson.create();

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }

  @Test
  void writeDataset_replacesFileAtomicallyAndLeavesNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("gcm.json");
    JSON.writeDataset(RandomDatasets.generate(1, 1), file);
    Dataset second = RandomDatasets.generate(2, 1);

    JSON.writeDataset(second, file);

    assertThat(list(dir)).containsExactly(file);
    assertThat(Files.readString(file)).isEqualTo(JSON.write(second));
  }

  @Test
  void writeDataset_failsMidway_oldFileIntactAndNoTemporaryFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("gcm.jsonl");
    JSON.writeDataset(RandomDatasets.generate(1, 1), file);
    byte[] before = Files.readAllBytes(file);
    Dataset big = RandomDatasets.generate(3, 200);
    // A lone surrogate cannot be encoded as UTF-8; it sits in the last record, after many bytes.
    List<Text> broken = List.of(Text.en("bad \uD800 text"));
    Dataset failing =
        big.toBuilder()
            .figures(List.of())
            .addAllFigures(big.getFigures().subList(0, 199))
            .addFigures(big.getFigures().get(199).toBuilder().measure(broken.get(0)).build())
            .build();

    assertThatThrownBy(() -> JSON.writeDataset(failing, file)).isInstanceOf(IOException.class);

    assertThat(list(dir)).containsExactly(file);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void writeDataset_missingFolder_throwsIOExceptionNamingTheOutputNotTheTemporary(
      @TempDir Path dir) {
    Path out = dir.resolve("no/such/gcm.json");

    assertThatThrownBy(() -> JSON.writeDataset(Dataset.builder().build(), out))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessage(out.toString())
        .hasRootCauseInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void writeDataset_staleTemporaryOfAKilledRun_removedNextTime(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("gcm.json");
    Path stale = Files.writeString(dir.resolve(".gcm.json.tmp-12345"), "left by a killed run");
    Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
    Path recent = Files.writeString(dir.resolve(".gcm.json.tmp-67890"), "a write under way");
    Path other = Files.writeString(dir.resolve(".other.json.tmp-1"), "another target's");
    Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));

    JSON.writeDataset(Dataset.builder().build(), out);

    assertThat(stale).doesNotExist();
    // A recent one may belong to a write under way; another target's is not ours to remove.
    assertThat(recent).exists();
    assertThat(other).exists();
  }

  @Test
  void readDataset_missingFile_throwsUncheckedIOException(@TempDir Path dir) {
    assertThatThrownBy(() -> JSON.readDataset(dir.resolve("missing.json")))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> JSON.validateDataset(dir.resolve("missing.jsonl")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void validate_largeFilesBothForms_sameReportAsReadingWhole(@TempDir Path dir) throws IOException {
    Dataset d = RandomDatasets.generate(7, 150);
    for (String name : List.of("big.json", "big.jsonl")) {
      Path file = dir.resolve(name);
      JSON.writeDataset(d, file);

      ValidationReport streamed = JSON.validateDataset(file);
      ReadResult<Dataset> whole = JSON.readDataset(file);

      assertThat(streamed).isEqualTo(whole.getReport());
      assertThat(whole.getValue()).contains(d);
      assertThat(streamed.getViolations())
          .allSatisfy(
              v -> assertThat(v.getLocation().orElseThrow().getFile()).contains(file.toString()));
    }
  }

  @Test
  void readDataset_byteOrderMark_skipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    Files.write(
        file, ("\uFEFF" + GcmJsonRoundTripTest.canonical()).getBytes(StandardCharsets.UTF_8));

    assertThat(JSON.readDataset(file).isValid()).isTrue();
  }

  @Test
  void readDataset_malformedUtf8_encodingError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(
        file,
        "{\"formatVersion\": \"1.0\", \"title\": {\"fr\": \"Ã©t\u00e9\"}}"
            .getBytes(StandardCharsets.ISO_8859_1));

    ReadResult<Dataset> r = JSON.readDataset(file);

    assertThat(r.getReport().getViolations()).hasSize(1);
    assertThat(r.getReport().getViolations().get(0).getCode()).isEqualTo("encoding.invalid");
    // As the CSV reader says it: the bytes and their offset, and the value being read.
    assertThat(r.getReport().getViolations().get(0).getMessage())
        .isEqualTo(
            "expected UTF-8 but found the invalid bytes 0xE9 at byte offset 45; reading stops");
    assertThat(r.getReport().getViolations().get(0).getPointer()).isEqualTo("/title/fr");
    assertThat(r.getReport().getViolations().get(0).getValue()).contains("0xE9");
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void readDataset_malformedUtf8FarIntoTheFile_locatedAtTheBadByte(@TempDir Path dir)
      throws IOException {
    // Past the decoder's first 8 KiB, after a two-byte character and a byte order mark.
    StringBuilder s = new StringBuilder("\uFEFF{\"formatVersion\": \"1.0\", \"actors\": [\n");
    for (int i = 0; i < 300; i++) {
      s.append("{\"id\": \"a")
          .append(i)
          .append("\", \"kind\": \"media\", \"name\": {\"en\": \"Ä\"}},\n");
    }
    byte[] head = s.toString().getBytes(StandardCharsets.UTF_8);
    byte[] tail = "  {\"id\": \"é\"}]}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = dir.resolve("far.json");
    Files.write(
        file, java.nio.ByteBuffer.allocate(head.length + tail.length).put(head).put(tail).array());

    ReadResult<Dataset> r = JSON.readDataset(file);

    assertThat(r.getReport().getViolations())
        .extracting(v -> v.getCode() + " " + v.getLocation().orElseThrow())
        .containsExactly("encoding.invalid " + file + ":302:11");
    assertThat(JSON.validateDataset(file)).isEqualTo(r.getReport());
  }

  @Test
  void sharedInstance_severalThreads_sameResultsAsOneThread() throws Exception {
    String invalid =
        JSON.write(RandomDatasets.generate(11, 3)).replace("\"kind\": \"", "\"kind\": \"x");
    ReadResult<Dataset> expected = JSON.read(invalid, Dataset.class);
    Dataset valid = RandomDatasets.generate(12, 3);
    String expectedText = JSON.write(valid);
    assertThat(expected.getReport().getViolations()).isNotEmpty();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Callable<Boolean> task =
            () ->
                JSON.read(invalid, Dataset.class).getReport().equals(expected.getReport())
                    && JSON.write(valid).equals(expectedText)
                    && JSON.read(expectedText, Dataset.class)
                        .getValue()
                        .orElseThrow()
                        .equals(valid);
        results.add(pool.submit(task));
      }
      for (Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
