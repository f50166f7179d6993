package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines read on several threads give the report and dataset of one thread, violation for
 * violation and in the same order, on inputs with every kind of cross-record problem: records out
 * of order (forward references), repeated records (duplicate ids), broken lines, blank lines and
 * unknown types, over many batches, with reports kept whole and cut short.
 */
class ParallelLinesTest {
  private static final GcmJson JSON = GcmJson.create();

  @Test
  void readAndValidate_messyLinesOnTwoToFiveThreads_sameAsOneThread(@TempDir Path dir)
      throws IOException {
    for (long seed = 1; seed <= 4; seed++) {
      // With lines cut short, references are not checked (a lost line may hold their target).
      boolean broken = seed % 2 == 0;
      Path file = dir.resolve("messy-" + seed + ".jsonl");
      Files.writeString(file, messyLines(seed, 150, broken, dir), StandardCharsets.UTF_8);
      for (GcmJson json : List.of(JSON, JSON.withMaxViolations(7))) {
        ReadResult<Dataset> one = json.readDataset(file);
        ValidationReport streamed = json.validateDataset(file);
        assertThat(one.getReport().countsByCode())
            .as("the input has the problems this test is about")
            .containsKeys(
                "id.duplicate", "value.syntax", broken ? "json.syntax" : "reference.unresolved");
        for (int threads = 2; threads <= 5; threads++) {
          GcmJson parallel = json.withThreads(threads);
          ReadResult<Dataset> many = parallel.readDataset(file);
          assertThat(many.getReport())
              .as("seed %s, %s threads", seed, threads)
              .isEqualTo(one.getReport());
          assertThat(many.getValue()).isEqualTo(one.getValue());
          assertThat(parallel.validateDataset(file)).isEqualTo(streamed);
        }
      }
    }
  }

  /**
   * A chain link's place is found on the reading thread (the merge takes it from there): the loop
   * is placed at the first record's {@code partOf} value, in a later batch than the first.
   */
  @Test
  void read_partOfLoopAfterManyLines_locatedAtThePartOfValueOnOneAndTwoThreads() {
    StringBuilder lines = new StringBuilder("{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}\n");
    int actors = 1500;
    for (int i = 0; i < actors; i++) {
      lines.append(
          "{\"type\":\"actor\",\"id\":\"a"
              + i
              + "\",\"kind\":\"media\",\"name\":{\"en\":\"A\"}}\n");
    }
    String first = meetingPartOf("m1", "m2");
    lines.append(first).append(meetingPartOf("m2", "m1"));
    byte[] input = lines.toString().getBytes(StandardCharsets.UTF_8);

    for (int threads = 1; threads <= 2; threads++) {
      ValidationReport report =
          JSON.withThreads(threads)
              .readDataset(new ByteArrayInputStream(input), "d.jsonl")
              .getReport();

      List<Violation> loops =
          report.getViolations().stream()
              .filter(v -> v.getCode().equals("reference.loop"))
              .toList();
      assertThat(loops).as("%s threads", threads).hasSize(1);
      Location at = loops.get(0).getLocation().orElseThrow();
      assertThat(loops.get(0).getPointer()).isEqualTo("/meetings/0/partOf");
      assertThat(at.getLine()).as("%s threads", threads).hasValue(actors + 2);
      assertThat(at.getColumn()).as("%s threads", threads).hasValue(first.indexOf("\"m2\"") + 1);
    }
  }

  private static String meetingPartOf(String id, String partOf) {
    return "{\"type\":\"meeting\",\"id\":\""
        + id
        + "\",\"kind\":\"meeting\",\"title\":{\"en\":\"A\"},\"status\":\"planned\",\"partOf\":\""
        + partOf
        + "\"}\n";
  }

  @Test
  void read_validLinesOnThreeThreads_sameDatasetAsWritten(@TempDir Path dir) throws IOException {
    Dataset d = RandomDatasets.generate(11, 400);
    Path file = dir.resolve("d.jsonl");
    JSON.writeDataset(d, file);

    ReadResult<Dataset> r = JSON.withThreads(3).readDataset(file);

    assertThat(r.getValue()).contains(d);
    assertThat(r.getReport()).isEqualTo(JSON.readDataset(file).getReport());
  }

  @Test
  void progress_manyBatches_growsToEveryRecordAndByteOfTheFile(@TempDir Path dir)
      throws IOException {
    Dataset d = RandomDatasets.generate(3, 300);
    Path file = dir.resolve("d.jsonl");
    JSON.writeDataset(d, file);
    List<long[]> calls = Collections.synchronizedList(new ArrayList<>());
    Thread reader = Thread.currentThread();
    List<Thread> callers = Collections.synchronizedList(new ArrayList<>());

    JSON.withThreads(2)
        .withProgress(
            (records, bytes, total) -> {
              calls.add(new long[] {records, bytes, total});
              callers.add(Thread.currentThread());
            })
        .validateDataset(file);

    assertThat(calls).hasSizeGreaterThan(2);
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
      assertThat(calls.get(i)[1]).isGreaterThanOrEqualTo(calls.get(i - 1)[1]);
    }
    long[] last = calls.get(calls.size() - 1);
    assertThat(last).containsExactly(d.size(), Files.size(file), Files.size(file));
    assertThat(callers).containsOnly(reader);
  }

  @Test
  void progress_stream_totalUnknown(@TempDir Path dir) throws IOException {
    List<Long> totals = new ArrayList<>();
    String text = messyLines(5, 20, false, dir);

    JSON.withProgress((records, bytes, total) -> totals.add(total))
        .validateDataset(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.jsonl");

    assertThat(totals).isNotEmpty().containsOnly(-1L);
  }

  @Test
  void withThreads_lessThanOne_refused() {
    assertThatThrownBy(() -> JSON.withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected threads of 1 or more but was 0");
  }

  /**
   * The JSON Lines of a random dataset, with its record lines shuffled, some repeated, some left
   * out, some of an unknown type, some cut short when {@code broken}, and blank lines between.
   */
  static String messyLines(long seed, int recordsPerType, boolean broken, Path dir)
      throws IOException {
    Dataset d = RandomDatasets.generate(seed, recordsPerType);
    Path written = dir.resolve("written-" + seed + ".jsonl");
    JSON.writeDataset(d, written);
    List<String> lines = new ArrayList<>(Files.readAllLines(written, StandardCharsets.UTF_8));
    String header = lines.remove(0);
    Random random = new Random(seed);
    Collections.shuffle(lines, random);
    List<String> messy = new ArrayList<>();
    messy.add("");
    messy.add(header);
    for (String line : lines) {
      int dice = random.nextInt(100);
      if (dice < 3) {
        messy.add(line);
        messy.add(line);
      } else if (dice < 4) {
        // Left out: a record others may refer to.
        messy.add("");
      } else if (dice < 5) {
        messy.add(broken ? line.substring(0, line.length() / 2) : line);
      } else if (dice < 6) {
        messy.add(line.replaceFirst("\"type\":\"[a-z]+\"", "\"type\":\"meting\""));
      } else if (dice < 8) {
        messy.add("   ");
        messy.add(line);
      } else {
        messy.add(line);
      }
    }
    return String.join("\n", messy) + "\n";
  }
}
