package org.gcmkit.io.json;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.gcmkit.io.internal.Utf8;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Splits JSON Lines input into its lines, so that each is parsed on its own: a syntax error then
 * costs one line, not the rest of the file, and one line can never hold more than {@link
 * JsonLimits#getMaxLineLength()} characters in memory. Lines end at "\n" or "\r\n". They are
 * numbered as the parser and {@link Utf8} count them (a lone "\r" also ends a line), so that
 * locations in a line are those of the whole file. Not thread-safe.
 */
final class JsonLines {
  private final Utf8 in;
  private final int maxLineLength;
  private final long maxInputLength;
  private final char[] buf = new char[8192];
  private int pos;
  private int end;
  private long total;
  private boolean eof;
  private long nextNumber = 1;

  private char[] text = new char[256];
  private int length;
  private long number;
  private boolean storing;
  private boolean tooLong;
  private boolean inputTooLong;
  private Utf8.@Nullable MalformedInput malformed;

  /** Lines of {@code in}; {@code maxInputLength} is -1 for no limit on the whole input. */
  JsonLines(Utf8 in, int maxLineLength, long maxInputLength) {
    this.in = in;
    this.maxLineLength = maxLineLength;
    this.maxInputLength = maxInputLength;
  }

  /**
   * Reads the next line; false at the end of the input. A line longer than the limit is read to its
   * end but not kept; after a malformed byte sequence the rest of the line is not kept.
   */
  boolean next() throws IOException {
    length = 0;
    number = nextNumber;
    storing = true;
    tooLong = false;
    malformed = null;
    boolean any = false;
    long crs = 0;
    char last = 0;
    while (true) {
      if (pos == end) {
        int n = fill();
        if (n < 0) {
          if (!any) {
            return false;
          }
          break;
        }
        if (n == 0) {
          // A malformed sequence stands for a character: a "\r" before it is a line end of its own.
          last = 0;
        }
        any = true;
        continue;
      }
      int i = pos;
      while (i < end && buf[i] != '\n') {
        if (buf[i] == '\r') {
          crs++;
        }
        i++;
      }
      if (i > pos) {
        last = buf[i - 1];
        keep(pos, i - pos);
      }
      any = true;
      boolean ended = i < end;
      total += i - pos + (ended ? 1 : 0);
      pos = ended ? i + 1 : i;
      if (maxInputLength >= 0 && total > maxInputLength) {
        inputTooLong = true;
        return true;
      }
      if (ended) {
        // A "\r" just before the "\n" ends the line with it; any other "\r" is a line of its own.
        if (last == '\r') {
          crs--;
          // Not given to the parser, which would count it as a line end of its own and place an
          // error at the end of this line on the next.
          if (storing && length > 0 && malformed == null) {
            length--;
          }
        }
        nextNumber = number + 1 + crs;
        return true;
      }
    }
    return true;
  }

  private void keep(int from, int n) {
    if (!storing) {
      return;
    }
    if ((long) length + n > maxLineLength) {
      tooLong = true;
      storing = false;
      return;
    }
    if (length + n > text.length) {
      text =
          Arrays.copyOf(
              text, (int) Math.min(maxLineLength, Math.max(2L * text.length, length + n)));
    }
    System.arraycopy(buf, from, text, length, n);
    length += n;
  }

  /** Reads more characters; -1 at the end, 0 after a malformed sequence (kept for this line). */
  private int fill() throws IOException {
    pos = 0;
    end = 0;
    if (eof) {
      return -1;
    }
    int n;
    try {
      n = in.read(buf, 0, buf.length);
    } catch (Utf8.MalformedInput e) {
      if (malformed == null && !tooLong) {
        malformed = e;
      }
      storing = false;
      in.resume();
      return 0;
    }
    if (n < 0) {
      eof = true;
      return -1;
    }
    end = n;
    return n;
  }

  int maxLineLength() {
    return maxLineLength;
  }

  long maxInputLength() {
    return maxInputLength;
  }

  /**
   * {@return the lines ended so far}: what the numbers of the lines of input that follows start
   * after ("\n", "\r\n" and a lone "\r" each end one)
   */
  long linesEnded() {
    return nextNumber - 1;
  }

  /** The number of the line just read, from 1. */
  long number() {
    return number;
  }

  /** Whether the line just read was longer than the line limit (its text is not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** Whether the whole input passed its limit with the line just read: reading stops. */
  boolean inputTooLong() {
    return inputTooLong;
  }

  /** The bytes of the input decoded so far. */
  long bytesRead() {
    return in.bytesRead();
  }

  /** Adds the line just read to {@code batch}, to be parsed on another thread. */
  void addTo(LineBatch batch) {
    batch.add(text, length, number, tooLong, inputTooLong, malformed);
  }

  /**
   * A parser of {@code length} characters of {@code text} from {@code offset}; when they end in a
   * malformed byte sequence, the parser reads the text before it and then fails with the decoder's
   * error, as it would on the whole input.
   */
  static JsonParser parser(
      JsonFactory factory,
      char[] text,
      int offset,
      int length,
      Utf8.@Nullable MalformedInput malformed) {
    if (malformed == null) {
      return factory.createParser(ObjectReadContext.empty(), text, offset, length);
    }
    return factory.createParser(
        ObjectReadContext.empty(), new Stopping(text, offset, length, malformed));
  }

  /** The characters of a line up to a malformed sequence, then its error. */
  private static final class Stopping extends Reader {
    private final char[] text;
    private final int end;
    private final Utf8.MalformedInput malformed;
    private int read;

    Stopping(char[] text, int offset, int length, Utf8.MalformedInput malformed) {
      this.text = text;
      this.read = offset;
      this.end = offset + length;
      this.malformed = malformed;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (read == end) {
        throw malformed;
      }
      int n = Math.min(len, end - read);
      System.arraycopy(text, read, cbuf, off, n);
      read += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
