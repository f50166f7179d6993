package org.gcmkit.validation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One broken rule: its code, severity, where it is (a JSON Pointer into the data, and a file
 * location when read from a file), a message that says what was expected and what was found, the
 * offending value and, when one is known, a suggested correction.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /** {@return the stable code of the broken rule, for example {@code reference.unresolved}} */
  public abstract String getCode();

  /** {@return how serious it is} */
  public abstract Severity getSeverity();

  /**
   * {@return the RFC 6901 JSON Pointer of the offending value, {@code ""} for the whole document}
   */
  public abstract String getPointer();

  /** {@return what was expected and what was found, in English} */
  public abstract String getMessage();

  /**
   * {@return what was expected and what was found, in the {@linkplain ReportLanguage report
   * language} of {@code locale}: English for a locale gcm has no reports in, and for an
   * application's own rule that gcm has no template for}
   *
   * @param locale the reader's locale, such as {@code Locale.FRENCH} or a request's
   */
  public String getLocalizedMessage(Locale locale) {
    return ReportLanguage.of(locale).message(this);
  }

  /**
   * {@return the key of this violation's message template in every {@linkplain ReportLanguage
   * report language}: the rule's code}
   */
  public String getMessageKey() {
    return getCode();
  }

  /**
   * {@return the parameters of the message template, those that are known: {@code field} (the last
   * name of the pointer), {@code value} and {@code suggestion}}
   */
  public Map<String, String> getMessageArguments() {
    Map<String, String> m = new LinkedHashMap<>();
    String pointer = getPointer();
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (!last.isEmpty() && !last.chars().allMatch(Character::isDigit)) {
      m.put("field", last.replace("~1", "/").replace("~0", "~"));
    }
    getValue().ifPresent(x -> m.put("value", x));
    getSuggestion().ifPresent(x -> m.put("suggestion", x));
    return m;
  }

  /** {@return the offending value as text, cut to 200 characters} */
  public abstract Optional<String> getValue();

  /** {@return a suggested correction ("did you mean 'title'?")} */
  public abstract Optional<String> getSuggestion();

  /** {@return where in a file, when the data was read from one} */
  public abstract Optional<Location> getLocation();

  /**
   * {@return a violation of {@code rule} at {@code pointer}, with the rule's code and severity}
   *
   * @param rule the rule
   * @param pointer the pointer
   * @param message the message
   */
  public static Builder of(Rule rule, String pointer, String message) {
    return builder().code(rule.code()).severity(rule.severity()).pointer(pointer).message(message);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this violation's values} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * One line, the form every gcm report uses: {@code SEVERITY LOCATION POINTER [CODE] MESSAGE}, the
   * severity padded so that lines align, for example {@code error bad.json:4:20 /actors/0/kind
   * [value.syntax] expected one of ...}.
   */
  @Override
  public String toString() {
    return toText(ReportLanguage.ENGLISH);
  }

  /**
   * {@return the line of {@link #toString()} with the message in the {@linkplain ReportLanguage
   * report language} of {@code locale}; the severity, location, pointer and code stay as they are,
   * and a right-to-left message is isolated so that the line reads correctly}
   *
   * @param locale the reader's locale
   */
  public String toText(Locale locale) {
    return toText(ReportLanguage.of(locale));
  }

  String toText(ReportLanguage language) {
    StringBuilder s = new StringBuilder();
    s.append(getSeverity() == Severity.ERROR ? "error   " : "warning ");
    getLocation().ifPresent(l -> s.append(l).append(' '));
    s.append(getPointer().isEmpty() ? "/" : getPointer());
    s.append(" [").append(getCode()).append("] ");
    String message = language.message(this);
    if (language.isRightToLeft()) {
      s.append(ReportLanguage.RLI).append(message).append(ReportLanguage.PDI);
    } else {
      s.append(message);
    }
    // Messages often name the suggestion already; say it once.
    getSuggestion()
        .filter(x -> !message.contains(language == ReportLanguage.ENGLISH ? "'" + x + "'" : x))
        .ifPresent(x -> s.append(' ').append(language.suggestion(x)));
    return s.toString();
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
