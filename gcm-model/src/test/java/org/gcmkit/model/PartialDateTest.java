package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2013",
        "2020-02",
        "2023-03-17",
        "2021-02~",
        "2021-02?",
        "2021-02%",
        "0000",
        "9999-12-31%",
        "201X",
        "20XX~",
        "2018-XX",
        "2021-03-XX",
        "2021-XX-XX?",
        "2021-21",
        "2021-24%",
        "-0500",
        "-0001-02-28",
        "Y12345",
        "Y-170000002",
        "[2018-12-10..2018-12-11]",
        "[2018-12..2019]"
      })
  void parse_edtfText_printsBackTheSameText(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "2013,       YEAR,  false, false",
    "2020-02,    MONTH, false, false",
    "2023-03-17, DAY,   false, false",
    "2021-02~,   MONTH, true,  false",
    "2021-02?,   MONTH, false, true",
    "2021-02%,   MONTH, true,  true"
  })
  void parse_edtfText_readsPrecisionAndQualifiers(
      String text, PartialDate.Precision precision, boolean approximate, boolean uncertain) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.getPrecision()).isEqualTo(precision);
    assertThat(date.isApproximate()).isEqualTo(approximate);
    assertThat(date.isUncertain()).isEqualTo(uncertain);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2022-02-30 | expected a real calendar date but was 2022-02-30: Invalid date 'FEBRUARY 30'",
        "2022-02-29 | expected a real calendar date but was 2022-02-29: Invalid date 'February 29'"
            + " as '2022' is not a leap year",
        "2022-13    | expected a month from 01 to 12 or a season from 21 to 24 but was '2022-13'",
        "2022-00    | expected a real calendar date but was 2022-00: months and days start at 01",
        "2022-03-00 | expected a real calendar date but was 2022-03-00: months and days start at"
            + " 01",
        "20 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '20'",
        "2022-2-1 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2022-2-1'",
        "2022-02-01~? | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2022-02-01~?'",
        "2022-02-01T10:00 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2022-02-01T10:00'",
        "2XXX | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2XXX'",
        "201X-05 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '201X-05'",
        "2021-XX-05 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2021-XX-05'",
        "2021-21-05 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2021-21-05'",
        "-201X | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '-201X'",
        "-0000 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '-0000'",
        "Y2021 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'Y2021'",
        "Y1234567890 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'Y1234567890'",
        "Y011000 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'Y011000'",
        "Y-011000 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'Y-011000'",
        "Y09999 | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'Y09999'",
        "[2018-12-10] | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '[2018-12-10]'",
        "[2018-12-10..2018-12-11]~ | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '[2018-12-10..2018-12-11]~'",
        "[2018-12-10..2018..2019] | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '[2018-12-10..2018..2019]'",
        "2021-05-10?~ | expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '2021-05-10?~'",
      })
  void parse_impossibleOrMalformed_throwsNamingTheText(String text, String message) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void parse_emptyText_throwsNamingIt() {
    assertThatThrownBy(() -> PartialDate.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was ''");
  }

  /** The hand-written parser against the regular expression it replaced, on random texts. */
  @Test
  void parse_randomTexts_acceptsWhatTheRegularExpressionDid() {
    java.util.regex.Pattern edtf =
        java.util.regex.Pattern.compile(
            "(?:-?\\d{4}(?:-\\d{2}(?:-(?:\\d{2}|XX))?|-XX(?:-XX)?)?|\\d{3}X|\\d{2}XX)[~?%]?");
    java.util.Random random = new java.util.Random(11);
    String alphabet = "0123-~?%xX\u0661";
    int parsed = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = 3 + random.nextInt(10);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      java.util.regex.Matcher m = edtf.matcher(text);
      PartialDate date;
      try {
        date = PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        date = null;
      }
      if (!m.matches()) {
        assertThat(date).as(text).isNull();
      } else if (date != null) {
        parsed++;
        assertThat(date.toString()).as(text).isEqualTo(text);
      }
    }
    assertThat(parsed).isGreaterThan(100);
  }

  @Test
  void parse_null_throwsNullPointerException() {
    assertThatThrownBy(() -> PartialDate.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void ofMonth_monthZero_throwsInsteadOfMeaningTheYear() {
    assertThatThrownBy(() -> PartialDate.ofMonth(2022, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a real calendar date but was 2022-00: months and days start at 01");
  }

  @Test
  void ofDay_dayZero_throwsInsteadOfMeaningTheMonth() {
    assertThatThrownBy(() -> PartialDate.ofDay(2022, 3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected a real calendar date but was 2022-03-00: months and days start at 01");
  }

  @Test
  void ofYear_outOfRange_throwsNamingTheYear() {
    assertThatThrownBy(() -> PartialDate.ofYear(1_000_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a year from -999999999 to 999999999 but was 1000000000");
  }

  @ParameterizedTest
  @CsvSource({
    "2013,       2013-01-01, 2013-12-31",
    "2020-02,    2020-02-01, 2020-02-29",
    "2021-02,    2021-02-01, 2021-02-28",
    "2000-02,    2000-02-01, 2000-02-29",
    "1900-02,    1900-02-01, 1900-02-28",
    "2024-02~,   2024-02-01, 2024-02-29",
    "2023-03-17, 2023-03-17, 2023-03-17",
    "2023-12,    2023-12-01, 2023-12-31",
    "201X,       2010-01-01, 2019-12-31",
    "20XX,       2000-01-01, 2099-12-31",
    "2018-XX,    2018-01-01, 2018-12-31",
    "2020-02-XX, 2020-02-01, 2020-02-29",
    "2021-XX-XX, 2021-01-01, 2021-12-31",
    "2021-21,    2021-01-01, 2021-12-31",
    "2021-24,    2021-01-01, 2022-02-28",
    "-0500,      -0500-01-01, -0500-12-31",
    "Y12345,     +12345-01-01, +12345-12-31",
    "[2018-12-10..2018-12-11], 2018-12-10, 2018-12-11"
  })
  void earliestAndLatest_partialDate_spanTheDaysItCanMean(
      String text, LocalDate earliest, LocalDate latest) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.earliest()).isEqualTo(earliest);
    assertThat(date.latest()).isEqualTo(latest);
  }

  @Test
  void factories_sameDate_equalParsed() {
    assertThat(PartialDate.ofYear(2013)).isEqualTo(PartialDate.parse("2013"));
    assertThat(PartialDate.ofMonth(2020, 2)).isEqualTo(PartialDate.parse("2020-02"));
    assertThat(PartialDate.of(LocalDate.of(2023, 3, 17)))
        .isEqualTo(PartialDate.parse("2023-03-17"))
        .hasSameHashCodeAs(PartialDate.ofDay(2023, 3, 17));
  }

  @Test
  void approximateAndUncertain_copies_addQualifiersWithoutChangingTheOriginal() {
    PartialDate date = PartialDate.parse("2021-02");

    assertThat(date.approximate().toString()).isEqualTo("2021-02~");
    assertThat(date.uncertain().toString()).isEqualTo("2021-02?");
    assertThat(date.approximate().uncertain().toString()).isEqualTo("2021-02%");
    assertThat(date.toString()).isEqualTo("2021-02");
  }

  @ParameterizedTest
  @CsvSource({
    "201X,                     YEAR,   true,  false",
    "2021-21,                  SEASON, false, false",
    "2018-XX,                  MONTH,  true,  false",
    "2021-03-XX,               DAY,    true,  false",
    "[2018-12-10..2018-12-11], DAY,    false, true"
  })
  void parse_levelOneForms_precisionUnspecifiedAndSpan(
      String text, PartialDate.Precision precision, boolean unspecified, boolean oneDayOfSpan) {
    PartialDate date = PartialDate.parse(text);

    assertThat(date.getPrecision()).isEqualTo(precision);
    assertThat(date.isUnspecified()).isEqualTo(unspecified);
    assertThat(date.isOneDayOfSpan()).isEqualTo(oneDayOfSpan);
  }

  @Test
  void parse_spanWhoseLastIsBeforeItsFirst_throwsQuotingTheWholeValue() {
    assertThatThrownBy(() -> PartialDate.parse("[2018-12-11..2018-12-10]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected the first date of [2018-12-11..2018-12-10] not after the last but was"
                + " '[2018-12-11..2018-12-10]'");
  }

  @Test
  void oneDayOf_ends_equalsParsed() {
    assertThat(
            PartialDate.oneDayOf(PartialDate.ofDay(2018, 12, 10), PartialDate.ofDay(2018, 12, 11)))
        .isEqualTo(PartialDate.parse("[2018-12-10..2018-12-11]"));
  }

  @Test
  void equals_differentQualifier_notEqual() {
    assertThat(PartialDate.parse("2021-02~")).isNotEqualTo(PartialDate.parse("2021-02"));
    assertThat(PartialDate.parse("2021")).isNotEqualTo(PartialDate.parse("2021-01"));
  }
}
