package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
  /** Line and column after {@code text} as Jackson counts them: "\n", "\r\n", lone "\r". */
  private static long[] expectedPlace(String text) {
    long line = 1;
    long column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
        column = 1;
      } else if (c == '\n' || c == '\r') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new long[] {line, column};
  }

  /** Random text of letters, Cyrillic and line ends of every kind, longer than one buffer. */
  private static String text(long seed, int length) {
    Random random = new Random(seed);
    String[] pieces = {"a", "b", "Ж", "я", "\n", "\r", "\r\n", " ", "\t"};
    StringBuilder s = new StringBuilder();
    while (s.length() < length) {
      s.append(pieces[random.nextInt(pieces.length)]);
    }
    return s.toString();
  }

  private static InputStream bytes(String before, byte[] bad, String after) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(before.getBytes(StandardCharsets.UTF_8));
    out.write(bad);
    out.write(after.getBytes(StandardCharsets.UTF_8));
    return new ByteArrayInputStream(out.toByteArray());
  }

  private static String readAll(Utf8 in) throws IOException {
    StringBuilder s = new StringBuilder();
    char[] buf = new char[1000];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      s.append(buf, 0, n);
    }
    return s.toString();
  }

  @Test
  void stopping_malformedByteAfterSeveralBuffers_isAtTheLineAndColumnJacksonCounts()
      throws IOException {
    for (long seed = 0; seed < 20; seed++) {
      String before = text(seed, 20_000 + (int) seed * 37);
      long[] place = expectedPlace(before);
      Utf8 in = Utf8.stopping(bytes(before, new byte[] {(byte) 0xC3, (byte) 0x28}, "tail"));
      StringBuilder read = new StringBuilder();
      char[] buf = new char[777];
      assertThatThrownBy(
              () -> {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                  read.append(buf, 0, n);
                }
              })
          .isInstanceOfSatisfying(
              Utf8.MalformedInput.class,
              e -> {
                assertThat(e.malformed.line).isEqualTo(place[0]);
                assertThat(e.malformed.column).isEqualTo(place[1]);
                assertThat(e.malformed.offset)
                    .isEqualTo(before.getBytes(StandardCharsets.UTF_8).length);
                assertThat(e.malformed.bytes).isEqualTo("0xC3");
              });
      assertThat(read.toString()).isEqualTo(before);
    }
  }

  @Test
  void replacing_malformedBytes_areReadAsReplacementCharactersAndKeptInOrder() throws IOException {
    String before = "\uFEFF" + text(7, 10_000);
    Utf8 in = Utf8.replacing(bytes(before, new byte[] {(byte) 0xFF}, "x\r\nЖ"));
    String read = readAll(in);
    assertThat(read).isEqualTo(before.substring(1) + "\uFFFDx\r\nЖ");
    assertThat(in.malformed()).hasSize(1);
    Utf8.Malformed bad = in.malformed().getFirst();
    long[] place = expectedPlace(before.substring(1));
    assertThat(bad.line).isEqualTo(place[0]);
    assertThat(bad.column).isEqualTo(place[1]);
    assertThat(bad.offset).isEqualTo(before.getBytes(StandardCharsets.UTF_8).length);
    assertThat(bad.bytes).isEqualTo("0xFF");
  }

  @Test
  void byteOrderMark_isDroppedAndTakesNoColumn() throws IOException {
    Utf8 in = Utf8.stopping(bytes("\uFEFFab", new byte[] {(byte) 0x80}, ""));
    assertThatThrownBy(() -> readAll(in))
        .isInstanceOfSatisfying(
            Utf8.MalformedInput.class,
            e -> {
              assertThat(e.malformed.line).isEqualTo(1);
              assertThat(e.malformed.column).isEqualTo(3);
            });
  }

  @Test
  void replacing_sizedBuffers_readAndPlaceAsTheDefaultWhateverTheSizeSaid() throws IOException {
    // A BOM, two- and four-byte characters that straddle small buffers, and bad bytes among them.
    String text = "\uFEFF" + text(3, 300) + "\uD83D\uDE00" + text(4, 40);
    byte[] bad = {(byte) 0xE2, (byte) 0x82};
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    bytes(text, bad, "z\r\n" + text(5, 50) + "\uD83D\uDE00").transferTo(whole);
    whole.write(0xFF);
    byte[] input = whole.toByteArray();

    Utf8 plain = Utf8.replacing(new ByteArrayInputStream(input));
    String expected = readAll(plain);
    for (long size : new long[] {0, 1, 5, 17, input.length - 1, input.length, 100_000}) {
      Utf8 sized = Utf8.replacing(new ByteArrayInputStream(input), size);
      assertThat(readAll(sized)).as("size %d", size).isEqualTo(expected);
      assertThat(sized.malformed())
          .as("size %d", size)
          .usingRecursiveFieldByFieldElementComparator()
          .containsExactlyElementsOf(plain.malformed());
    }
    assertThat(plain.malformed()).hasSize(2);
  }
}
