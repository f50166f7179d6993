package org.gcmkit.validation;

import java.util.HashMap;
import java.util.Map;
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
  REQUIRED("required", Severity.ERROR, Kind.FIELD),
  /** A text value is empty or only white space ({@code @NotBlank}). */
  BLANK("text.blank", Severity.ERROR, Kind.FIELD),
  /** A list or multilingual text that must have an entry has none ({@code @NotEmpty}). */
  EMPTY("collection.empty", Severity.ERROR, Kind.FIELD),
  /** A value does not match its pattern, such as a phone number or document symbol. */
  PATTERN("value.pattern", Severity.ERROR, Kind.FIELD),
  /** A number is out of its range ({@code @PositiveOrZero} and the like). */
  RANGE("value.range", Severity.ERROR, Kind.FIELD),
  /** An e-mail address is malformed. */
  EMAIL("email.syntax", Severity.ERROR, Kind.FIELD),
  /**
   * A web address is not an absolute {@code http} or {@code https} address with a host, in
   * printable ASCII ({@code file:}, {@code mailto:} and relative addresses are refused).
   */
  URL("url.syntax", Severity.ERROR, Kind.FIELD),
  /** A language tag is not well-formed BCP 47. */
  LANGUAGE_TAG("language-tag.invalid", Severity.ERROR, Kind.FIELD),

  /** One language is given twice in a text or a list of languages, in any case. */
  LANGUAGE_TAG_DUPLICATE("language-tag.duplicate", Severity.ERROR, Kind.FIELD),
  /**
   * A language tag is in another case than the registry's ({@code EN} for {@code en}): the same
   * tag, which writers write in the registry's case (format 1.1).
   */
  LANGUAGE_TAG_CASE("language-tag.case", Severity.WARNING, Kind.FIELD),
  /** A country code is not an ISO 3166-1 alpha-2 code. */
  COUNTRY_CODE("country-code.unknown", Severity.ERROR, Kind.FIELD),
  /** A subject names an objective or principle that does not exist. */
  SUBJECT_UNKNOWN("subject.unknown", Severity.ERROR, Kind.FIELD),
  // Cross-field rules.
  /** A period or date span ends before it starts. */
  DATE_ORDER("date.end-before-start", Severity.ERROR, Kind.CROSS_FIELD),
  /** None of the properties of which one is needed is present. */
  ONE_OF("one-of.missing", Severity.ERROR, Kind.CROSS_FIELD),
  /** An actor of kind state has no country code. */
  STATE_COUNTRY("actor.state-without-country", Severity.ERROR, Kind.CROSS_FIELD),
  /** A hybrid meeting lacks a place or a virtual location. */
  HYBRID_LOCATION("meeting.hybrid-without-locations", Severity.ERROR, Kind.CROSS_FIELD),
  /** A meeting marked held has no date. */
  HELD_WITHOUT_DATE("meeting.held-without-date", Severity.WARNING, Kind.CROSS_FIELD),

  /** A decision's vote counts do not add up to its total. */
  VOTE_TOTAL("decision.vote-total", Severity.ERROR, Kind.CROSS_FIELD),

  /** A claim names no property of its record, or a value that property cannot hold. */
  CLAIM_INVALID("claim.invalid", Severity.ERROR, Kind.CROSS_FIELD),
  // Dataset rules.
  /** Two records of one type share an id. */
  ID_DUPLICATE("id.duplicate", Severity.ERROR, Kind.DATASET),
  /** A reference names no record of the dataset. */
  REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR, Kind.DATASET),

  /** References from records to their own type ({@code partOf}, {@code parent}) loop. */
  REFERENCE_LOOP("reference.loop", Severity.ERROR, Kind.DATASET),
  /**
   * A Jakarta constraint that gcm does not know, such as an application's own; counted a field rule
   * because gcm cannot tell what it looks at.
   */
  CONSTRAINT("constraint", Severity.ERROR, Kind.FIELD),
  // Format rules, checked by the readers of gcm-io.
  /** The input is not well-formed JSON; reading stops at this point. */
  JSON_SYNTAX("json.syntax", Severity.ERROR, Kind.FORMAT),
  /** A JSON object has the same key twice; neither value is chosen silently. */
  JSON_DUPLICATE_KEY("json.duplicate-key", Severity.ERROR, Kind.FORMAT),
  /** The input is not well-formed CSV, such as an unclosed quote. */
  CSV_SYNTAX("csv.syntax", Severity.ERROR, Kind.FORMAT),
  /** The bytes are not valid UTF-8. */
  ENCODING("encoding.invalid", Severity.ERROR, Kind.FORMAT),
  /** A value has the wrong JSON type, such as a number where text is expected. */
  TYPE("value.type", Severity.ERROR, Kind.FORMAT),
  /** A text value cannot be read as its type: a date, id, code, subject or number. */
  VALUE_SYNTAX("value.syntax", Severity.ERROR, Kind.FORMAT),
  /** A field the format does not define; a lenient reader reports it as a warning. */
  UNKNOWN_FIELD("field.unknown", Severity.ERROR, Kind.FORMAT),
  /** The file's format version is missing or not one this library reads. */
  FORMAT_VERSION("format.version", Severity.ERROR, Kind.FORMAT),
  /**
   * A read limit was exceeded: nesting depth, string or number length, document size, a CSV row's
   * cells or characters.
   */
  LIMIT("input.limit", Severity.ERROR, Kind.FORMAT),
  /** A CSV header row lacks a required column. */
  HEADER_MISSING("header.missing", Severity.ERROR, Kind.FORMAT),
  /** A CSV header names no column of the table. */
  HEADER_UNKNOWN("header.unknown", Severity.ERROR, Kind.FORMAT),
  /** A CSV header names a column twice. */
  HEADER_DUPLICATE("header.duplicate", Severity.ERROR, Kind.FORMAT),
  /** A CSV row has more or fewer cells than the header. */
  ROW_LENGTH("row.length", Severity.ERROR, Kind.FORMAT),
  /** A CSV child-table row is not among the rows of its parent record, in parent order. */
  ROW_ORDER("row.order", Severity.ERROR, Kind.FORMAT),
  /** A data package descriptor is malformed, or names a file outside the package. */
  PACKAGE_INVALID("package.invalid", Severity.ERROR, Kind.FORMAT),
  /** A CSV package has no descriptor; its tables are read by their standard file names. */
  PACKAGE_DESCRIPTOR_MISSING("package.descriptor-missing", Severity.WARNING, Kind.FORMAT),
  /** A CSV file in a package folder is not listed in the descriptor; its rows are not read. */
  PACKAGE_TABLE_UNLISTED("package.table-unlisted", Severity.WARNING, Kind.FORMAT);

  /** What a rule looks at, which says who checks it and what a failure of it can echo. */
  public enum Kind {
    /** One value on its own: checked on each field by its Jakarta constraint. */
    FIELD,
    /** Several fields of one object together: a class-level Jakarta constraint. */
    CROSS_FIELD,
    /** Records against each other across the dataset: ids and references. */
    DATASET,
    /** The file itself, before there is a model value: checked by the readers of gcm-io. */
    FORMAT
  }

  private static final Map<String, Rule> BY_CODE = new HashMap<>();

  static {
    for (Rule r : values()) {
      BY_CODE.put(r.code, r);
    }
  }

  private final String code;
  private final Severity severity;
  private final Kind kind;

  Rule(String code, Severity severity, Kind kind) {
    this.code = code;
    this.severity = severity;
    this.kind = kind;
  }

  /** {@return the stable code reports carry, for example {@code reference.unresolved}} */
  public String code() {
    return code;
  }

  /** {@return the severity of a violation of this rule} */
  public Severity severity() {
    return severity;
  }

  /** {@return what the rule looks at: one field, one object, the dataset, or the file} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the rule with this code, if there is one}
   *
   * @param code the code as written in files
   */
  public static Optional<Rule> fromCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
