package org.gcmkit.io.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs parts of one read on worker threads and hands their results, in the order the parts were
 * given, to a merge on the calling thread. At most a few parts per thread are in flight, so memory
 * is bounded by the parts' size, not the input's; with one thread each part is read and merged at
 * once on the calling thread, with no pool at all. Not thread-safe: one caller.
 *
 * @param <T> the result of reading one part
 */
public final class InOrder<T> implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final @Nullable ExecutorService pool;
  private final int maxInFlight;
  private final Consumer<T> merge;
  private final Deque<Future<T>> inFlight = new ArrayDeque<>();

  /**
   * Parts read on {@code threads} threads and merged by {@code merge}.
   *
   * @param threads the number of threads, 1 for the calling thread only
   * @param merge takes each part's result, in order, on the calling thread
   */
  public InOrder(int threads, Consumer<T> merge) {
    checkThreads(threads);
    this.merge = merge;
    // Two parts per thread: one read while the other waits for its merge, so that no thread idles
    // while the merge catches up.
    this.maxInFlight = 2 * threads;
    if (threads == 1) {
      this.pool = null;
    } else {
      int n = POOLS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      this.pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                // Daemon threads: a reader never keeps a JVM alive.
                Thread t = new Thread(r, "gcm-read-" + n + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    }
  }

  /**
   * {@return {@code threads}, a number of threads a reader may be given: 1 or more}
   *
   * @param threads the number asked for
   * @throws IllegalArgumentException when it is less than 1
   */
  public static int checkThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("expected threads of 1 or more but was " + threads);
    }
    return threads;
  }

  /**
   * Reads a part (on a worker thread, or at once with one thread), merging earlier parts whose turn
   * has come while too many are in flight.
   *
   * @param read reads the part
   */
  public void submit(Supplier<T> read) {
    ExecutorService p = pool;
    if (p == null) {
      merge.accept(read.get());
      return;
    }
    inFlight.add(p.submit(read::get));
    while (inFlight.size() > maxInFlight) {
      mergeFirst();
    }
  }

  /** Waits for every part given and merges the rest, in order. */
  public void finish() {
    while (!inFlight.isEmpty()) {
      mergeFirst();
    }
  }

  private void mergeFirst() {
    Future<T> first = inFlight.remove();
    T result;
    try {
      result = first.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      // The worker's own error, as if the part had been read on this thread.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    merge.accept(result);
  }

  /** Stops the threads; parts not merged yet are dropped (after an error). */
  @Override
  public void close() {
    ExecutorService p = pool;
    if (p != null) {
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
      p.shutdownNow();
    }
  }
}
