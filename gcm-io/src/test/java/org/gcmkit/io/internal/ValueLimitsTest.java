package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Figure;
import org.gcmkit.model.meta.ValueLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueLimitsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-0.0",
        "1250.5",
        "0.001",
        "0.0000001",
        "1e3",
        "1E+3",
        "1e999999999",
        "-1e-999999999",
        "12345678901234567e-2147483647",
        "1e2147483647",
        "11e2147483647",
        "-123e2147483647",
        "0.1e-2147483646",
        "0e-50"
      })
  void formatNumber_anyScale_boundedAndExact(String text) {
    BigDecimal d = new BigDecimal(text);
    String out = ValueLimits.formatNumber(d);
    assertThat(out.length()).isLessThanOrEqualTo(ValueLimits.MAX_NUMBER_LENGTH);
    // Read back as the readers read: 11e2147483647 was written 1.1E+2147483648, refused.
    assertThat(ValueLimits.parseNumber(out)).isEqualTo(d);
  }

  @Test
  void formatNumber_nonNegativeScaleAndShort_plain() {
    assertThat(ValueLimits.formatNumber(new BigDecimal("0.0000001"))).isEqualTo("0.0000001");
    assertThat(ValueLimits.formatNumber(new BigDecimal("-1250.50"))).isEqualTo("-1250.50");
    assertThat(ValueLimits.formatNumber(new BigDecimal("1e3"))).isEqualTo("1E+3");
    assertThat(ValueLimits.formatNumber(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
  }

  /** Every number text readers accept (at most 100 characters) is written in at most 100. */
  @Test
  void formatNumber_randomTextsWithinTheLimit_writtenWithinTheLimitToAnEqualValue() {
    Random r = new Random(12);
    for (int n = 0; n < 300_000; n++) {
      StringBuilder b = new StringBuilder();
      if (r.nextBoolean()) {
        b.append('-');
      }
      int digits = 1 + r.nextInt(r.nextBoolean() ? 5 : 99);
      for (int k = 0; k < digits; k++) {
        b.append((char) ('0' + (k == 0 ? 1 + r.nextInt(9) : r.nextInt(10))));
      }
      if (r.nextBoolean()) {
        b.append('.');
        int f = 1 + r.nextInt(r.nextBoolean() ? 3 : 99);
        for (int k = 0; k < f; k++) {
          b.append((char) ('0' + (r.nextInt(3) == 0 ? 0 : r.nextInt(10))));
        }
      }
      if (r.nextBoolean()) {
        b.append(r.nextBoolean() ? 'e' : 'E').append(r.nextBoolean() ? "-" : "");
        int kind = r.nextInt(6);
        // Exponents near the int range's ends, where the written exponent can overflow.
        b.append(
            kind == 0
                ? r.nextInt(Integer.MAX_VALUE)
                : kind == 1 ? Integer.MAX_VALUE - r.nextInt(200) : r.nextInt(200));
      }
      String text = b.toString();
      if (text.length() > ValueLimits.MAX_NUMBER_LENGTH) {
        continue;
      }
      BigDecimal d;
      try {
        d = ValueLimits.parseNumber(text);
      } catch (IllegalArgumentException refused) {
        continue; // a scale beyond the int range: readers refuse it
      }
      String out = ValueLimits.formatNumber(d);
      assertThat(out.length()).as(text).isLessThanOrEqualTo(ValueLimits.MAX_NUMBER_LENGTH);
      assertThat(ValueLimits.parseNumber(out)).as(text).isEqualTo(d);
    }
  }

  @Test
  void parseNumber_overTheLengthLimit_limitBeforeParsing() {
    String million = "9".repeat(1_000_000);
    assertThatThrownBy(() -> ValueLimits.parseNumber(million))
        .isInstanceOf(ValueLimits.LimitException.class)
        .hasMessage("expected a number of at most 100 characters but was one of 1000000");
    assertThatThrownBy(() -> ValueLimits.parseNumber("1e2147483648"))
        .isNotInstanceOf(ValueLimits.LimitException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a number but was '1e2147483648'");
  }

  /** The 107-byte file of issue 12: valid, then written to every format and read back equal. */
  @Test
  void writers_hugeExponent_boundedFilesReadBackEqual(@TempDir Path dir) throws Exception {
    GcmJson json = GcmJson.create();
    GcmCsv csv = GcmCsv.create();
    ReadResult<Dataset> read =
        json.read(
            "{\"formatVersion\":\"1.0\",\"figures\":[{\"id\":\"f1\",\"measure\":{\"en\":\"m\"},"
                + "\"unit\":{\"en\":\"u\"},\"value\":1e999999999}]}",
            Dataset.class);
    assertThat(read.getReport().getViolations()).isEmpty();
    Dataset d = read.getValue().orElseThrow();
    for (String value : new String[] {"1e999999999", "1e-999999999", "-9.5e-2147483000"}) {
      Dataset x =
          d.toBuilder()
              .figures(
                  java.util.List.of(
                      Figure.builder()
                          .from(d.getFigures().get(0))
                          .value(new BigDecimal(value))
                          .build()))
              .build();
      json.writeDataset(x, dir.resolve("a.json"));
      json.writeDataset(x, dir.resolve("a.jsonl"));
      csv.writeDataset(x, dir.resolve("pkg"));
      assertThat(Files.size(dir.resolve("a.json"))).isLessThan(1_000);
      assertThat(json.readDataset(dir.resolve("a.json")).getValue()).contains(x);
      assertThat(json.readDataset(dir.resolve("a.jsonl")).getValue()).contains(x);
      assertThat(csv.readDataset(dir.resolve("pkg")).getValue()).contains(x);
    }
  }
}
