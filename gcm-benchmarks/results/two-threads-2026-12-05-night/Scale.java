import java.nio.file.*;
import java.util.concurrent.*;
import tools.jackson.core.*;
import tools.jackson.core.json.JsonFactory;
/** How two threads scale on this machine with work that shares nothing: each thread runs the same
 * task on its own copy of the data. Tasks: Jackson streaming over 64 MB of gcm JSON Lines; an
 * integer loop in L1. Prints the time of the task alone and of each of two at once. */
public class Scale {
  static volatile long sink;
  static long jackson(byte[] bytes, JsonFactory f) {
    long n = 0;
    for (int k = 0; k < 5; k++) n += jackson1(bytes, f);
    return n;
  }
  static long jackson1(byte[] bytes, JsonFactory f) {
    long n = 0;
    try (JsonParser p = f.createParser(ObjectReadContext.empty(), bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) { if (t == JsonToken.VALUE_STRING) n += p.getString().length(); else n++; }
    }
    return n;
  }
  static long ints(int reps) {
    long h = 1;
    for (int i = 0; i < reps; i++) { h = h * 31 + (i ^ (h >>> 7)); }
    return h;
  }
  public static void main(String[] a) throws Exception {
    byte[] all = Files.readAllBytes(Path.of(a[0]));
    int cut = 64 << 20; while (all[cut - 1] != '\n') cut--;
    byte[] b1 = java.util.Arrays.copyOf(all, cut), b2 = b1.clone();
    JsonFactory f = new JsonFactory();
    int reps = 1_000_000_000;
    for (int round = 0; round < 8; round++) {
      long t0 = System.nanoTime(); sink = jackson(b1, f); long one = System.nanoTime() - t0;
      ExecutorService ex = Executors.newFixedThreadPool(2);
      t0 = System.nanoTime();
      Future<Long> x = ex.submit(() -> jackson(b1, f)), y = ex.submit(() -> jackson(b2, f));
      sink = x.get() + y.get(); long two = System.nanoTime() - t0;
      t0 = System.nanoTime(); sink = ints(reps); long oneI = System.nanoTime() - t0;
      t0 = System.nanoTime();
      Future<Long> u = ex.submit(() -> ints(reps)), v = ex.submit(() -> ints(reps));
      sink = u.get() + v.get(); long twoI = System.nanoTime() - t0;
      ex.shutdown();
      System.out.printf("round %d: jackson 1 task %.0f ms, 2 tasks at once %.0f ms -> speed-up %.2fx; int loop %.0f ms, %.0f ms -> %.2fx%n",
          round, one / 1e6, two / 1e6, 2.0 * one / two, oneI / 1e6, twoI / 1e6, 2.0 * oneI / twoI);
    }
  }
}
