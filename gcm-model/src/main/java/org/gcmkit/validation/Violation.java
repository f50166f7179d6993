package org.gcmkit.validation;

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

  /** {@return what was expected and what was found} */
  public abstract String getMessage();

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
    StringBuilder s = new StringBuilder();
    s.append(getSeverity() == Severity.ERROR ? "error   " : "warning ");
    getLocation().ifPresent(l -> s.append(l).append(' '));
    s.append(getPointer().isEmpty() ? "/" : getPointer());
    s.append(" [").append(getCode()).append("] ").append(getMessage());
    // Readers often name the suggestion in the message already; say it once.
    getSuggestion()
        .filter(x -> !getMessage().contains("'" + x + "'"))
        .ifPresent(x -> s.append(" (did you mean '").append(x).append("'?)"));
    return s.toString();
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
