package org.gcmkit.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the work of a command on its inputs and hands each result on in input order, on the calling
 * thread, so that what is printed is what one thread would print. Small work runs side by side on a
 * pool, at most two per thread ahead of the result being handed on; other work waits for all before
 * it and runs alone on the calling thread (where it may use every thread itself). With one thread
 * there is no pool and everything runs at once, in order. Not thread-safe: one caller.
 *
 * <p>Why: reading a JSON document, or a small file in parts, uses one core; a folder of many small
 * files is spread over the processors only by validating several files at once. gcm-io's reader
 * does the same for the parts of one input, but its helper is internal to that module.
 *
 * @param <T> the result of the work on one input
 */
final class SideBySide<T> implements AutoCloseable {
  private record Pending<T>(Future<T> result, Consumer<T> then) {}

  private final @Nullable ExecutorService pool;
  private final int maxAhead;
  private final Deque<Pending<T>> pending = new ArrayDeque<>();

  /** Work on {@code threads} threads, 1 for the calling thread only. */
  SideBySide(int threads) {
    this.maxAhead = 2 * threads;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  // Daemon threads: an embedding application's JVM is never kept alive by them.
                  Thread t = new Thread(r, "gcm-input");
                  t.setDaemon(true);
                  return t;
                });
  }

  /** Runs small {@code work} beside the other small work, and then {@code then} in its turn. */
  void small(Supplier<T> work, Consumer<T> then) {
    ExecutorService p = pool;
    if (p == null) {
      then.accept(work.get());
      return;
    }
    pending.add(new Pending<>(p.submit(work::get), then));
    while (pending.size() > maxAhead) {
      handOnFirst();
    }
  }

  /** Once all earlier work is handed on, runs {@code work} on this thread, then {@code then}. */
  void alone(Supplier<T> work, Consumer<T> then) {
    finish();
    then.accept(work.get());
  }

  /** Waits for all work given and hands its results on, in order. */
  void finish() {
    while (!pending.isEmpty()) {
      handOnFirst();
    }
  }

  private void handOnFirst() {
    Pending<T> first = pending.remove();
    T result;
    try {
      result = first.result().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an input", e);
    } catch (ExecutionException e) {
      // The work's own error, as if it had run on this thread: the inputs before it are handed
      // on, the ones after it are not.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
    first.then().accept(result);
  }

  /** Stops the threads; work not handed on yet is dropped (after an error). */
  @Override
  public void close() {
    ExecutorService p = pool;
    if (p != null) {
      pending.forEach(w -> w.result().cancel(true));
      pending.clear();
      p.shutdownNow();
    }
  }
}
