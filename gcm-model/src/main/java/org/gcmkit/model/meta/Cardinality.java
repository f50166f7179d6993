package org.gcmkit.model.meta;

/** How many values a property holds. */
public enum Cardinality {
  /** Exactly one; a file that lacks it breaks {@code required}. */
  REQUIRED,
  /** Zero or one: the accessor returns Optional. */
  OPTIONAL,
  /** Zero or more, in order: the accessor returns List. */
  LIST
}
