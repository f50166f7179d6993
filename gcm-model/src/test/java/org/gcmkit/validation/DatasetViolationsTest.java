package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop walk that {@link StreamValidator} and gcm-beam share: each loop once, from its first
 * record in input order, whatever record the walk entered it by.
 */
class DatasetViolationsTest {

  private static List<List<String>> loops(List<String> inOrder, Map<String, String> next) {
    List<List<String>> found = new ArrayList<>();
    DatasetViolations.loops(inOrder, next::get, found::add);
    return found;
  }

  @Test
  void loops_eachOnceFromItsFirstRecordInInputOrder() {
    // d leads into the loop b -> c -> a -> b; the loop is given from a, the first of its records.
    Map<String, String> next = Map.of("d", "b", "b", "c", "c", "a", "a", "b");

    assertThat(loops(List.of("d", "b", "c", "a"), next)).containsExactly(List.of("b", "c", "a"));
    assertThat(loops(List.of("a", "b", "c", "d"), next)).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void loops_selfReferenceIsALoop_chainsThatEndAreNot() {
    Map<String, String> next = Map.of("a", "a", "b", "c", "c", "x", "e", "f", "f", "e");

    assertThat(loops(List.of("b", "c", "a", "f", "e"), next))
        .containsExactly(List.of("a"), List.of("f", "e"));
  }

  @Test
  void loops_longChainIsWalkedOnce() {
    int n = 200_000;
    List<String> ids = new ArrayList<>(n);
    Map<String, String> next = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      ids.add("r" + i);
      next.put("r" + i, "r" + ((i + 1) % n));
    }

    List<List<String>> found = loops(ids, next);

    assertThat(found).hasSize(1);
    assertThat(found.get(0)).hasSize(n).startsWith("r0", "r1").endsWith("r" + (n - 1));
  }
}
