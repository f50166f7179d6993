package org.gcmkit.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.validation.ValidationReport;

/**
 * The calling thread's share of the CPU time of a parallel validation: the part of the work that
 * does not spread over more threads (splitting the input, gathering rows, merging parts and the id
 * index). It bounds the speed-up on any number of cores at about its inverse (Amdahl), which a
 * two-core machine cannot show by timing. Validates the file RUNS times in one JVM and prints, for
 * each run, the wall time, the process's CPU time and the calling thread's:
 *
 * <pre>
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.CallingThreadShare csv FOLDER THREADS RUNS
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.CallingThreadShare json FILE.jsonl THREADS RUNS
 * </pre>
 *
 * <p>The files are ParallelBenchmark's ({@code java -cp benchmarks.jar
 * org.gcmkit.benchmarks.ParallelBenchmark 1000000} writes them under /dev/shm/gcm-bench). The first
 * runs include compiling; read the last.
 */
public final class CallingThreadShare {
  private CallingThreadShare() {}

  public static void main(String[] args) {
    if (args.length != 4 || !(args[0].equals("csv") || args[0].equals("json"))) {
      System.err.println("usage: CallingThreadShare csv|json PATH THREADS RUNS");
      System.exit(2);
    }
    Path path = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean calling = ManagementFactory.getThreadMXBean();
    for (int run = 1; run <= runs; run++) {
      long callingBefore = calling.getCurrentThreadCpuTime();
      long processBefore = os.getProcessCpuTime();
      long start = System.nanoTime();
      ValidationReport report =
          args[0].equals("csv")
              ? GcmCsv.create().withThreads(threads).validateDataset(path)
              : GcmJson.create().withThreads(threads).validateDataset(path);
      double wall = (System.nanoTime() - start) / 1e9;
      double process = (os.getProcessCpuTime() - processBefore) / 1e9;
      double own = (calling.getCurrentThreadCpuTime() - callingBefore) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s threads=%d run=%d wall=%.2fs cpu=%.2fs cores=%.2f calling=%.2fs share=%.1f%%"
              + " bound=%.1fx valid=%s%n",
          args[0],
          threads,
          run,
          wall,
          process,
          process / wall,
          own,
          100 * own / process,
          process / own,
          report.isValid());
    }
  }
}
