package org.gcmkit.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apache.beam.sdk.coders.Coder;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a validation report as the pipeline gives it: the input it was found in (as Beam
 * names it), the code, severity, pointer, message and value of a {@link Violation}, and its place
 * (file, line, column), as the CLI reports them for the same input. The file is the input's own
 * name, except in a CSV package, where it is the package's file ({@code actors.csv}) and the input
 * says which package. Immutable; crosses workers with {@link #coder()}, a stable encoding of its
 * fields (never Java serialisation).
 */
public final class ReportEntry {
  private static final Coder<ReportEntry> CODER = Wire.coder(ReportEntry::write, ReportEntry::read);

  private final String input;
  private final String code;
  private final Severity severity;
  private final String pointer;
  private final String message;
  private final @Nullable String value;
  private final @Nullable String file;
  private final long line;
  private final int column;

  ReportEntry(
      String input,
      String code,
      Severity severity,
      String pointer,
      String message,
      @Nullable String value,
      @Nullable String file,
      long line,
      int column) {
    this.input = Objects.requireNonNull(input, "input");
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    this.value = value;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  /**
   * {@return the entry of {@code v}, found in {@code input}, with its location's file, line and
   * column}
   *
   * @param input the input, as Beam names it ({@code gs://bucket/x.zip}, {@code /data/x.jsonl})
   * @param v a violation
   */
  public static ReportEntry of(String input, Violation v) {
    Optional<Location> at = v.getLocation();
    return new ReportEntry(
        input,
        v.getCode(),
        v.getSeverity(),
        v.getPointer(),
        v.getMessage(),
        v.getValue().orElse(null),
        at.flatMap(Location::getFile).orElse(null),
        at.map(l -> l.getLine().orElse(0)).orElse(0L),
        at.map(l -> l.getColumn().orElse(0)).orElse(0));
  }

  /**
   * {@return the input the entry was found in, as Beam names it: a JSON Lines file, a JSON
   * document, or a CSV package (a zip archive, or a folder, whose name ends with a slash)}
   */
  public String getInput() {
    return input;
  }

  /** {@return the rule's code, such as {@code reference.unresolved}} */
  public String getCode() {
    return code;
  }

  /** {@return whether it makes the input invalid} */
  public Severity getSeverity() {
    return severity;
  }

  /** {@return the JSON Pointer of the value, such as {@code /meetings/3/hosts/0/actor}} */
  public String getPointer() {
    return pointer;
  }

  /** {@return what was expected and what was found, in English} */
  public String getMessage() {
    return message;
  }

  /** {@return the value found, shortened, where there is one} */
  public Optional<String> getValue() {
    return Optional.ofNullable(value);
  }

  /** {@return the file, as the input was named} */
  public Optional<String> getFile() {
    return Optional.ofNullable(file);
  }

  /** {@return the line, from 1, where known} */
  public OptionalLong getLine() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** {@return the column, from 1, where known} */
  public OptionalInt getColumn() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** The same entry with its line moved down by {@code lines}, when it has a line. */
  ReportEntry shifted(long lines, String newPointer) {
    return new ReportEntry(
        input,
        code,
        severity,
        newPointer,
        message,
        value,
        file,
        line > 0 ? line + lines : 0,
        column);
  }

  /** {@return the coder of entries: their fields, in a fixed order} */
  public static Coder<ReportEntry> coder() {
    return CODER;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportEntry e
        && input.equals(e.input)
        && code.equals(e.code)
        && severity == e.severity
        && pointer.equals(e.pointer)
        && message.equals(e.message)
        && Objects.equals(value, e.value)
        && Objects.equals(file, e.file)
        && line == e.line
        && column == e.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(input, code, severity, pointer, message, value, file, line, column);
  }

  /**
   * {@return the entry as the CLI's text report prints a violation's place and message; a file
   * within the input (a CSV package's table) as {@code folder/file} or {@code archive!/file}}
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(input);
    if (file != null && !file.equals(input)) {
      // A package folder's name ends with a slash; an archive's does not.
      s.append(input.endsWith("/") ? "" : "!/").append(file);
    }
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(' ').append(severity).append(' ').append(code).append(' ').append(pointer);
    return s.append(": ").append(message).toString();
  }

  static void write(ReportEntry e, DataOutputStream out) throws IOException {
    Wire.string(out, e.input);
    Wire.string(out, e.code);
    Wire.string(out, e.severity.name());
    Wire.string(out, e.pointer);
    Wire.string(out, e.message);
    Wire.nullable(out, e.value);
    Wire.nullable(out, e.file);
    out.writeLong(e.line);
    out.writeInt(e.column);
  }

  static ReportEntry read(DataInputStream in) throws IOException {
    return new ReportEntry(
        Wire.string(in),
        Wire.string(in),
        Severity.valueOf(Wire.string(in)),
        Wire.string(in),
        Wire.string(in),
        Wire.nullable(in),
        Wire.nullable(in),
        in.readLong(),
        in.readInt());
  }
}
