package org.gcmkit.validation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gcmkit.model.RecordId;
import org.gcmkit.validation.DatasetViolations;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The references from a record to another of its own type, held directly by the record (a meeting's
 * {@code partOf}, an actor's {@code parent}, a figure's {@code partOf}, a pledge's {@code
 * matches}): followed, they must end, not come back. One implementation for the dataset rule and
 * the stream validator; memory is one entry per record that has such a reference.
 */
public final class Chains {
  /** The links by the id of the record that holds them, in the order the records came. */
  private final Map<IdKey, Link> links = new LinkedHashMap<>();

  /**
   * Calls {@code sink} with the property name and target of each chain reference of {@code record}:
   * a single reference, held by the record itself, to its own type.
   *
   * @param record a top-level record
   * @param sink receives the property and the target
   */
  public static void linksOf(Object record, BiConsumer<String, RecordId> sink) {
    RecordId id = ReferenceIndex.idOf(record);
    RecordWalker.references(
        record,
        List.of(),
        (path, ref) -> {
          String property = property(id, ref, path);
          if (property != null) {
            sink.accept(property, ref);
          }
        });
  }

  /**
   * The property through which record {@code from} holds a chain reference to {@code ref}, found at
   * {@code path} in a walk of its references; null when it is no chain reference. The path is made
   * only for a reference to the record's own type.
   *
   * @param from the id of the record walked
   * @param ref a reference found in it
   * @param path the path of the reference within the record
   * @return the property, or null
   */
  public static @Nullable String property(
      RecordId from, RecordId ref, Supplier<List<Object>> path) {
    if (ref.type() != from.type()) {
      return null;
    }
    List<Object> p = path.get();
    return p.size() == 1 ? String.valueOf(p.get(0)) : null;
  }

  /**
   * Records that the record {@code from} refers to {@code to} through {@code property}. Callers
   * leave out records whose id another record has already: which of them a reference means is
   * ambiguous, and the duplicate id is reported on its own.
   *
   * @param from the id of the record
   * @param property the property that holds the reference
   * @param to the target
   * @param pointer the pointer of the reference
   * @param at where the reference is in the input, if known
   */
  public void add(
      RecordId from, String property, RecordId to, String pointer, @Nullable Location at) {
    links.putIfAbsent(new IdKey(from), new Link(property, to, pointer, at));
  }

  /**
   * Hands each loop to {@code sink} once, as a violation at the reference of the loop's first
   * record in input order, saying the records it goes through.
   *
   * @param sink receives the violations
   */
  public void loops(Consumer<Violation> sink) {
    // By IdKey, not RecordId: the walk keeps maps of what it passed.
    DatasetViolations.loops(
        new ArrayList<>(links.keySet()),
        key -> {
          Link l = links.get(key);
          return l == null ? null : new IdKey(l.target);
        },
        loop -> sink.accept(violation(loop)));
  }

  private Violation violation(List<IdKey> loop) {
    IdKey first = loop.get(0);
    Link l = Objects.requireNonNull(links.get(first), "a loop is made of links");
    List<String> ids = new ArrayList<>(loop.size());
    loop.forEach(r -> ids.add(r.id().value()));
    return DatasetViolations.loop(
        first.id().type(), l.pointer, l.property, ids, java.util.Optional.ofNullable(l.at));
  }

  private static final class Link {
    final String property;
    final RecordId target;
    final String pointer;
    final @Nullable Location at;

    Link(String property, RecordId target, String pointer, @Nullable Location at) {
      this.property = property;
      this.target = target;
      this.pointer = pointer;
      this.at = at;
    }
  }
}
