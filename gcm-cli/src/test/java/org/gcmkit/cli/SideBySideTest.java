package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SideBySideTest {
  private final List<String> handedOn = new ArrayList<>();

  @Test
  @Timeout(30)
  void small_twoThreads_runSideBySide() {
    CountDownLatch both = new CountDownLatch(2);
    try (SideBySide<Boolean> runs = new SideBySide<>(2)) {
      for (String name : List.of("a", "b")) {
        runs.small(
            () -> {
              both.countDown();
              return await(both);
            },
            met -> handedOn.add(name + " met the other: " + met));
      }
      runs.finish();
    }

    assertThat(handedOn).containsExactly("a met the other: true", "b met the other: true");
  }

  @Test
  @Timeout(30)
  void small_laterWorkDoneFirst_handedOnInInputOrderOnTheCallingThread() {
    CountDownLatch lastDone = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    try (SideBySide<String> runs = new SideBySide<>(3)) {
      runs.small(() -> await(lastDone) ? "first" : "first, too early", handedOn::add);
      runs.small(() -> "second", handedOn::add);
      runs.small(
          () -> {
            lastDone.countDown();
            return "third";
          },
          s -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            handedOn.add(s);
          });
      runs.finish();
    }

    assertThat(handedOn).containsExactly("first", "second", "third");
  }

  @Test
  @Timeout(30)
  void alone_waitsForEarlierWorkAndRunsOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    try (SideBySide<String> runs = new SideBySide<>(2)) {
      runs.small(() -> sleep(200, "small"), handedOn::add);
      runs.alone(
          () -> Thread.currentThread() == caller ? "alone, on the caller" : "alone, elsewhere",
          handedOn::add);
      runs.small(() -> "after", handedOn::add);
      runs.finish();
    }

    assertThat(handedOn).containsExactly("small", "alone, on the caller", "after");
  }

  @Test
  @Timeout(30)
  void small_oneFails_earlierHandedOnThenItsErrorLaterDropped() {
    try (SideBySide<String> runs = new SideBySide<>(2)) {
      assertThatThrownBy(
              () -> {
                runs.small(() -> sleep(100, "one"), handedOn::add);
                runs.small(
                    () -> {
                      throw new InputFailure("cannot read 'two'", new RuntimeException());
                    },
                    handedOn::add);
                runs.small(() -> "three", handedOn::add);
                runs.finish();
              })
          .isInstanceOf(InputFailure.class)
          .hasMessage("cannot read 'two'");
    }

    assertThat(handedOn).containsExactly("one");
  }

  @Test
  void small_oneThread_runsAtOnceOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    try (SideBySide<String> runs = new SideBySide<>(1)) {
      runs.small(() -> Thread.currentThread() == caller ? "here" : "elsewhere", handedOn::add);
      assertThat(handedOn).containsExactly("here");
    }
  }

  @Test
  void small_onlyOneInputWithTwoThreads_runsOnTheCallingThread() {
    Thread caller = Thread.currentThread();
    try (SideBySide<String> runs = new SideBySide<>(2)) {
      runs.small(() -> Thread.currentThread() == caller ? "here" : "elsewhere", handedOn::add);
      runs.finish();
    }

    assertThat(handedOn).containsExactly("here");
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String sleep(long millis, String result) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
