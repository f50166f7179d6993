package org.gcmkit.model;

import java.util.Optional;

/**
 * Something with an optional start and end, which {@link
 * org.gcmkit.validation.constraints.ChronologicalOrder} checks for order.
 */
public interface Period {
  /** When it started. */
  Optional<PartialDate> getStart();

  /** When it ended. */
  Optional<PartialDate> getEnd();
}
