package org.gcmkit.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.ReportParts;
import org.jspecify.annotations.Nullable;

/**
 * The violations of the dataset rules that a stream of records is checked for, made in one place
 * for every validator that applies them: {@link StreamValidator} on one machine, and engines that
 * apply the rules as joins of ids across workers (gcm-beam). The same defect gives the same code,
 * pointer, message and value, whoever finds it.
 */
public final class DatasetViolations {
  private DatasetViolations() {}

  /**
   * {@return the violation of a record whose id an earlier record has, unlocated}
   *
   * @param type the type of the records
   * @param id the id
   * @param pointer the pointer of the record that repeats it, such as {@code /meetings/7}
   * @param firstPointer the pointer of the first record with the id, in input order
   */
  public static Violation duplicateId(
      RecordType type, String id, String pointer, String firstPointer) {
    return Violation.of(
            Rule.ID_DUPLICATE,
            pointer + "/id",
            "expected a unique "
                + type.code()
                + " id but '"
                + id
                + "' is already the id of "
                + firstPointer)
        .value(id)
        .build();
  }

  /**
   * {@return the violation of a reference whose target no record of the dataset has as its id}
   *
   * @param type the type of the record referred to
   * @param target the id referred to
   * @param pointer the pointer of the reference, such as {@code /meetings/7/hosts/0/actor}
   * @param at where the reference is in the input, if known
   */
  public static Violation unresolvedReference(
      RecordType type, String target, String pointer, Optional<Location> at) {
    return Violation.of(
            Rule.REFERENCE_UNRESOLVED,
            pointer,
            "expected the id of "
                + ReportParts.withArticle(type.code())
                + " in this dataset but was '"
                + target
                + "'")
        .value(target)
        .location(at)
        .build();
  }

  /**
   * {@return the violation of a loop of chain references ({@code partOf}, {@code parent}), at the
   * reference of its first record in input order}
   *
   * @param type the type of the records of the loop
   * @param pointer the pointer of that record's reference, such as {@code /meetings/7/partOf}
   * @param property the property that holds the references
   * @param loop the ids of the loop's records, from that first record in the order of the
   *     references
   * @param at where the first record's reference is in the input, if known
   */
  public static Violation loop(
      RecordType type, String pointer, String property, List<String> loop, Optional<Location> at) {
    if (loop.isEmpty()) {
      throw new IllegalArgumentException("expected the ids of a loop but there were none");
    }
    String first = loop.get(0);
    StringBuilder through = new StringBuilder(first);
    for (int i = 1; i <= loop.size(); i++) {
      through.append(" -> ").append(loop.get(i % loop.size()));
    }
    return Violation.of(
            Rule.REFERENCE_LOOP,
            pointer,
            "expected the "
                + property
                + " of "
                + ReportParts.withArticle(Objects.requireNonNull(type, "type").code())
                + " to lead to one with no "
                + property
                + " but it comes back to '"
                + first
                + "': "
                + through)
        .value(loop.get(1 % loop.size()))
        .location(at)
        .build();
  }

  /**
   * Finds the loops among chain references ({@code partOf}, {@code parent}) and hands each to
   * {@code sink} once: its records in the order of the references, starting at the one that came
   * first in input order, as {@link #loop} wants them. Time and memory are linear in the records.
   *
   * @param <T> a record, or its id (compared with {@code equals}); of one comparable class (such as
   *     {@link org.gcmkit.validation.internal.IdKey}) when many may share a hash, as the walk keeps
   *     hash maps of them
   * @param inOrder the records that hold a chain reference, in input order; of records that share
   *     an id, only the first (the others are duplicates, and which one a reference means is
   *     ambiguous)
   * @param next the record that a record's reference leads to, or null when it leads to none
   * @param sink receives each loop
   */
  public static <T> void loops(
      List<T> inOrder, Function<T, @Nullable T> next, Consumer<List<T>> sink) {
    Map<T, Integer> order = new HashMap<>();
    for (T t : inOrder) {
      order.putIfAbsent(t, order.size());
    }
    // Each walk marks what it passes; a walk that reaches its own mark has found a loop, one that
    // reaches an earlier walk's mark or an end has not. Every record is passed once.
    Map<T, Integer> walkOf = new HashMap<>();
    int walk = 0;
    for (T start : inOrder) {
      if (walkOf.containsKey(start)) {
        continue;
      }
      walk++;
      List<T> path = new ArrayList<>();
      T at = start;
      while (at != null && !walkOf.containsKey(at)) {
        walkOf.put(at, walk);
        path.add(at);
        at = next.apply(at);
      }
      if (at != null && Objects.equals(walkOf.get(at), walk)) {
        List<T> loop = path.subList(path.indexOf(at), path.size());
        int from = 0;
        for (int i = 1; i < loop.size(); i++) {
          if (rank(order, loop.get(i)) < rank(order, loop.get(from))) {
            from = i;
          }
        }
        List<T> fromFirst = new ArrayList<>(loop.size());
        for (int i = 0; i < loop.size(); i++) {
          fromFirst.add(loop.get((from + i) % loop.size()));
        }
        sink.accept(fromFirst);
      }
    }
  }

  private static <T> int rank(Map<T, Integer> order, T t) {
    Integer r = order.get(t);
    return r == null ? Integer.MAX_VALUE : r;
  }
}
