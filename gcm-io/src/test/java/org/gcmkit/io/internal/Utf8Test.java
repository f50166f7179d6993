package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

  private static String describe(Utf8.Malformed m) {
    return m.line + ":" + m.column + " @" + m.offset + " " + m.bytes;
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

  @Test
  void lineDecoder_firstMalformedSequenceOfEachLine_placedAsTheWholeInputDecoderPlacesIt()
      throws IOException {
    // JSON Lines split as bytes and decoded line by line must place a bad byte exactly where
    // decoding the whole input would: same line (lone "\r"s end lines inside a line), same column
    // in characters (two- and four-byte characters take one and two), same offset and bytes.
    byte[][] bad = {
      {(byte) 0xFF}, {(byte) 0xC3, (byte) 0x28}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F}, {(byte) 0x80}
    };
    String[] pieces = {"a", "Ж", "\uD83D\uDE00", "\r", " ", "é"};
    Random random = new Random(11);
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    List<long[]> lines = new ArrayList<>();
    long number = 1;
    for (int i = 0; i < 300; i++) {
      StringBuilder before = new StringBuilder("x");
      for (int n = random.nextInt(40); n > 0; n--) {
        before.append(pieces[random.nextInt(pieces.length)]);
      }
      int start = whole.size();
      whole.write(before.toString().getBytes(StandardCharsets.UTF_8));
      if (i % 4 != 0) {
        whole.write(bad[random.nextInt(bad.length)]);
      }
      // Some bad sequences end their line, the rest are followed by more text.
      whole.write((i % 3 == 0 ? "" : "zЖ").getBytes(StandardCharsets.UTF_8));
      lines.add(new long[] {start, whole.size() - start, number});
      whole.write('\n');
      // A "\r" that ends the line with the "\n" is one line end with it, not one of its own.
      byte[] sofar = whole.toByteArray();
      boolean crlf = sofar[sofar.length - 2] == '\r';
      number += 1 + before.chars().filter(c -> c == '\r').count() - (crlf ? 1 : 0);
    }
    byte[] input = whole.toByteArray();
    Utf8 reference = Utf8.replacing(new ByteArrayInputStream(input));
    readAll(reference);

    List<Utf8.Malformed> found = new ArrayList<>();
    Utf8.LineDecoder decoder = new Utf8.LineDecoder();
    for (long[] line : lines) {
      decoder.decode(input, (int) line[0], (int) line[1], line[2], line[0]);
      String text = new String(decoder.chars(), 0, decoder.length());
      String all = new String(input, (int) line[0], (int) line[1], StandardCharsets.UTF_8);
      String expected = all.indexOf('\uFFFD') < 0 ? all : all.substring(0, all.indexOf('\uFFFD'));
      assertThat(text).isEqualTo(expected);
      Utf8.MalformedInput m = decoder.malformed();
      if (m != null) {
        found.add(m.malformed);
        assertThat(Utf8.charsBeforeMalformed(input, (int) line[0], (int) line[1]))
            .isEqualTo(decoder.length());
      } else {
        assertThat(Utf8.charsBeforeMalformed(input, (int) line[0], (int) line[1]))
            .isEqualTo(text.length());
      }
    }
    // The whole-input decoder goes on after a bad sequence (ED A0 80 is three to it); a line's
    // decoder stops at the first, which is the whole-input decoder's first on that line.
    List<Utf8.Malformed> firsts = new ArrayList<>();
    for (long[] line : lines) {
      reference.malformed().stream()
          .filter(m -> m.offset >= line[0] && m.offset < line[0] + line[1])
          .findFirst()
          .ifPresent(firsts::add);
    }
    assertThat(found).hasSize(225);
    assertThat(found.stream().map(Utf8Test::describe))
        .containsExactlyElementsOf(firsts.stream().map(Utf8Test::describe).toList());
  }

  @Test
  void lineDecoder_longLineOfWideCharacters_decodedWholeIntoAnArrayOfItsCharactersNotItsBytes() {
    // A long line is counted before it is decoded, so that three-byte characters do not keep an
    // array three times their number; the text and the bad byte after it come out the same.
    String wide = "x" + "Ж中".repeat(40_000) + "\r" + "ab";
    byte[] text = wide.getBytes(StandardCharsets.UTF_8);
    byte[] line = java.util.Arrays.copyOf(text, text.length + 3);
    line[text.length] = (byte) 0xE2;
    line[text.length + 1] = (byte) 0x82;
    line[text.length + 2] = 'z';
    assertThat(line.length).isGreaterThan(Utf8.LineDecoder.LONG_LINE);

    Utf8.LineDecoder decoder = new Utf8.LineDecoder();
    decoder.decode(line, 0, line.length, 7, 100);

    assertThat(new String(decoder.chars(), 0, decoder.length())).isEqualTo(wide);
    assertThat(decoder.chars().length).isLessThan(line.length / 2);
    Utf8.MalformedInput m = decoder.malformed();
    assertThat(m).isNotNull();
    assertThat(describe(m.malformed)).isEqualTo("8:3 @" + (100 + text.length) + " 0xE2 0x82");

    // A short line after it is decoded into the same array.
    decoder.decode("{}".getBytes(StandardCharsets.UTF_8), 0, 2, 9, 0);
    assertThat(new String(decoder.chars(), 0, decoder.length())).isEqualTo("{}");
    assertThat(decoder.malformed()).isNull();
  }
}
