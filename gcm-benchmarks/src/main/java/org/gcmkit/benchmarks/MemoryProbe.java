package org.gcmkit.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
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
import org.gcmkit.benchmarks.DatasetGenerator.GeneratedRecord;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.StreamValidator;

/**
 * (E) Memory: streams generated records through {@link StreamValidator} without holding them, and
 * reports the heap: the largest heap in use just after any collection (the live set, an upper
 * bound), the live heap after a full collection at the end while the validator and its id index
 * are still held, and from it the bytes per id. Run it in a fresh JVM with a low {@code -Xmx}:
 *
 * <pre>
 * java -Xmx64m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe 100000 0.01
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe json FILE.jsonl
 * java -Xmx256m -cp gcm-benchmarks/target/benchmarks.jar org.gcmkit.benchmarks.MemoryProbe csv FOLDER
 * </pre>
 */
public final class MemoryProbe {
  private static final AtomicLong MAX_AFTER_GC = new AtomicLong();

  private MemoryProbe() {}

  public static void main(String[] args) {
    if (args.length > 1 && (args[0].equals("json") || args[0].equals("csv"))) {
      file(args[0], Path.of(args[1]));
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
      violations += stream.accept(r.record(), r.pointer(), p -> Optional.empty()).getViolations().size();
    }
    long ids = stream.idCount();
    long after = liveHeap();
    violations += stream.finish().getViolations().size();
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
  private static void file(String format, Path path) {
    watchCollections();
    long before = liveHeap();
    MAX_AFTER_GC.set(0);
    long start = System.nanoTime();
    int violations =
        format.equals("json")
            ? GcmJson.create().validate(path).getViolations().size()
            : GcmCsv.create().validatePackage(path).getViolations().size();
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = size(path);
    System.out.printf(
        Locale.ROOT,
        "format=%s path=%s bytes=%d violations=%d xmx=%dMB seconds=%.1f MB/s=%.1f"
            + " baselineLive=%.1fMB maxHeapAfterGc=%.1fMB%n",
        format,
        path,
        bytes,
        violations,
        Runtime.getRuntime().maxMemory() >> 20,
        seconds,
        bytes / 1048576.0 / seconds,
        before / 1048576.0,
        MAX_AFTER_GC.get() / 1048576.0);
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
