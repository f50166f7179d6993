package org.gcmkit.io.json;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkit.model.meta.ValueLimits;
import tools.jackson.core.StreamReadConstraints;

/**
 * The limits a JSON reader enforces on its input, so that a hostile or broken file cannot exhaust
 * memory or stack: nesting depth, the length of one string, number and field name, of one line of
 * JSON Lines, and of the whole document. Input beyond a limit is reported as {@code input.limit}
 * with its place, and reading stops there; in JSON Lines it goes on with the next line. The
 * document length bounds reads that keep what they read ({@code GcmJson.readDataset}, {@code
 * read}); {@code GcmJson.validateDataset} keeps only ids, however long the file, so it is not bound
 * by it.
 *
 * <p>Immutable and thread-safe; derive changed limits by copy: {@code
 * JsonLimits.defaults().withMaxStringLength(10_000)}.
 */
public final class JsonLimits {
  /** Default maximum nesting depth; gcm's own documents nest about 8 levels deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default maximum length of one string value, in characters (1 million). */
  public static final int DEFAULT_MAX_STRING_LENGTH = ValueLimits.MAX_STRING_LENGTH;

  /** Default maximum length of one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = ValueLimits.MAX_NUMBER_LENGTH;

  /** Default maximum length of a field name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = ValueLimits.MAX_NAME_LENGTH;

  /**
   * Default maximum length of one line of JSON Lines, in characters (16 Mi): room for a record with
   * several strings of the maximum length, while a line held in memory stays a small part of a 256
   * MiB heap.
   */
  public static final int DEFAULT_MAX_LINE_LENGTH = 16 << 20;

  /** Default maximum length of a whole document, in bytes or characters (1 GiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 1L << 30;

  private static final JsonLimits DEFAULTS =
      new JsonLimits(
          DEFAULT_MAX_NESTING_DEPTH,
          DEFAULT_MAX_STRING_LENGTH,
          DEFAULT_MAX_NUMBER_LENGTH,
          DEFAULT_MAX_NAME_LENGTH,
          DEFAULT_MAX_LINE_LENGTH,
          DEFAULT_MAX_DOCUMENT_LENGTH);

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final int maxLineLength;
  private final long maxDocumentLength;

  private JsonLimits(
      int maxNestingDepth,
      int maxStringLength,
      int maxNumberLength,
      int maxNameLength,
      int maxLineLength,
      long maxDocumentLength) {
    this.maxNestingDepth = positive("maxNestingDepth", maxNestingDepth);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
    this.maxNameLength = positive("maxNameLength", maxNameLength);
    this.maxLineLength = positive("maxLineLength", maxLineLength);
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException(
          "expected maxDocumentLength of at least 1 but was " + maxDocumentLength);
    }
    this.maxDocumentLength = maxDocumentLength;
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException("expected " + name + " of at least 1 but was " + value);
    }
    return value;
  }

  /** {@return the default limits, the {@code DEFAULT_} constants of this class} */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return the maximum depth of nested objects and arrays} */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the maximum length of one string value, in characters} */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /** {@return the maximum length of one number, in characters} */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the maximum length of one field name, in characters} */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * The maximum length of one line of JSON Lines, in characters with its line end; a longer line is
   * reported and skipped unread, and reading goes on with the next.
   *
   * @return the maximum line length
   */
  public int getMaxLineLength() {
    return maxLineLength;
  }

  /** {@return the maximum length of the whole input, in bytes (or characters for text input)} */
  public long getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * A copy with this maximum nesting depth.
   *
   * @param value the maximum nesting depth
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public JsonLimits withMaxNestingDepth(int value) {
    return new JsonLimits(
        value, maxStringLength, maxNumberLength, maxNameLength, maxLineLength, maxDocumentLength);
  }

  /**
   * A copy with this maximum string length.
   *
   * @param value the maximum string length
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public JsonLimits withMaxStringLength(int value) {
    return new JsonLimits(
        maxNestingDepth, value, maxNumberLength, maxNameLength, maxLineLength, maxDocumentLength);
  }

  /**
   * A copy with this maximum number length.
   *
   * @param value the maximum number length
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public JsonLimits withMaxNumberLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, value, maxNameLength, maxLineLength, maxDocumentLength);
  }

  /**
   * A copy with this maximum field name length.
   *
   * @param value the maximum field name length
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public JsonLimits withMaxNameLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, value, maxLineLength, maxDocumentLength);
  }

  /**
   * A copy with this maximum line length.
   *
   * @param value the maximum line length
   * @return the copy
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public JsonLimits withMaxLineLength(int value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, value, maxDocumentLength);
  }

  /**
   * {@return a copy with this maximum document length; throws IllegalArgumentException if below 1}
   *
   * @param value the value
   */
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength, maxLineLength, value);
  }

  /**
   * These limits as Jackson constraints; without the document length ({@code -1}, Jackson's "no
   * limit") when {@code whole} is false, for reads that stream.
   */
  StreamReadConstraints toConstraints(boolean whole) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxDocumentLength(whole ? maxDocumentLength : -1)
        .build();
  }

  /**
   * A message "expected X of at most N (JsonLimits.getMaxX) but was M" for Jackson's message about
   * an exceeded constraint; Jackson's own text when it is not one of these limits. For strings,
   * names and documents, "but was longer": Jackson counts them only as far as its buffers had read,
   * a number that varies from call to call.
   */
  static String describe(String jacksonMessage) {
    String m = jacksonMessage == null ? "" : jacksonMessage;
    Matcher numbers = EXCEEDED.matcher(m);
    String[][] kinds = {
      {"getMaxNestingDepth", "a nesting depth", "getMaxNestingDepth"},
      {"getMaxStringLength", "a string length", "getMaxStringLength"},
      {"getMaxNumberLength", "a number length", "getMaxNumberLength"},
      {"getMaxNameLength", "a field name length", "getMaxNameLength"},
      {"getMaxDocumentLength", "a document length", "getMaxDocumentLength"},
    };
    if (numbers.find()) {
      for (String[] k : kinds) {
        if (m.contains(k[0])) {
          boolean exact = k[0].equals("getMaxNestingDepth") || k[0].equals("getMaxNumberLength");
          return "expected "
              + k[1]
              + " of at most "
              + numbers.group(2)
              + " (JsonLimits."
              + k[2]
              + ") but was "
              + (exact ? numbers.group(1) : "longer");
        }
      }
    }
    return "expected input within the read limits but " + m;
  }

  private static final Pattern EXCEEDED =
      Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLimits l)) {
      return false;
    }
    return l.maxNestingDepth == maxNestingDepth
        && l.maxStringLength == maxStringLength
        && l.maxNumberLength == maxNumberLength
        && l.maxNameLength == maxNameLength
        && l.maxLineLength == maxLineLength
        && l.maxDocumentLength == maxDocumentLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        maxNestingDepth,
        maxStringLength,
        maxNumberLength,
        maxNameLength,
        maxLineLength,
        maxDocumentLength);
  }

  @Override
  public String toString() {
    return "JsonLimits{maxNestingDepth="
        + maxNestingDepth
        + ", maxStringLength="
        + maxStringLength
        + ", maxNumberLength="
        + maxNumberLength
        + ", maxNameLength="
        + maxNameLength
        + ", maxLineLength="
        + maxLineLength
        + ", maxDocumentLength="
        + maxDocumentLength
        + "}";
  }
}
