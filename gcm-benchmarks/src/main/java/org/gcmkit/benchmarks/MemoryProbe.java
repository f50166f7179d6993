package org.gcmkit.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.DatasetGenerator.GeneratedRecord;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * (E) Memory: streams generated records through {@link StreamValidator} without holding them, and
 * reports the heap: the largest heap in use just after any collection (the live set, an upper
 * bound), the live heap after a full collection at the end while the validator and its id index are
 * still held, and from it the bytes per id. Run it in a fresh JVM with a low {@code -Xmx}:
 *
 * <pre>
 * java -Xmx64m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe 100000 0.01
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe json FILE.jsonl [THREADS]
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe csv FOLDER
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe misspelt 1000000
 * </pre>
 *
 * <p>The last streams that many generated JSON Lines records, each with a misspelt field, through
 * {@code GcmJson.validateDataset} from a stream (no file): every record gives a violation, and the
 * report must keep only its bound of them while counting all.
 */
public final class MemoryProbe {
  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  private MemoryProbe() {}

  public static void main(String[] args) {
    if (args.length > 1 && args[0].equals("misspelt")) {
      misspelt(Integer.parseInt(args[1].replace("_", "")));
      return;
    }
    if (args.length > 1 && (args[0].equals("json") || args[0].equals("csv"))) {
      file(args[0], Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1);
      return;
    }
    int records = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    double invalid = args.length > 1 ? Double.parseDouble(args[1]) : 0.0;
    watchCollections();
    GcmValidator validator = GcmValidator.create();
    // Warm the validator so that its metadata is part of the baseline, not of the index.
    StreamValidator warm = StreamValidator.create(validator);
    for (Iterator<GeneratedRecord> it = DatasetGenerator.of(1, 100, 0).records(); it.hasNext(); ) {
      GeneratedRecord r = it.next();
      warm.accept(r.record(), r.pointer(), p -> Optional.empty());
    }
    warm.finish();
    long before = liveHeap();
    MAX_AFTER_GC.set(0);
    long start = System.nanoTime();
    StreamValidator stream = StreamValidator.create(validator);
    long violations = 0;
    for (Iterator<GeneratedRecord> it = DatasetGenerator.of(42, records, invalid).records();
        it.hasNext(); ) {
      GeneratedRecord r = it.next();
      violations +=
          stream.accept(r.record(), r.pointer(), p -> Optional.empty()).getViolations().size();
    }
    long ids = stream.idCount();
    long after = liveHeap();
    violations += stream.finish().getErrorCount();
    double seconds = (System.nanoTime() - start) / 1e9;
    long max = Runtime.getRuntime().maxMemory();
    System.out.printf(
        Locale.ROOT,
        "records=%d invalid=%.2f violations=%d ids=%d xmx=%dMB seconds=%.1f records/s=%.0f"
            + " baselineLive=%.1fMB liveWithIndex=%.1fMB maxHeapAfterGc=%.1fMB bytesPerId=%.0f%n",
        records,
        invalid,
        violations,
        ids,
        max >> 20,
        seconds,
        records / seconds,
        before / 1048576.0,
        after / 1048576.0,
        MAX_AFTER_GC.get() / 1048576.0,
        (after - before) / (double) ids);
  }

  /**
   * Validates a JSON (Lines) file or a CSV package with gcm's streaming validators and reports the
   * largest heap in use after any collection.
   */
  private static void file(String format, Path path, int threads) {
    watchCollections();
    long before = liveHeap();
    MAX_AFTER_GC.set(0);
    long start = System.nanoTime();
    ValidationReport report =
        format.equals("json")
            ? GcmJson.create().withThreads(threads).validateDataset(path)
            : GcmCsv.create().withThreads(threads).validateDataset(path);
    long violations = report.getErrorCount() + report.getWarningCount();
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = size(path);
    System.out.printf(
        Locale.ROOT,
        "format=%s path=%s threads=%d bytes=%d violations=%d xmx=%dMB seconds=%.1f MB/s=%.1f"
            + " baselineLive=%.1fMB maxHeapAfterGc=%.1fMB%n",
        format,
        path,
        threads,
        bytes,
        violations,
        Runtime.getRuntime().maxMemory() >> 20,
        seconds,
        bytes / 1048576.0 / seconds,
        before / 1048576.0,
        MAX_AFTER_GC.get() / 1048576.0);
  }

  /** Validates generated JSON Lines records that each have one misspelt field; prints the heap. */
  private static void misspelt(int records) {
    watchCollections();
    long before = liveHeap();
    MAX_AFTER_GC.set(0);
    long start = System.nanoTime();
    ValidationReport report =
        GcmJson.create().validateDataset(new MisspeltRecords(records), "misspelt.jsonl");
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "records=%d errors=%d kept=%d omitted=%s xmx=%dMB seconds=%.1f baselineLive=%.1fMB"
            + " maxHeapAfterGc=%.1fMB%n",
        records,
        report.getErrorCount(),
        report.getViolations().size(),
        report.getOmittedCounts(),
        Runtime.getRuntime().maxMemory() >> 20,
        seconds,
        before / 1048576.0,
        MAX_AFTER_GC.get() / 1048576.0);
  }

  /** JSON Lines made as they are read: a header, then actors each with the field "nmae". */
  private static final class MisspeltRecords extends java.io.InputStream {
    private final int records;
    private byte[] chunk =
        "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n".getBytes(StandardCharsets.UTF_8);
    private int at;
    private int next;

    MisspeltRecords(int records) {
      this.records = records;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length) {
        if (next == records) {
          return -1;
        }
        chunk =
            ("{\"type\":\"actor\",\"id\":\"a"
                    + next++
                    + "\",\"kind\":\"network\",\"name\":{\"en\":\"A\"},\"nmae\":\"x\"}\n")
                .getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      return n;
    }
  }

  private static long size(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      long total = 0;
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(p);
      }
      return total;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The heap in use after a full collection. */
  static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void watchCollections() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (notification
                  .getType()
                  .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> e :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (!e.getKey().contains("Metaspace")
                      && !e.getKey().contains("Code")
                      && !e.getKey().contains("Class")) {
                    used += e.getValue().getUsed();
                  }
                }
                MAX_AFTER_GC.accumulateAndGet(used, Math::max);
              }
            },
            null,
            null);
      }
    }
  }
}
