import java.lang.management.*;
import java.nio.file.*;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.csv.GcmCsv;
public class Cpu {
  public static void main(String[] a) throws Exception {
    Path f = Path.of(a[0]); int threads = Integer.parseInt(a[1]); int runs = Integer.parseInt(a[2]);
    boolean csv = Files.isDirectory(f);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    GcmJson json = GcmJson.create().withThreads(threads);
    GcmCsv c = GcmCsv.create().withThreads(threads);
    for (int i = 0; i < runs; i++) {
      long gc0 = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
      long cpu0 = os.getProcessCpuTime(); long t0 = System.nanoTime();
      var r = csv ? c.validateDataset(f) : json.validateDataset(f);
      long t1 = System.nanoTime(); long cpu1 = os.getProcessCpuTime();
      long gc1 = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
      System.out.printf("threads %d run %d: wall %.2f s, cpu %.2f s (%.2f cores), gc pauses %.2f s, valid %s%n", threads, i, (t1-t0)/1e9, (cpu1-cpu0)/1e9, (double)(cpu1-cpu0)/(t1-t0), (gc1-gc0)/1e3, r.isValid());
    }
  }
}
