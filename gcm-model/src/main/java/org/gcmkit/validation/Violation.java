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

  /** The stable code of the broken rule, for example {@code reference.unresolved}. */
  public abstract String getCode();

  /** How serious it is. */
  public abstract Severity getSeverity();

  /** The RFC 6901 JSON Pointer of the offending value, {@code ""} for the whole document. */
  public abstract String getPointer();

  /** What was expected and what was found. */
  public abstract String getMessage();

  /** The offending value as text, cut to 200 characters. */
  public abstract Optional<String> getValue();

  /** A suggested correction ("did you mean 'title'?"). */
  public abstract Optional<String> getSuggestion();

  /** Where in a file, when the data was read from one. */
  public abstract Optional<Location> getLocation();

  /** A violation of {@code rule} at {@code pointer}, with the rule's code and severity. */
  public static Builder of(Rule rule, String pointer, String message) {
    return builder().code(rule.code()).severity(rule.severity()).pointer(pointer).message(message);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this violation's values. */
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
