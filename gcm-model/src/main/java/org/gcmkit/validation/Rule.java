package org.gcmkit.validation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of rules gcm checks, each with a stable code that reports carry; codes never
 * change meaning, and new rules get new codes.
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
  CONSTRAINT("constraint", Severity.ERROR);

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
