package org.gcmkit.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gcmkit.io.internal.InOrder;

/**
 * Runs the work of a command on its inputs and hands each result on in input order, on the calling
 * thread, so that what is printed is what one thread would print. Small work runs side by side on a
 * pool, at most two per thread ahead of the result being handed on; other work waits for all before
 * it and runs alone on the calling thread (where it may use every thread itself). With one thread,
 * or a single small input, there is no pool and the work runs on the calling thread. Not
 * thread-safe: one caller.
 *
 * <p>Why: reading a JSON document, or a small file in parts, uses one core; a folder of many small
 * files is spread over the processors only by validating several files at once. The order, the
 * bound on work in flight and the pool are gcm-io's {@link InOrder}, which hands on the parts of
 * one input the same way. It is internal to gcm-io; the CLI ships with the gcm-io it was built
 * with.
 *
 * @param <T> the result of the work on one input
 */
final class SideBySide<T> implements AutoCloseable {
  // Each result comes back as the step that hands it to its own consumer.
  private final InOrder<Runnable> inOrder;

  /** Work on {@code threads} threads, 1 for the calling thread only. */
  SideBySide(int threads) {
    this.inOrder = new InOrder<>(threads, Runnable::run);
  }

  /** Runs small {@code work} beside the other small work, and then {@code then} in its turn. */
  void small(Supplier<T> work, Consumer<T> then) {
    inOrder.submit(
        () -> {
          T result = work.get();
          return () -> then.accept(result);
        });
  }

  /** Once all earlier work is handed on, runs {@code work} on this thread, then {@code then}. */
  void alone(Supplier<T> work, Consumer<T> then) {
    inOrder.finish();
    then.accept(work.get());
  }

  /** Waits for all work given and hands its results on, in order. */
  void finish() {
    inOrder.finish();
  }

  /**
   * Stops the threads and waits for work still running to end; work not handed on yet is dropped
   * (after an error).
   */
  @Override
  public void close() {
    inOrder.close();
  }
}
