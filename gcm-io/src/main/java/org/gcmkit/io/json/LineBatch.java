package org.gcmkit.io.json;

import java.util.Arrays;
import org.gcmkit.io.internal.Utf8;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Consecutive lines of JSON Lines input, copied out of the reader as bytes so that another thread
 * can decode and parse them: the unit of work of a parallel read. Filled by one thread, then read
 * by one other.
 */
final class LineBatch {
  /**
   * The bytes a batch takes before it is full: with about a few hundred records, a batch is worth a
   * hand-over between threads, and the places kept of it for its merge stay a few MB.
   */
  static final int MAX_BYTES = 256 * 1024;

  /** The lines a batch takes before it is full, for inputs of many short lines. */
  static final int MAX_LINES = 1024;

  private byte[] text = new byte[16 * 1024];
  private int used;
  private int size;
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private long[] numbers = new long[64];
  private long[] starts = new long[64];
  private boolean[] tooLong = new boolean[64];
  private boolean inputTooLong;
  private boolean blank = true;

  /** Decodes the line being parsed, on the thread that parses it. */
  private final Utf8.LineDecoder decoder = new Utf8.LineDecoder();

  /** The bytes of the input read when this batch was filled, for progress. */
  long bytesRead;

  /**
   * Adds a line of {@code length} bytes, numbered {@code number} and starting at byte {@code start}
   * of the input; its bytes are not kept when it is too long or ends the input.
   */
  void add(
      byte[] line, int length, long number, long start, boolean lineTooLong, boolean endsInput) {
    if (size == offsets.length) {
      int n = 2 * size;
      offsets = Arrays.copyOf(offsets, n);
      lengths = Arrays.copyOf(lengths, n);
      numbers = Arrays.copyOf(numbers, n);
      starts = Arrays.copyOf(starts, n);
      tooLong = Arrays.copyOf(tooLong, n);
    }
    int kept = lineTooLong || endsInput ? 0 : length;
    if (used + kept > text.length) {
      text = Arrays.copyOf(text, Math.max(2 * text.length, used + kept));
    }
    System.arraycopy(line, 0, text, used, kept);
    offsets[size] = used;
    lengths[size] = kept;
    numbers[size] = number;
    starts[size] = start;
    tooLong[size] = lineTooLong;
    inputTooLong = endsInput;
    if (blank) {
      blank = !lineTooLong && !endsInput && whiteSpace(line, length);
    }
    used += kept;
    size++;
  }

  /** Empties the batch, keeping its arrays for the next lines. */
  void clear() {
    used = 0;
    size = 0;
    inputTooLong = false;
    blank = true;
    bytesRead = 0;
  }

  /** Whether the batch has enough to be handed over. */
  boolean full() {
    return size >= MAX_LINES || used >= MAX_BYTES || inputTooLong;
  }

  /**
   * Whether every line so far is JSON white space only: the parser finds no value in it. A guess
   * that is only used to end a batch early, never to skip a line.
   */
  boolean blank() {
    return blank;
  }

  private static boolean whiteSpace(byte[] line, int length) {
    for (int i = 0; i < length; i++) {
      byte c = line[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  int size() {
    return size;
  }

  /** The number of line {@code i} in the input, from 1. */
  long number(int i) {
    return numbers[i];
  }

  /** Whether line {@code i} was longer than the line limit (its text is not kept). */
  boolean tooLong(int i) {
    return tooLong[i];
  }

  /** Whether the input passed its length limit with line {@code i}, the last of the batch. */
  boolean inputTooLong(int i) {
    return inputTooLong && i == size - 1;
  }

  /**
   * A parser of line {@code i}, decoded, as {@link JsonLines#parser} makes it: it reads the
   * characters before a malformed byte sequence, then fails with its error. Its characters are
   * those of the next line once that is asked for, so a parser must be done before the next is
   * made.
   */
  JsonParser parser(int i, JsonFactory factory) {
    decoder.decode(text, offsets[i], lengths[i], numbers[i], starts[i]);
    return JsonLines.parser(factory, decoder.chars(), 0, decoder.length(), decoder.malformed());
  }
}
