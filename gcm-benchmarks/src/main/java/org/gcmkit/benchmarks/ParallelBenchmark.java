package org.gcmkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parallel validation: the streaming validation of one large JSON Lines file or CSV package ({@code
 * validateDataset(Path)}, what {@code gcm validate} runs) on 1 and on more threads, in one run, so
 * that their ratio is the speed-up. Each operation validates the whole file once (single shot); the
 * file is generated once into the scratch folder and kept there for later forks and runs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 3, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class ParallelBenchmark {
  /** The records of the file. */
  @Param({"1000000"})
  public int records;

  /** Its form: JSON Lines, or a CSV package folder. */
  @Param({"jsonl", "csv"})
  public String form = "jsonl";

  /** The threads that validate it. */
  @Param({"1", "2"})
  public int threads;

  private Path file;
  private GcmJson json;
  private GcmCsv csv;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = path(records, form);
    if (!Files.exists(file)) {
      throw new IllegalStateException(
          "expected the file "
              + file
              + "; write it first with: java -Xmx6g -cp benchmarks.jar"
              + " org.gcmkit.benchmarks.ParallelBenchmark "
              + records);
    }
    json = GcmJson.create().withThreads(threads);
    csv = GcmCsv.create().withThreads(threads);
  }

  @Benchmark
  public ValidationReport validateFile() {
    ValidationReport report =
        form.equals("csv") ? csv.validateDataset(file) : json.validateDataset(file);
    if (!report.isValid()) {
      throw new IllegalStateException("expected valid data but found " + report.summary());
    }
    return report;
  }

  private static Path path(int records, String form) throws IOException {
    return BenchFiles.scratch()
        .resolve("parallel-" + records + (form.equals("csv") ? "-csv" : ".jsonl"));
  }

  /** Writes the JSON Lines file and CSV package of RECORDS valid generated records. */
  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0].replace("_", ""));
    Dataset dataset = DatasetGenerator.of(42, n, 0).dataset();
    Path file = path(n, "jsonl");
    if (!Files.exists(file)) {
      Path tmp = Files.createTempFile(file.getParent(), "parallel", ".jsonl");
      GcmJson.create().writeDataset(dataset, tmp);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    Path folder = path(n, "csv");
    if (!Files.exists(folder)) {
      // The writer writes a folder atomically: no half-written package is left for a benchmark.
      GcmCsv.create().writeDataset(dataset, folder);
    }
    System.out.printf("%s and %s written%n", file, folder);
  }
}
