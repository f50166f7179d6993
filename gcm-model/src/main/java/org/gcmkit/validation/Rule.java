package org.gcmkit.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of rules gcm checks, each with a stable code that reports carry; codes never change
 * meaning, and new rules get new codes.
 *
 * <p>Model rules are enforced by the Jakarta constraints on the model types, so any Jakarta
 * Validation provider applies them; {@link GcmValidator} maps each constraint to its rule. Format
 * rules are checked by the readers of gcm-io.
 */
public enum Rule {
  // Field rules.
  /** A required value is missing ({@code @NotNull}, or a missing required field in a file). */
  REQUIRED("required", Severity.ERROR),
  /** A text value is empty or only white space ({@code @NotBlank}). */
  BLANK("text.blank", Severity.ERROR),
  /** A list or multilingual text that must have an entry has none ({@code @NotEmpty}). */
  EMPTY("collection.empty", Severity.ERROR),
  /** A value does not match its pattern, such as a phone number or document symbol. */
  PATTERN("value.pattern", Severity.ERROR),
  /** A number is out of its range ({@code @PositiveOrZero} and the like). */
  RANGE("value.range", Severity.ERROR),
  /** An e-mail address is malformed. */
  EMAIL("email.syntax", Severity.ERROR),
  /** A web address is malformed. */
  URL("url.syntax", Severity.ERROR),
  /** A language tag is not well-formed BCP 47. */
  LANGUAGE_TAG("language-tag.invalid", Severity.ERROR),
  /** A country code is not an ISO 3166-1 alpha-2 code. */
  COUNTRY_CODE("country-code.unknown", Severity.ERROR),
  /** A subject names an objective or principle that does not exist. */
  SUBJECT_UNKNOWN("subject.unknown", Severity.ERROR),
  // Cross-field rules.
  /** A period or date span ends before it starts. */
  DATE_ORDER("date.end-before-start", Severity.ERROR),
  /** None of the properties of which one is needed is present. */
  ONE_OF("one-of.missing", Severity.ERROR),
  /** An actor of kind state has no country code. */
  STATE_COUNTRY("actor.state-without-country", Severity.ERROR),
  /** A hybrid meeting lacks a place or a virtual location. */
  HYBRID_LOCATION("meeting.hybrid-without-locations", Severity.ERROR),
  /** A meeting marked held has no date. */
  HELD_WITHOUT_DATE("meeting.held-without-date", Severity.WARNING),
  // Dataset rules.
  /** Two records of one type share an id. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR),
  /** A reference names no record of the dataset. */
  REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR),
  /** A Jakarta constraint that gcm does not know, such as an application's own. */
  CONSTRAINT("constraint", Severity.ERROR),
  // Format rules, checked by the readers of gcm-io.
  /** The input is not well-formed JSON; reading stops at this point. */
  JSON_SYNTAX("json.syntax", Severity.ERROR),
  /** A JSON object has the same key twice; neither value is chosen silently. */
  JSON_DUPLICATE_KEY("json.duplicate-key", Severity.ERROR),
  /** The input is not well-formed CSV, such as an unclosed quote. */
  CSV_SYNTAX("csv.syntax", Severity.ERROR),
  /** The bytes are not valid UTF-8. */
  ENCODING("encoding.invalid", Severity.ERROR),
  /** A value has the wrong JSON type, such as a number where text is expected. */
  TYPE("value.type", Severity.ERROR),
  /** A text value cannot be read as its type: a date, id, code, subject or number. */
  VALUE_SYNTAX("value.syntax", Severity.ERROR),
  /** A field the format does not define; a lenient reader reports it as a warning. */
  UNKNOWN_FIELD("field.unknown", Severity.ERROR),
  /** The file's format version is missing or not one this library reads. */
  FORMAT_VERSION("format.version", Severity.ERROR),
  /** A read limit was exceeded: nesting depth, string or number length, document size. */
  LIMIT("input.limit", Severity.ERROR),
  /** A CSV header row lacks a required column. */
  HEADER_MISSING("header.missing", Severity.ERROR),
  /** A CSV header names no column of the table. */
  HEADER_UNKNOWN("header.unknown", Severity.ERROR),
  /** A CSV header names a column twice. */
  HEADER_DUPLICATE("header.duplicate", Severity.ERROR),
  /** A CSV row has more or fewer cells than the header. */
  ROW_LENGTH("row.length", Severity.ERROR),
  /** A CSV child-table row is not among the rows of its parent record, in parent order. */
  ROW_ORDER("row.order", Severity.ERROR),
  /** A data package descriptor is malformed, or names a file outside the package. */
  PACKAGE_INVALID("package.invalid", Severity.ERROR),
  /** A CSV package has no descriptor; its tables are read by their standard file names. */
  PACKAGE_DESCRIPTOR_MISSING("package.descriptor-missing", Severity.WARNING),
  /** A CSV file in a package folder is not listed in the descriptor; its rows are not read. */
  PACKAGE_TABLE_UNLISTED("package.table-unlisted", Severity.WARNING);

  private final String code;
  private final Severity severity;

  Rule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The stable code reports carry, for example {@code reference.unresolved}. */
  public String code() {
    return code;
  }

  /** The severity of a violation of this rule. */
  public Severity severity() {
    return severity;
  }

  /** The rule with this code, if there is one. */
  public static Optional<Rule> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
