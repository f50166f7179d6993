package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gcmkit.model.RecordType;
import org.junit.jupiter.api.Test;

class IdIndexTest {
  private static final RecordType[] TYPES = RecordType.values();

  /** Against a HashMap, over enough ids to fill several chunks and grow the table many times. */
  @Test
  void putIfAbsentAndContains_randomIds_sameAnswersAsAHashMap() {
    Random random = new Random(42);
    IdIndex index = new IdIndex();
    Map<String, String> expected = new HashMap<>();
    // Two prefixes of one length: the index must tell them apart by more than their length.
    String[] prefixes = {
      "/actors/", "/events/", "/figures/", "", "/a~1b/", "/meetings/12/participations/"
    };
    for (int n = 0; n < 300_000; n++) {
      RecordType type = TYPES[random.nextInt(TYPES.length)];
      String id = id(random);
      String pointer =
          switch (random.nextInt(6)) {
            case 0 -> "/n\u00e9e/" + random.nextInt(1000); // a prefix in UTF-8
            case 1 -> prefixes[random.nextInt(prefixes.length)] + "007"; // not a plain number
            case 2 -> "line " + random.nextInt(); // no slash at all, maybe negative
            default ->
                prefixes[random.nextInt(prefixes.length)] + random.nextInt(Integer.MAX_VALUE);
          };
      String key = type + " " + id;
      assertThat(index.contains(type, id)).isEqualTo(expected.containsKey(key));
      if (n % 1000 == 0) {
        assertContainsEach(index, expected, random);
      }
      assertThat(index.putIfAbsent(type, id, pointer))
          .isEqualTo(expected.putIfAbsent(key, pointer));
    }
    assertThat(index.size()).isEqualTo(expected.size());
    assertThat(expected.size()).isGreaterThan(100_000).isLessThan(300_000);
  }

  /**
   * Readers on other threads while one thread adds ids, through many table growths and chunks:
   * every id added before a lookup began is found, no id never added is, and no lookup fails.
   */
  @Test
  void contains_onOtherThreadsWhileAdding_findsWhatWasAddedBeforeAndNothingElse() throws Exception {
    IdIndex index = new IdIndex();
    int total = 400_000;
    AtomicInteger added = new AtomicInteger();
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> lookups = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        int seed = r;
        lookups.add(
            readers.submit(
                () -> {
                  Random random = new Random(seed);
                  long done = 0;
                  for (int before = added.get(); before < total; before = added.get()) {
                    if (before > 0) {
                      int k = random.nextInt(before);
                      assertThat(index.contains(RecordType.ACTOR, "actor-" + k))
                          .as("actor-%d, added before the lookup", k)
                          .isTrue();
                    }
                    int k = random.nextInt(total);
                    assertThat(index.contains(RecordType.ACTOR, "other-" + k)).isFalse();
                    assertThat(index.contains(RecordType.PERSON, "actor-" + k)).isFalse();
                    if (before > 0) {
                      RecordType[] types = {RecordType.ACTOR, RecordType.ACTOR, RecordType.PERSON};
                      String[] ids = {"actor-" + random.nextInt(before), "other-" + k, "actor-0"};
                      boolean[] found = new boolean[3];
                      index.containsEach(types, ids, 3, found);
                      assertThat(found).containsExactly(true, false, false);
                    }
                    done++;
                  }
                  return done;
                }));
      }
      for (int k = 0; k < total; k++) {
        // Long pointers, so that the entries fill many chunks.
        index.putIfAbsent(RecordType.ACTOR, "actor-" + k, "/actors/" + "x".repeat(k % 50) + "/7");
        added.set(k + 1);
      }
      for (Future<Long> f : lookups) {
        assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
      }
    } finally {
      readers.shutdownNow();
    }
  }

  /**
   * Ids that all have one String hash (made of "Aa" and "BB", which hash alike), as a hostile file
   * would hold them, among ordinary ones: the same answers as a HashMap, and in about linear time.
   * Before the probe was bounded each id walked past all the others: 2^15 such ids took 13 s to
   * add, 2^17 would take minutes; here 2^17 take well under a second, and the timeout only stops a
   * quadratic index from hanging the build.
   */
  @Test
  void putIfAbsentAndContains_manyIdsOfOneStringHash_sameAnswersAsAHashMap() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          IdIndex index = new IdIndex();
          Map<String, String> expected = new HashMap<>();
          Random random = new Random(7);
          int bits = 17;
          for (int k = 0; k < 1 << bits; k++) {
            RecordType type = k % 3 == 0 ? RecordType.SOURCE : RecordType.ACTOR;
            String colliding = colliding(k, bits);
            String plain = id(random);
            for (String id : new String[] {colliding, plain}) {
              String key = type + " " + id;
              assertThat(index.putIfAbsent(type, id, "/x/" + k))
                  .as(key)
                  .isEqualTo(expected.putIfAbsent(key, "/x/" + k));
            }
            if (k % 4096 == 0) {
              assertContainsEach(index, expected, random);
            }
          }
          assertThat(colliding(0, bits).hashCode()).isEqualTo(colliding(12345, bits).hashCode());
          assertThat(index.size()).isEqualTo(expected.size());
          for (int k = 0; k < 1 << bits; k += 97) {
            RecordType type = k % 3 == 0 ? RecordType.SOURCE : RecordType.ACTOR;
            RecordType other = k % 3 == 0 ? RecordType.ACTOR : RecordType.SOURCE;
            assertThat(index.contains(type, colliding(k, bits))).isTrue();
            assertThat(index.contains(other, colliding(k, bits))).isFalse();
            assertThat(index.pointerOf(type, colliding(k, bits)))
                .isEqualTo(expected.get(type + " " + colliding(k, bits)));
            assertThat(index.pointerOf(other, colliding(k, bits))).isNull();
            assertThat(index.contains(type, colliding(k, bits) + "Aa")).isFalse();
          }
          List<String> walked = new ArrayList<>();
          index.forEach((type, id, pointer) -> walked.add(type + " " + id));
          assertThat(walked).hasSize(expected.size());
          assertThat(new java.util.HashSet<>(walked)).isEqualTo(expected.keySet());
        });
  }

  /**
   * Readers on another thread while ids of one String hash are added among ordinary ones, through
   * the table's growths, which move entries between the table and its overflow: every id added
   * before a lookup began is found, and one of the same hash never added is not.
   */
  @Test
  void contains_idsOfOneHashOnOtherThreadsWhileAdding_findsWhatWasAddedBefore() throws Exception {
    IdIndex index = new IdIndex();
    int bits = 14;
    int total = 1 << (bits - 1);
    AtomicInteger added = new AtomicInteger();
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      Future<Long> lookups =
          reader.submit(
              () -> {
                Random random = new Random(3);
                long done = 0;
                for (int before = added.get(); before < total; before = added.get()) {
                  if (before > 0) {
                    int k = random.nextInt(before);
                    assertThat(index.contains(RecordType.ACTOR, colliding(k, bits)))
                        .as("the %d-th id of one hash, added before the lookup", k)
                        .isTrue();
                    RecordType[] types = {RecordType.ACTOR, RecordType.ACTOR};
                    String[] ids = {colliding(k, bits), colliding(total + k, bits)};
                    boolean[] found = new boolean[2];
                    index.containsEach(types, ids, 2, found);
                    assertThat(found).containsExactly(true, false);
                  }
                  done++;
                }
                return done;
              });
      for (int k = 0; k < total; k++) {
        index.putIfAbsent(RecordType.ACTOR, colliding(k, bits), "/actors/" + k);
        index.putIfAbsent(RecordType.ACTOR, "plain-" + k, "/actors/" + k);
        added.set(k + 1);
      }
      assertThat(lookups.get(60, TimeUnit.SECONDS)).isPositive();
    } finally {
      reader.shutdownNow();
    }
  }

  /** The {@code k}-th of the 2^{@code bits} ids of {@code bits} pairs "Aa" or "BB": one hash. */
  private static String colliding(int k, int bits) {
    StringBuilder b = new StringBuilder(1 + 2 * bits).append('x');
    for (int j = 0; j < bits; j++) {
      b.append(((k >> j) & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  @Test
  void putIfAbsent_sameIdOtherType_isNew() {
    IdIndex index = new IdIndex();

    assertThat(index.putIfAbsent(RecordType.ACTOR, "x1", "/actors/0")).isNull();
    assertThat(index.putIfAbsent(RecordType.PERSON, "x1", "/persons/0")).isNull();
    assertThat(index.putIfAbsent(RecordType.ACTOR, "x1", "/actors/5")).isEqualTo("/actors/0");
    assertThat(index.contains(RecordType.MEETING, "x1")).isFalse();
  }

  /** The first chunk starts small and grows: entries written before and after each growth. */
  @Test
  void putIfAbsent_pointersAcrossTheFirstChunksGrowth_keptWhole() {
    IdIndex index = new IdIndex();
    Map<String, String> expected = new HashMap<>();
    for (int k = 0; k < 3_000; k++) {
      // Mostly short, now and then longer than the first chunk or than twice what it holds.
      String pointer =
          k % 500 == 7 ? "/" + "q".repeat(5_000 + 40 * k) : "/sources/" + "y".repeat(k % 30);
      expected.put("s" + k, pointer);
      assertThat(index.putIfAbsent(RecordType.SOURCE, "s" + k, pointer)).isNull();
    }
    expected.forEach(
        (id, pointer) ->
            assertThat(index.putIfAbsent(RecordType.SOURCE, id, "/x")).as(id).isEqualTo(pointer));
  }

  @Test
  void putIfAbsent_pointerLongerThanAChunk_keptWhole() {
    IdIndex index = new IdIndex();
    String longPointer = "/" + "p".repeat(3_000_000);

    index.putIfAbsent(RecordType.SOURCE, "s1", longPointer);
    index.putIfAbsent(RecordType.SOURCE, "s2", "/sources/1");

    assertThat(index.putIfAbsent(RecordType.SOURCE, "s1", "/x")).isEqualTo(longPointer);
    assertThat(index.putIfAbsent(RecordType.SOURCE, "s2", "/x")).isEqualTo("/sources/1");
  }

  /** A batch of ids, half of them added, looked up at once: the same answers as one at a time. */
  private static void assertContainsEach(
      IdIndex index, Map<String, String> expected, Random random) {
    List<String> added = new ArrayList<>(expected.keySet());
    int count = 1 + random.nextInt(300);
    RecordType[] types = new RecordType[count];
    String[] ids = new String[count];
    for (int i = 0; i < count; i++) {
      if (i % 2 == 0 && !added.isEmpty()) {
        String[] key = added.get(random.nextInt(added.size())).split(" ", 2);
        types[i] = RecordType.valueOf(key[0]);
        ids[i] = key[1];
      } else {
        types[i] = TYPES[random.nextInt(TYPES.length)];
        ids[i] = id(random);
      }
    }
    boolean[] found = new boolean[count];
    index.containsEach(types, ids, count, found);
    for (int i = 0; i < count; i++) {
      assertThat(found[i])
          .as("%s %s", types[i], ids[i])
          .isEqualTo(expected.containsKey(types[i] + " " + ids[i]));
    }
  }

  private static String id(Random random) {
    String alphabet = "abcxyz0189._:-";
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 128 : 6);
    StringBuilder b = new StringBuilder(length);
    b.append('a');
    for (int i = 1; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
