package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  /** A part's number and the thread that read it. */
  private record Read(int part, Thread on) {}

  @Test
  void onePart_onThreeThreads_isReadOnTheCallingThreadWithNoPool() {
    List<Read> merged = new ArrayList<>();
    try (InOrder<Read> parts = new InOrder<>(3, merged::add)) {
      parts.submit(() -> new Read(0, Thread.currentThread()));
      assertThat(merged).as("held until finish, as a second part may follow").isEmpty();
      parts.finish();
    }
    assertThat(merged).containsExactly(new Read(0, Thread.currentThread()));
  }

  @Test
  void manyParts_onThreeThreads_areReadOnThePoolAndMergedInOrder() {
    List<Read> merged = new ArrayList<>();
    try (InOrder<Read> parts = new InOrder<>(3, merged::add)) {
      for (int i = 0; i < 20; i++) {
        int part = i;
        parts.submit(
            () -> {
              // Later parts finish first if they can: the merge must still take them in order.
              sleep(20 - part);
              return new Read(part, Thread.currentThread());
            });
      }
      parts.finish();
    }
    assertThat(merged).extracting(Read::part).containsExactlyElementsOf(range(20));
    assertThat(merged)
        .extracting(r -> r.on().getName())
        .allSatisfy(name -> assertThat(name).startsWith("gcm-read-"));
    assertThat(merged).extracting(r -> r.on().isDaemon()).containsOnly(true);
  }

  @Test
  void oneThread_readsEachPartAtOnceOnTheCallingThread() {
    List<Read> merged = new ArrayList<>();
    try (InOrder<Read> parts = new InOrder<>(1, merged::add)) {
      parts.submit(() -> new Read(0, Thread.currentThread()));
      assertThat(merged).containsExactly(new Read(0, Thread.currentThread()));
      parts.submit(() -> new Read(1, Thread.currentThread()));
      parts.finish();
    }
    assertThat(merged).extracting(Read::part).containsExactly(0, 1);
  }

  @Test
  void aPartsError_reachesTheCaller_whetherReadHereOrOnThePool() {
    for (int parts : new int[] {1, 3}) {
      try (InOrder<Integer> inOrder = new InOrder<>(2, i -> {})) {
        for (int i = 0; i < parts; i++) {
          int part = i;
          inOrder.submit(
              () -> {
                if (part == parts - 1) {
                  throw new IllegalStateException("part " + part);
                }
                return part;
              });
        }
        assertThatThrownBy(inOrder::finish)
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("part " + (parts - 1));
      }
    }
  }

  @Test
  void close_waitsForAPartStillRunning_thatIgnoresItsInterrupt() throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    AtomicReference<Thread> reader = new AtomicReference<>();
    AtomicBoolean ended = new AtomicBoolean();
    InOrder<Integer> parts = new InOrder<>(2, i -> {});
    parts.submit(() -> 0);
    parts.submit(
        () -> {
          reader.set(Thread.currentThread());
          running.countDown();
          // Work that does not look at its interrupt, as parsing a batch does not.
          long until = System.nanoTime() + 300_000_000L;
          while (System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          ended.set(true);
          return 1;
        });
    running.await();
    parts.close();
    assertThat(ended).as("the running part ended before close returned").isTrue();
    assertThat(reader.get().isAlive()).as("its thread alive after close").isFalse();
    assertThat(reader.get().getName()).matches("gcm-read-\\d+-\\d+");
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
