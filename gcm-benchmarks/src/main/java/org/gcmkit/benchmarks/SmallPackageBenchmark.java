package org.gcmkit.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * A small CSV package (one seed document, as gcm writes it: 27 files, most of the bytes in the
 * descriptor's table schemas) read whole and validated, against reading the same files' bytes,
 * tokenising the tables with FastCSV and the descriptor with jackson-core. What a package costs
 * whatever its size: a service checking many small uploads, a pipeline with many small packages,
 * the fuzzers. Scores are packages per second. {@code gcmReadOnTwoThreads} reads it with two
 * threads allowed, which a package this small does not use.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SmallPackageBenchmark {
  private Path folder;
  private final GcmCsv csv = GcmCsv.create();
  // As a service would set it once for all its reads, large and small.
  private final GcmCsv csvOnTwoThreads = GcmCsv.create().withThreads(2);
  private final JsonFactory json = new JsonFactory();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory(BenchFiles.scratch(), "small-package");
    Dataset seed = SeedDatasets.seed004();
    csv.writeDataset(seed, folder);
    if (!csv.readDataset(folder).getValue().equals(java.util.Optional.of(seed))) {
      throw new IllegalStateException("the package does not read back as written");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public ReadResult<Dataset> gcmRead() {
    return csv.readDataset(folder);
  }

  @Benchmark
  public ReadResult<Dataset> gcmReadOnTwoThreads() {
    return csvOnTwoThreads.readDataset(folder);
  }

  @Benchmark
  public long baselineTokenise() throws IOException {
    long n = 0;
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      list.forEach(files::add);
    }
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      if (f.getFileName().toString().endsWith(".json")) {
        try (JsonParser p = json.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
          while (p.nextToken() != null) {
            n++;
          }
        }
      } else {
        for (CsvRecord r : CsvReader.builder().ofCsvRecord(text)) {
          n += r.getFieldCount();
        }
      }
    }
    return n;
  }
}
