package org.gcmkit.validation;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where in a file a {@link Violation} was found: the file, the line and column (both from 1, in the
 * original file, counting the lines inside quoted CSV cells), and for CSV the column header.
 *
 * <p>Immutable and thread-safe; every part is optional.
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /** {@return the file, as the reader was given it} */
  public abstract Optional<String> getFile();

  /** {@return the line, from 1} */
  public abstract OptionalLong getLine();

  /** {@return the column, from 1: a character position in JSON, a field number in CSV} */
  public abstract OptionalInt getColumn();

  /** {@return the CSV column header} */
  public abstract Optional<String> getHeader();

  /**
   * {@return a location in {@code file} at {@code line} and {@code column}}
   *
   * @param file the file
   * @param line the line
   * @param column the column
   */
  public static Location of(String file, long line, int column) {
    return builder().file(file).line(line).column(column).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code file:line:column}, with the parts that are known. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(getFile().orElse(""));
    getLine().ifPresent(l -> s.append(s.length() == 0 ? "line " : ":").append(l));
    getColumn().ifPresent(c -> s.append(':').append(c));
    getHeader().ifPresent(h -> s.append(" [").append(h).append(']'));
    return s.toString();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
