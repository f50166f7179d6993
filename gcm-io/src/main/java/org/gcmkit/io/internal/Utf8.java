package org.gcmkit.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * Decodes strict UTF-8, dropping a leading byte order mark, and locates each malformed byte
 * sequence by line and column (from 1, in characters, lines ending at "\n", "\r\n" or a lone "\r"
 * as Jackson counts them), byte offset and bytes. {@code InputStreamReader} cannot do this: it
 * drops the characters decoded with a bad sequence, so its error has no place. The CSV tables, the
 * package descriptor and JSON input all read through it, so that their {@code encoding.invalid}
 * reports place a bad byte the same way. Not thread-safe.
 */
public final class Utf8 extends Reader {
  /** One malformed byte sequence and where it is. */
  public static final class Malformed {
    /** The line it is on, from 1. */
    public final long line;

    /** The column of the character it stands for, from 1. */
    public final long column;

    /** The offset of its first byte in the input. */
    public final long offset;

    /** Its bytes, as "0xC3 0x28". */
    public final String bytes;

    Malformed(long line, long column, long offset, String bytes) {
      this.line = line;
      this.column = column;
      this.offset = offset;
      this.bytes = bytes;
    }
  }

  /** Thrown by a stopping decoder at a malformed byte sequence, once the text before it is read. */
  public static final class MalformedInput extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    /** Where the sequence is. */
    @SuppressWarnings("serial") // never serialised: it only carries a place to the reader
    public final Malformed malformed;

    MalformedInput(Malformed malformed) {
      this.malformed = malformed;
    }

    @Override
    public String getMessage() {
      return "malformed UTF-8 at line " + malformed.line + ", column " + malformed.column;
    }
  }

  /**
   * Decodes the lines of JSON Lines input, split as bytes, one at a time and each on its own, into
   * characters up to its first malformed byte sequence, and places that sequence as a decoder of
   * the whole input would. Not thread-safe: one for each thread that parses lines.
   */
  public static final class LineDecoder {
    private final CharsetDecoder decoder = strict();
    private char[] chars = new char[256];
    private int length;
    private @Nullable MalformedInput malformed;

    /**
     * Decodes the {@code length} bytes of {@code bytes} from {@code from}: a line that is numbered
     * {@code line} and starts at byte {@code offset} of the input (after a byte order mark), and
     * holds no "\n".
     */
    public void decode(byte[] bytes, int from, int length, long line, long offset) {
      // UTF-8 takes at least a byte for each UTF-16 character, so as many characters as bytes
      // always do. A long line is counted first instead: it may take a third of that (Cyrillic,
      // Arabic or Chinese text), and its array is kept for the lines after it.
      int needed =
          length <= LONG_LINE
              ? length
              : (int) Math.min(length, charsBeforeMalformed(bytes, from, length) + 2);
      if (chars.length < needed) {
        chars = new char[Math.max(needed, Math.min(2 * chars.length, LONG_LINE))];
      }
      char[] out = chars;
      int i = 0;
      // ASCII, all of most lines, is copied as it is; the JDK's decoder takes the rest.
      while (i < length && bytes[from + i] >= 0) {
        out[i] = (char) bytes[from + i];
        i++;
      }
      this.length = i;
      malformed = null;
      if (i == length) {
        return;
      }
      decoder.reset();
      ByteBuffer in = ByteBuffer.wrap(bytes, from + i, length - i);
      CharBuffer decoded = CharBuffer.wrap(out, i, out.length - i);
      CoderResult r = decoder.decode(in, decoded, true);
      this.length = decoded.position();
      if (r.isOverflow()) {
        // The array holds what the count said, and two more: never short, or text would be lost.
        throw new IllegalStateException("a line's characters outgrew their count");
      }
      if (r.isError()) {
        // Lines and columns as count() gives them; a lone "\r" is the only line end in a line.
        long rows = 0;
        int rowStart = 0;
        for (int c = 0; c < this.length; c++) {
          if (out[c] == '\r') {
            rows++;
            rowStart = c + 1;
          }
        }
        malformed =
            new MalformedInput(
                new Malformed(
                    line + rows,
                    1 + this.length - rowStart,
                    offset + in.position() - from,
                    hex(bytes, in.position(), r.length())));
      }
    }

    /** The bytes of a line above which its characters are counted before it is decoded. */
    static final int LONG_LINE = 64 * 1024;

    /** The characters decoded, which the next line replaces. */
    public char[] chars() {
      return chars;
    }

    /** How many of {@link #chars()} the line gave. */
    public int length() {
      return length;
    }

    /** The first malformed sequence of the line, where the characters stop; else null. */
    public @Nullable MalformedInput malformed() {
      return malformed;
    }
  }

  /**
   * {@return the UTF-16 characters that strict decoding of {@code length} bytes of {@code bytes}
   * from {@code from} gives before the first malformed sequence, or in all when there is none}
   */
  public static long charsBeforeMalformed(byte[] bytes, int from, int length) {
    CharsetDecoder decoder = strict();
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length);
    // Counted a buffer at a time: the bytes may be as many as a line's limit.
    CharBuffer out = CharBuffer.allocate(BUFFER);
    long count = 0;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      count += out.position();
      out.clear();
      if (!r.isOverflow()) {
        return count;
      }
    }
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private final InputStream in;
  private final boolean stop;
  private final CharsetDecoder decoder = strict();

  /** The buffers' size, unless the input is known to be smaller. */
  private static final int BUFFER = 8192;

  private final ByteBuffer bytes;
  private final CharBuffer chars;
  private final Deque<Malformed> malformed = new ArrayDeque<>();
  private @Nullable Malformed stopped;
  private boolean eof;
  private boolean flushed;
  private boolean start = true;
  private long consumed;

  private long line = 1;
  private long column = 1;
  private boolean afterCr;

  /** The index in {@code chars} up to which lines and columns are counted. */
  private int counted;

  private Utf8(InputStream in, boolean stop, int buffer) {
    this.in = in;
    this.stop = stop;
    this.bytes = ByteBuffer.allocate(buffer);
    this.chars = CharBuffer.allocate(buffer);
    bytes.flip();
    chars.flip();
  }

  /**
   * A decoder that reads each malformed sequence as U+FFFD and goes on, keeping the sequences in
   * {@link #malformed()}, so that every problem of the input is found.
   */
  public static Utf8 replacing(InputStream in) {
    return new Utf8(in, false, BUFFER);
  }

  /**
   * A decoder as {@link #replacing(InputStream)} of an input of about {@code size} bytes, whose
   * buffers are no larger than it needs: a package holds many small tables, and two 8 KiB buffers
   * for each were a fifth of the bytes allocated to read a small one. A larger input than said is
   * read all the same, in more steps.
   */
  public static Utf8 replacing(InputStream in, long size) {
    return new Utf8(in, false, (int) Math.max(16, Math.min(BUFFER, size + 1)));
  }

  /**
   * A decoder that hands out the characters before the first malformed sequence and then throws
   * {@link MalformedInput}.
   */
  public static Utf8 stopping(InputStream in) {
    return new Utf8(in, true, BUFFER);
  }

  /** The malformed sequences read as U+FFFD and not yet taken, in input order. */
  public Deque<Malformed> malformed() {
    return malformed;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      Malformed bad = stopped;
      if (bad != null) {
        throw new MalformedInput(bad);
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes more characters into {@code chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    counted = 0;
    while (true) {
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, chars, eof);
      consumed += bytes.position() - before;
      if (r.isError()) {
        if (!stop && !chars.hasRemaining()) {
          // No room for U+FFFD: the sequence is read on the next fill.
          break;
        }
        count();
        Malformed bad = new Malformed(line, column, consumed, hex(r.length()));
        if (stop) {
          stopped = bad;
          break;
        }
        malformed.add(bad);
        consumed += r.length();
        bytes.position(bytes.position() + r.length());
        chars.put('\uFFFD');
        continue;
      }
      if (r.isOverflow() || chars.position() > 0) {
        break;
      }
      if (eof) {
        if (!flushed) {
          // Once only: a read after the end must not flush the decoder again.
          decoder.flush(chars);
          flushed = true;
        }
        break;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    count();
    chars.flip();
    if (start && chars.hasRemaining()) {
      start = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    // False only at the true end: a fill that only skipped the byte order mark is not one.
    return chars.hasRemaining() || stopped != null || !(eof && !bytes.hasRemaining());
  }

  /** Counts lines and columns over the characters decoded since the last count. */
  private void count() {
    // The backing array, not chars.get(i): the checked buffer access was a tenth of the read time.
    char[] decoded = chars.array();
    int end = chars.position();
    int first = counted;
    if (start && first == 0 && end > 0 && decoded[0] == '\uFEFF') {
      // The byte order mark is dropped, so it takes no column.
      first = 1;
    }
    // Every character is counted for every input, so the common one (above CR) costs one test;
    // the column follows from where the last line began.
    int lineStart = -1;
    for (int i = first; i < end; i++) {
      char c = decoded[i];
      if (c > '\r') {
        continue;
      }
      if (c == '\n') {
        boolean crBefore = i > first ? decoded[i - 1] == '\r' : afterCr;
        if (!crBefore) {
          line++;
        }
        lineStart = i + 1;
      } else if (c == '\r') {
        line++;
        lineStart = i + 1;
      }
    }
    if (end > first) {
      afterCr = decoded[end - 1] == '\r';
      column = lineStart < 0 ? column + (end - first) : 1 + (end - lineStart);
    }
    counted = end;
  }

  private String hex(int length) {
    return hex(bytes.array(), bytes.arrayOffset() + bytes.position(), length);
  }

  /** The {@code length} bytes of {@code bytes} from {@code from}, as "0xC3 0x28". */
  private static String hex(byte[] bytes, int from, int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(hex.length() == 0 ? "" : " ")
          .append(String.format("0x%02X", bytes[from + i] & 0xFF));
    }
    return hex.toString();
  }

  /**
   * The bytes decoded so far, for progress: the reader reads ahead of the characters handed out by
   * at most its buffer.
   *
   * @return the number of bytes
   */
  public long bytesRead() {
    return consumed;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
