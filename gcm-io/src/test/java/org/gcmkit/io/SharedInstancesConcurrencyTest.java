package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.GcmValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One GcmJson, one GcmCsv and one GcmValidator shared by 8 threads that read, write and validate
 * different inputs at the same time give exactly what each task gives alone.
 */
class SharedInstancesConcurrencyTest {
  private static final int THREADS = 8;
  private static final int TASKS = 16;

  private final GcmJson json = GcmJson.create();
  private final GcmCsv csv = GcmCsv.create();
  private final GcmValidator validator = GcmValidator.create();

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void sharedInstances_eightThreadsDifferentInputs_sameResultsAsOneThread(@TempDir Path dir)
      throws Exception {
    List<String> alone = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      alone.add(task(i, dir.resolve("alone-" + i)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<String> together = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < TASKS; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task(n, dir.resolve("together-" + n));
                }));
      }
      start.countDown();
      for (Future<String> f : futures) {
        together.add(f.get(100, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(together).containsExactlyElementsOf(alone);
    // The tasks differ from one another, so equal lists are not equal by accident.
    assertThat(alone).doesNotHaveDuplicates();
    assertThat(String.join("\n", alone)).contains("reference.unresolved").contains("json.syntax");
  }

  /**
   * One task on input {@code n}: everything it reads, writes and reports, as text. Inputs differ by
   * seed and size; every third is broken so that reports are not empty.
   */
  private String task(int n, Path dir) throws IOException {
    Dataset d = RandomDatasets.generate(1000 + n, 1 + n % 3);
    StringBuilder out = new StringBuilder();
    String document = json.write(d);
    if (n % 3 == 2) {
      document = document.substring(0, document.length() / 2);
    }
    ReadResult<Dataset> fromText =
        json.readDataset(
            new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "d.json");
    out.append(fromText.getValue().map(v -> v.equals(d)).orElse(false)).append('\n');
    out.append(fromText.getReport().toText()).append('\n');

    Files.createDirectories(dir);
    Path lines = dir.resolve("d.jsonl");
    json.writeDataset(d, lines);
    out.append(Files.readString(lines));
    ReadResult<Dataset> fromLines = json.readDataset(lines);
    out.append(fromLines.getValue().map(v -> v.equals(d)).orElse(false)).append('\n');
    out.append(json.writeReport(fromLines.getReport()));
    out.append(json.writeReport(json.validateDataset(lines)));

    Path pkg = dir.resolve("pkg");
    csv.writeDataset(d, pkg);
    if (n % 3 == 1) {
      Files.writeString(pkg.resolve("actors.csv"), "id,kind\n\"x,state\n");
    }
    files(pkg).forEach((name, text) -> out.append(name).append('\n').append(text));
    ReadResult<Dataset> fromCsv = csv.readDataset(pkg);
    out.append(fromCsv.getValue().map(v -> v.equals(d)).orElse(false)).append('\n');
    out.append(fromCsv.getReport().toText().replace(dir.toString(), "DIR")).append('\n');
    out.append(csv.validateDataset(pkg).toText().replace(dir.toString(), "DIR")).append('\n');

    out.append(validator.validate(d).toText());
    return out.toString().replace(dir.toString(), "DIR");
  }

  private static Map<String, String> files(Path folder) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        out.put(p.getFileName().toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
