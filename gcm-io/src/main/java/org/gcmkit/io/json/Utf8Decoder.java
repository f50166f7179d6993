package org.gcmkit.io.json;

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

/**
 * Decodes strict UTF-8 without a leading byte order mark, like an {@code InputStreamReader}, but
 * hands out every character before a malformed byte sequence and then throws {@link Malformed}
 * with the line and column where it is: {@code InputStreamReader} drops the characters decoded
 * with it, so its error cannot be located. Not thread-safe.
 */
final class Utf8Decoder extends Reader {
  /** A malformed byte sequence at a line and column (from 1) of the text before it. */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;

    final long line;
    final long column;

    Malformed(long line, long column) {
      this.line = line;
      this.column = column;
    }

    @Override
    public String getMessage() {
      return "malformed UTF-8 at line " + line + ", column " + column;
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
  private boolean eof;
  private boolean start = true;
  private boolean malformed;
  private long line = 1;
  private long column = 1;
  private boolean afterCr;

  Utf8Decoder(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (malformed) {
        throw new Malformed(line, column);
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    for (int i = off; i < off + n; i++) {
      count(buf[i]);
    }
    return n;
  }

  /** Line ends as Jackson counts them: "\n", "\r\n" and a lone "\r". */
  private void count(char c) {
    if (c == '\n') {
      if (!afterCr) {
        line++;
      }
      column = 1;
      afterCr = false;
    } else if (c == '\r') {
      line++;
      column = 1;
      afterCr = true;
    } else {
      column++;
      afterCr = false;
    }
  }

  /** Decodes more characters into {@code chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    while (true) {
      CoderResult r = decoder.decode(bytes, chars, eof);
      if (r.isError()) {
        malformed = true;
        break;
      }
      if (r.isOverflow() || chars.position() > 0) {
        break;
      }
      if (eof) {
        decoder.flush(chars);
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
    chars.flip();
    if (start && chars.hasRemaining()) {
      start = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get();
      }
    }
    // False only at the true end: a fill that only skipped the byte order mark is not one.
    return chars.hasRemaining() || malformed || !(eof && !bytes.hasRemaining());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
