package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.Outcomes;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Text;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Values no writer could write back: numbers out of range, lone surrogates; and what follows a
 * root.
 */
class JsonValuesTest {
  private static final GcmJson JSON = GcmJson.create();

  private static String figure(String number) {
    return "{\"formatVersion\":\"1.0\","
        + "\"actors\":[{\"id\":\"iom\",\"kind\":\"un_entity\",\"name\":{\"en\":\"IOM\"}}],"
        + "\"figures\":[{\"id\":\"f\",\"measure\":{\"en\":\"m\"},\"unit\":{\"en\":\"u\"},\"reportedBy\":\"iom\","
        + "\"value\":"
        + number
        + "}]}";
  }

  @Test
  void read_exponentBeyondInt_valueSyntaxAsCsvSaysIt() {
    ReadResult<Dataset> r = JSON.read(figure("1e2147483648"), Dataset.class);

    assertThat(r.getReport().getViolations())
        .extracting(
            Violation::getCode,
            Violation::getMessage,
            Violation::getPointer,
            v -> v.getValue().orElseThrow())
        .containsExactly(
            tuple(
                "value.syntax",
                "expected a number but was '1e2147483648'",
                "/figures/0/value",
                "1e2147483648"));
  }

  @Test
  void read_exponentThatJacksonWouldOverflow_valueSyntaxNotAChangedNumber() {
    ReadResult<Dataset> r = JSON.read(figure("999999999e214748364719999999999"), Dataset.class);

    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple("value.syntax", "expected a number but was '999999999e214748364719999999999'"));
  }

  @Test
  void read_randomNumberishText_valueOrLocatedReportNeverAnException() {
    Random random = new Random(12);
    String[] parts = {
      "0",
      "1",
      "9",
      "-",
      "+",
      ".",
      "e",
      "E",
      "2147483647",
      "2147483648",
      "4294967296",
      "999999999",
      "00"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder();
      int n = 1 + random.nextInt(6);
      for (int j = 0; j < n; j++) {
        s.append(parts[random.nextInt(parts.length)]);
      }
      String text = s.toString();

      ReadResult<Dataset> r = JSON.read(figure(text), Dataset.class);

      Outcomes.assertValueOrLocatedReport(r, text);
      boolean jsonNumber = text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
      if (!jsonNumber) {
        assertThat(r.getReport().getViolations())
            .as(text)
            .extracting(Violation::getCode)
            .contains("json.syntax");
        continue;
      }
      BigDecimal expected;
      try {
        expected = new BigDecimal(text);
        if (expected.scale() == Integer.MIN_VALUE) {
          // gcm refuses it on every JDK; JDK 21 and later would accept it.
          throw new NumberFormatException("scale Integer.MIN_VALUE");
        }
      } catch (NumberFormatException e) {
        assertThat(r.getReport().getViolations())
            .as(text)
            .extracting(Violation::getCode, Violation::getMessage)
            .containsExactly(tuple("value.syntax", "expected a number but was '" + text + "'"));
        continue;
      }
      assertThat(r.getValue().orElseThrow().getFigures().get(0).getValue())
          .as(text)
          .isEqualTo(expected);
    }
  }

  @Test
  void read_loneSurrogatesInValues_refusedWhereTheyAre() {
    for (String s : List.of("x\\uD800y", "\\uDC00", "end\\uDBFF", "\\uDE00\\uD83D")) {
      ReadResult<Text> r = JSON.read("{\n  \"en\": \"" + s + "\"}", Text.class);

      assertThat(r.getValue()).as(s).isEmpty();
      Violation v = r.getReport().getViolations().get(0);
      assertThat(r.getReport().getViolations()).as(s).hasSize(1);
      assertThat(v.getCode()).isEqualTo("json.syntax");
      assertThat(v.getPointer()).isEqualTo("/en");
      assertThat(v.getMessage())
          .startsWith("expected Unicode text but the string holds a lone surrogate U+");
      assertThat(v.getLocation().orElseThrow().toString()).isEqualTo("line 2:9");
    }
    assertThat(JSON.read("{\"en\": \"\\uD83D\\uDE00\"}", Text.class).getValue())
        .contains(Text.en("\uD83D\uDE00"));
  }

  @Test
  void read_loneSurrogateInJavaText_refusedInValuesAndKeys() {
    ReadResult<Text> value = JSON.read("{\"en\": \"a\uD800\"}", Text.class);
    ReadResult<Text> key = JSON.read("{\"e\uDC00\": \"a\"}", Text.class);

    assertThat(value.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getPointer, Violation::getMessage)
        .containsExactly(
            tuple(
                "json.syntax",
                "/en",
                "expected Unicode text but the string holds a lone surrogate U+D800 at character 2 (an escape \\uD800 without its pair)"));
    assertThat(key.getReport().getViolations())
        .extracting(Violation::getCode)
        .containsExactly("json.syntax");
    assertThat(key.getValue()).isEmpty();
  }

  @Test
  void read_somethingAfterANonObjectRoot_jsonSyntax() {
    for (String json : List.of("[][]", "1 2", "\"a\" x", "null {}")) {
      ReadResult<Dataset> r = JSON.read(json, Dataset.class);

      assertThat(r.getReport().getViolations())
          .as(json)
          .extracting(Violation::getCode)
          .containsExactly("value.type", "json.syntax");
    }
    assertThat(JSON.read("[] []", Text.class).getReport().getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple("value.type", "expected an object of language tags to text but was an array"),
            tuple("json.syntax", "expected the end of the input but was an array"));
  }

  @Test
  void read_millionUnknownFieldsAndLanguages_boundedReport() {
    StringBuilder unknown =
        new StringBuilder(
            "{\"formatVersion\":\"1.0\",\"actors\":[{\"id\":\"a\",\"kind\":\"state\",\"country\":\"TM\",\"name\":{\"en\":\"A\"}");
    for (int i = 0; i < 1_000_000; i++) {
      unknown.append(",\"k").append(i).append("\":0");
    }
    StringBuilder languages = new StringBuilder("{\"a\":\"x\"");
    for (int i = 0; i < 1_000_000; i++) {
      languages.append(",\"l").append(i).append("\":\"x\"");
    }

    ReadResult<Dataset> many = JSON.read(unknown + "}]}", Dataset.class);
    ReadResult<Text> text = JSON.read(languages + "}", Text.class);

    List<Violation> v = many.getReport().getViolations();
    assertThat(v).hasSize(102);
    // 1,000,004 fields: id, kind, country, name and the unknown ones.
    assertThat(v.get(100).getMessage())
        .isEqualTo(
            "expected at most 16384 fields in one object but found 983620 more; they are not read");
    assertThat(v.get(101).getMessage())
        .isEqualTo(
            "expected at most 100 problems in one record but found 16280 more field.unknown; they are not listed");
    assertThat(v.get(101).getPointer()).isEqualTo("/actors/0");
    assertThat(text.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .contains(
            tuple(
                "input.limit",
                "expected at most 16384 fields in one object but found 983617 more; they are not read"));
    assertThat(text.getValue()).isEmpty();
  }
}
