package org.gcmkit.model;

import java.util.Optional;

/**
 * Something with an optional start and end, which {@link
 * org.gcmkit.validation.constraints.ChronologicalOrder} checks for order.
 */
public interface Period {
  /** {@return when it started} */
  Optional<PartialDate> getStart();

  /** {@return when it ended} */
  Optional<PartialDate> getEnd();
}
