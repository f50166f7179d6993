package org.gcmkit.validation.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.gcmkit.model.DatasetRecord;
import org.gcmkit.model.RecordId;

/** Exposes the reference walk and id lookup to {@link org.gcmkit.validation.StreamValidator}. */
public final class ReferenceIndex {
  private ReferenceIndex() {}

  /**
   * Calls {@code sink} with the path segments (made only when asked for) and value of each id
   * {@code record} refers to.
   */
  public static void references(Object record, BiConsumer<Supplier<List<Object>>, RecordId> sink) {
    RecordWalker.references(record, List.of(), sink);
  }

  /** The id of a top-level record. */
  public static RecordId idOf(Object record) {
    if (record instanceof DatasetRecord r) {
      return r.getId();
    }
    throw new IllegalArgumentException(
        "expected a top-level record of a dataset but was a " + record.getClass().getName());
  }
}
