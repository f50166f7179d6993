package org.gcmkit.model.meta;

/** How a property's values are written in files. */
public enum ValueKind {
  /** A string. */
  STRING,
  /** A number, held as BigDecimal. */
  DECIMAL,
  /** An enum constant, written as its lower-case name. */
  ENUM,
  /** Multilingual {@code Text}: a JSON object of language tag to string; one CSV column per tag. */
  TEXT,
  /** A {@code PartialDate}, written as EDTF text. */
  PARTIAL_DATE,
  /** A {@code DateSpan}, written as EDTF text. */
  DATE_SPAN,
  /** A {@code Subject} code. */
  SUBJECT,
  /** A typed record id, written as its value. */
  ID,
  /** A nested model value with properties of its own. */
  OBJECT;

  /** {@return whether values are written as a single string or number} */
  public boolean isScalar() {
    return this != TEXT && this != OBJECT;
  }
}
