package org.gcmkit.io.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.gcmkit.validation.StreamValidator;
import org.jspecify.annotations.Nullable;

/**
 * Where a part of a read is checked, on its pool thread, looks up the targets of its records'
 * references in the merge's id index, all at once ({@link StreamValidator#withKnownTargets}), so
 * that the merge need not. Both readers' parts do it the same way.
 */
public final class KnownTargets {
  private KnownTargets() {}

  /**
   * Replaces the links of each record of a part with its links marked by {@code stream}.
   *
   * @param stream the merge's stream validator
   * @param records the part's records, in order
   * @param links a record's links, null for a record that has none (it could not be read)
   * @param marked takes a record's marked links
   * @param <T> a record of the part
   */
  public static <T> void mark(
      StreamValidator stream,
      List<T> records,
      Function<T, StreamValidator.@Nullable Links> links,
      BiConsumer<T, StreamValidator.Links> marked) {
    List<StreamValidator.Links> all = new ArrayList<>(records.size());
    for (T r : records) {
      StreamValidator.Links l = links.apply(r);
      if (l != null) {
        all.add(l);
      }
    }
    Iterator<StreamValidator.Links> done = stream.withKnownTargets(all).iterator();
    for (T r : records) {
      if (links.apply(r) != null) {
        marked.accept(r, done.next());
      }
    }
  }
}
