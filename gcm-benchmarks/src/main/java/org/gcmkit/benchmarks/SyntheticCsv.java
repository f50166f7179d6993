package org.gcmkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The CSV file of setup A: {@code rows} rows of 15 columns (about 150 bytes a row), 5 % of rows
 * with non-ASCII text, some quoted fields, doubled quotes and embedded newlines, after a header.
 * Deterministic for a seed.
 */
public final class SyntheticCsv {
  /** The number of columns. */
  public static final int COLUMNS = 15;

  private static final String[] WORDS = {
    "migration",
    "return",
    "labour",
    "border",
    "health",
    "data",
    "rights",
    "family",
    "skills",
    "remittance",
    "consular",
    "safe",
    "orderly",
    "regular",
    "dialogue"
  };
  private static final String[] NON_ASCII = {
    "Ашхабад", "Туркменистан", "Müller", "García", "عمّان", "Ngozi Okonkwo-Éboué", "Алматы"
  };

  private SyntheticCsv() {}

  /** The file's bytes, UTF-8, header first. */
  public static byte[] make(int rows, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder(rows * 160);
    for (int c = 0; c < COLUMNS; c++) {
      s.append(c == 0 ? "" : ",").append("col").append(c);
    }
    s.append('\n');
    for (int i = 0; i < rows; i++) {
      boolean nonAscii = r.nextInt(20) == 0;
      s.append("rec-").append(i).append(',');
      s.append(2018 + r.nextInt(8))
          .append('-')
          .append(10 + r.nextInt(3))
          .append('-')
          .append(10 + r.nextInt(18))
          .append(',');
      s.append(r.nextInt(1_000_000)).append(',');
      s.append(nonAscii ? NON_ASCII[r.nextInt(NON_ASCII.length)] : WORDS[r.nextInt(WORDS.length)])
          .append(',');
      int q = r.nextInt(20);
      if (q == 0) {
        s.append("\"said \"\"").append(WORDS[r.nextInt(WORDS.length)]).append("\"\" twice\",");
      } else if (q == 1) {
        s.append("\"line one\nline two\",");
      } else if (q < 5) {
        s.append("\"")
            .append(WORDS[r.nextInt(WORDS.length)])
            .append(", ")
            .append(WORDS[r.nextInt(WORDS.length)])
            .append("\",");
      } else {
        s.append(WORDS[r.nextInt(WORDS.length)]).append(',');
      }
      s.append("actor-").append(r.nextInt(100_000)).append(',');
      s.append(r.nextBoolean() ? "HELD" : "PLANNED").append(',');
      s.append(r.nextInt(3) == 0 ? "" : "TM").append(',');
      s.append(r.nextInt(1000)).append(".").append(r.nextInt(1000)).append(',');
      s.append("https://example.org/").append(r.nextInt(10_000)).append(',');
      s.append("en").append(',');
      s.append(WORDS[r.nextInt(WORDS.length)])
          .append(' ')
          .append(WORDS[r.nextInt(WORDS.length)])
          .append(',');
      s.append("src-").append(r.nextInt(1000)).append(',');
      s.append(r.nextInt(2) == 0 ? "true" : "false").append(',');
      s.append("gcm:objective:").append(1 + r.nextInt(23)).append('\n');
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }
}
