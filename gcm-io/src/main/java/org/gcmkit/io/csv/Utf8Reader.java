package org.gcmkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes UTF-8 strictly, dropping a leading byte order mark: each malformed byte sequence is
 * recorded with its line and byte offset and read as U+FFFD, so that parsing goes on and every
 * problem is found. Not thread-safe.
 */
final class Utf8Reader extends Reader {
  /** One malformed byte sequence: the line it is on (from 1), its offset and its bytes. */
  static final class Malformed {
    final long line;
    final long offset;
    final String bytes;

    Malformed(long line, long offset, String bytes) {
      this.line = line;
      this.offset = offset;
      this.bytes = bytes;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final Deque<Malformed> malformed = new ArrayDeque<>();
  private long consumed;
  private long line = 1;
  private boolean afterCr;
  private boolean start = true;
  private boolean eof;

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  /** The malformed sequences found so far and not yet taken, in file order. */
  Deque<Malformed> malformed() {
    return malformed;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    while (!chars.hasRemaining()) {
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
    if (eof && !bytes.hasRemaining()) {
      return false;
    }
    if (!eof) {
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    chars.clear();
    counted = 0;
    while (true) {
      int before = bytes.position();
      CoderResult r = decoder.decode(bytes, chars, eof);
      count(before, chars.position());
      if (r.isMalformed() || r.isUnmappable()) {
        if (!chars.hasRemaining()) {
          break;
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < r.length(); i++) {
          hex.append(hex.length() == 0 ? "" : " ")
              .append(String.format("0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        malformed.add(new Malformed(line, consumed, hex.toString()));
        consumed += r.length();
        bytes.position(bytes.position() + r.length());
        chars.put('\uFFFD');
        afterCr = false;
        continue;
      }
      if (r.isUnderflow() && eof && !bytes.hasRemaining()) {
        decoder.flush(chars);
      }
      break;
    }
    chars.flip();
    if (start && chars.hasRemaining()) {
      start = false;
      if (chars.get(0) == '\uFEFF') {
        chars.get();
      }
    }
    return chars.hasRemaining() || !(eof && !bytes.hasRemaining());
  }

  private int counted;

  /** Counts the bytes consumed and the line breaks in the characters decoded since the last call. */
  private void count(int bytesBefore, int charsEnd) {
    consumed += bytes.position() - bytesBefore;
    // The backing array, not chars.get(i): the checked buffer access was a tenth of the read time.
    char[] decoded = chars.array();
    for (int i = counted; i < charsEnd; i++) {
      char c = decoded[i];
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        afterCr = false;
      } else if (c == '\r') {
        line++;
        afterCr = true;
      } else {
        afterCr = false;
      }
    }
    counted = charsEnd;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
