package org.gcmkit.io.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one read: daemon threads, so that a reader never keeps a JVM alive, each named for
 * what it reads, and waited for when the read is closed. A reader that returns or throws has no
 * thread of its own left running, reading a file the caller may be about to delete or replace.
 *
 * <p>Why not an executor's {@code awaitTermination}: an executor is terminated when its last task
 * has ended, a moment before its threads have; a read closed that way could still leave a thread
 * alive (about one close in twenty on this machine).
 */
public final class Workers implements ThreadFactory {
  private final String name;
  private final AtomicInteger count = new AtomicInteger();
  // Made on the calling thread as a rule, but an executor may replace a thread from another.
  private final Queue<Thread> made = new ConcurrentLinkedQueue<>();

  /**
   * Threads named {@code name-1}, {@code name-2} and so on.
   *
   * @param name the threads' name, before their number
   */
  public Workers(String name) {
    this.name = name;
  }

  /**
   * {@return a daemon thread that runs {@code work}, not yet started}
   *
   * @param work what the thread runs
   */
  @Override
  public Thread newThread(Runnable work) {
    Thread t = new Thread(work, name + "-" + count.incrementAndGet());
    t.setDaemon(true);
    made.add(t);
    return t;
  }

  /**
   * Waits for every thread made to end; the caller stops them first (shuts their executor down,
   * cancels their work, sets a flag they read). Threads that read files are better not interrupted:
   * an interrupt during a read closes the channel, which a zip archive's entries share. An
   * interrupt of the caller while waiting is kept for it and the wait goes on: returning early
   * would leave the threads this waits for running.
   */
  public void join() {
    boolean interrupted = false;
    for (Thread t : made) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
