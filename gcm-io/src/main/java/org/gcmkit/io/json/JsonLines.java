package org.gcmkit.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import org.gcmkit.io.internal.Utf8;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Splits JSON Lines input into its lines, as bytes, so that each is decoded and parsed on its own:
 * a syntax error or a malformed byte then costs one line, not the rest of the file, and no line
 * takes more memory than three bytes for each character of {@link JsonLimits#getMaxLineLength()}
 * (what UTF-8 may take for them), however long it is. Lines end at "\n" or "\r\n". They are
 * numbered as the parser and {@link Utf8} count them (a lone "\r" also ends a line), so that
 * locations in a line are those of the whole file. Not thread-safe.
 *
 * <p>Lines are split as bytes, not characters: no byte of a UTF-8 sequence other than "\n" itself
 * is 0x0A, so the split is the same. Decoding each line is left to the thread that parses it
 * ({@link LineBatch}), where several threads share it: on the one splitting thread, which also
 * merges what they read, decoding the whole input was a fifth of its time.
 */
final class JsonLines {
  private final InputStream in;
  private final long base;
  private final int maxLineLength;
  private final long maxInputLength;

  /**
   * The bytes a line may hold before it is surely longer than the limit: a character of UTF-8 takes
   * at most three bytes (a pair of surrogates four), so more bytes than this hold more characters.
   */
  private final long maxLineBytes;

  private final byte[] buf = new byte[8192];
  private int pos;
  private int end;
  private long read;
  private long total;
  private boolean eof;
  private boolean start = true;
  private long nextNumber = 1;

  private byte[] text = new byte[256];
  private int length;
  private long number;
  private long lineStart;
  private boolean storing;
  private boolean tooLong;
  private boolean inputTooLong;

  /**
   * Lines of {@code in}, whose first byte is at {@code base} in the whole input (for the offsets of
   * malformed bytes); {@code maxInputLength} is -1 for no limit on the whole input, else a number
   * of bytes.
   */
  JsonLines(InputStream in, long base, int maxLineLength, long maxInputLength) {
    this.in = in;
    this.base = base;
    this.maxLineLength = maxLineLength;
    this.maxInputLength = maxInputLength;
    this.maxLineBytes = Math.min(3L * maxLineLength + 6, Integer.MAX_VALUE - 16);
  }

  /**
   * Reads the next line; false at the end of the input. A line longer than the limit is read to its
   * end but not kept.
   */
  boolean next() throws IOException {
    length = 0;
    number = nextNumber;
    storing = true;
    // Reset here too: a line that ends the input returns before endLine decides.
    tooLong = false;
    boolean any = false;
    long crs = 0;
    byte last = 0;
    if (start) {
      start = false;
      skipByteOrderMark();
    }
    lineStart = base + read - (end - pos);
    while (true) {
      if (pos == end) {
        if (!fill()) {
          if (!any) {
            return false;
          }
          break;
        }
        any = true;
        continue;
      }
      int i = pos;
      byte[] b = buf;
      int e = end;
      while (i < e && b[i] != '\n') {
        if (b[i] == '\r') {
          crs++;
        }
        i++;
      }
      if (i > pos) {
        last = b[i - 1];
        keep(pos, i - pos);
      }
      any = true;
      boolean ended = i < e;
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
        }
        endLine(last == '\r');
        nextNumber = number + 1 + crs;
        return true;
      }
    }
    endLine(false);
    return true;
  }

  /** Drops a byte order mark at the start of the input: it is neither text nor a column. */
  private void skipByteOrderMark() throws IOException {
    if (base != 0) {
      // A part that starts later in a file: a mark there is text, as it is in the whole file.
      return;
    }
    while (end - pos < 3 && !eof) {
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
        read += n;
      }
    }
    if (end - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
      total += 3;
    }
  }

  /**
   * Decides whether the line just split is longer than the limit, in characters before any
   * malformed byte sequence as they were counted when the input was decoded before it was split,
   * and drops a "\r" that ended it with the "\n": the parser would count it as a line end of its
   * own and place an error at the end of this line on the next.
   */
  private void endLine(boolean crlf) {
    // Counted only for lines of more bytes than the limit has characters: fewer cannot hold more.
    tooLong = length > maxLineLength && Utf8.charsBeforeMalformed(text, 0, length) > maxLineLength;
    if (tooLong) {
      length = 0;
    } else if (crlf && length > 0) {
      length--;
    }
  }

  private void keep(int from, int n) {
    if (!storing) {
      return;
    }
    int kept = n;
    if ((long) length + n > maxLineBytes) {
      // Enough to tell whether a malformed sequence comes before the limit; the rest is not kept.
      kept = (int) (maxLineBytes - length);
      storing = false;
    }
    if (length + kept > text.length) {
      text =
          Arrays.copyOf(
              text, (int) Math.min(maxLineBytes, Math.max(2L * text.length, length + kept)));
    }
    System.arraycopy(buf, from, text, length, kept);
    length += kept;
  }

  /** Reads more bytes; false at the end. */
  private boolean fill() throws IOException {
    pos = 0;
    end = 0;
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      eof = true;
      return false;
    }
    end = n;
    read += n;
    return true;
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

  /** The bytes of the input read so far. */
  long bytesRead() {
    return read;
  }

  /** Adds the line just read to {@code batch}, to be decoded and parsed on another thread. */
  void addTo(LineBatch batch) {
    batch.add(text, length, number, lineStart, tooLong, inputTooLong);
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
