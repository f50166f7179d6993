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
 * <p>The threads start with the second part. An input of one part, such as a small file, is read on
 * the calling thread: starting and stopping a pool cost more than reading it. A seed's CSV package
 * read with two threads allowed went from 164-195 to 643-687 packages per second so
 * (SmallPackageBenchmark, BENCHMARKS.md).
 *
 * <p>The CLI validates the files of a folder side by side with it too ({@code SideBySide}), each
 * file a part, so that one class keeps the order and the bound on work in flight. {@link #finish()}
 * may be followed by more parts.
 *
 * @param <T> the result of reading one part
 */
public final class InOrder<T> implements AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;
  private final int maxInFlight;
  private final Consumer<T> merge;
  private final Deque<Future<T>> inFlight = new ArrayDeque<>();
  // Started with the second part; until then the first part waits here, not yet read.
  private @Nullable ExecutorService pool;
  private @Nullable Workers workers;
  private @Nullable Supplier<T> first;

  /**
   * Parts read on {@code threads} threads and merged by {@code merge}.
   *
   * @param threads the number of threads, 1 for the calling thread only
   * @param merge takes each part's result, in order, on the calling thread
   */
  public InOrder(int threads, Consumer<T> merge) {
    this.threads = checkThreads(threads);
    this.merge = merge;
    // Two parts per thread: one read while the other waits for its merge, so that no thread idles
    // while the merge catches up.
    this.maxInFlight = 2 * threads;
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
    if (threads == 1) {
      merge.accept(read.get());
      return;
    }
    ExecutorService p = pool;
    if (p == null) {
      Supplier<T> waiting = first;
      if (waiting == null) {
        first = read;
        return;
      }
      first = null;
      Workers w = new Workers("gcm-read-" + POOLS.incrementAndGet());
      p = Executors.newFixedThreadPool(threads, w);
      pool = p;
      workers = w;
      inFlight.add(p.submit(waiting::get));
    }
    inFlight.add(p.submit(read::get));
    while (inFlight.size() > maxInFlight) {
      mergeFirst();
    }
  }

  /** Waits for every part given and merges the rest, in order. */
  public void finish() {
    Supplier<T> alone = first;
    if (alone != null) {
      // The only part: read here, as with one thread.
      first = null;
      merge.accept(alone.get());
    }
    while (!inFlight.isEmpty()) {
      mergeFirst();
    }
  }

  private void mergeFirst() {
    merge.accept(await(inFlight.remove(), RuntimeException.class, "interrupted while reading"));
  }

  /**
   * {@return what {@code task} gave} When it threw, throws that here, as if the task had run on
   * this thread: an unchecked exception, an error or an exception of type {@code checked} as it is,
   * any other wrapped in an {@link IllegalStateException}.
   *
   * @param task the task run on another thread
   * @param checked the checked exception the task may throw
   * @param interrupted the message of the exception thrown when this thread is interrupted waiting
   * @param <R> the task's result
   * @param <X> the checked exception
   * @throws X what the task threw
   */
  public static <R, X extends Exception> R await(
      Future<R> task, Class<X> checked, String interrupted) throws X {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      if (checked.isInstance(cause)) {
        throw checked.cast(cause);
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Stops the threads and waits for them to end; parts not merged yet are dropped (after an error).
   * A part already running is interrupted and waited for: parts are small (a batch of lines or
   * rows, a small file), and a caller that has closed a read may delete what it read.
   */
  @Override
  public void close() {
    first = null;
    ExecutorService p = pool;
    Workers w = workers;
    if (p != null && w != null) {
      inFlight.forEach(f -> f.cancel(true));
      inFlight.clear();
      p.shutdownNow();
      w.join();
    }
  }
}
