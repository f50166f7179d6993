package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateSpanTest {

  @Test
  void parse_interval_readsStartAndEnd() {
    DateSpan span = DateSpan.parse("2022-05-10/2022-05-13");

    assertThat(span.getStart().orElseThrow()).isEqualTo(PartialDate.parse("2022-05-10"));
    assertThat(span.getStart()).contains(PartialDate.parse("2022-05-10"));
    assertThat(span.getEnd()).contains(PartialDate.parse("2022-05-13"));
    assertThat(span)
        .isEqualTo(
            DateSpan.between(PartialDate.parse("2022-05-10"), PartialDate.parse("2022-05-13")));
  }

  @Test
  void parse_singleDate_hasNoEnd() {
    DateSpan span = DateSpan.parse("2022-05-10");

    assertThat(span.getStart().orElseThrow()).isEqualTo(PartialDate.parse("2022-05-10"));
    assertThat(span.getEnd()).isEmpty();
    assertThat(span)
        .isEqualTo(DateSpan.of(PartialDate.parse("2022-05-10")))
        .hasSameHashCodeAs(DateSpan.parse("2022-05-10"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-05-10", "2022-05-10/2022-05-13", "2021-02~/2022", "2022/2021"})
  void parse_span_printsBackTheSameText(String text) {
    assertThat(DateSpan.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_threeParts_throwsNamingTheText() {
    assertThatThrownBy(() -> DateSpan.parse("2022/2023/2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected a date or an interval START/END with one slash but was '2022/2023/2024'");
  }

  @Test
  void parse_badDateInInterval_throwsQuotingThatDateAndTheWholeValue() {
    assertThatThrownBy(() -> DateSpan.parse("2022-05-10/2022-5-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21"
                + " but was '2022-5-13' in the interval '2022-05-10/2022-5-13'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-02-20/..",
        "2021-02-20/",
        "../2021-02-20",
        "/2021-02-20",
        "201X/2021-XX",
        "[2018-12-10..2018-12-11]"
      })
  void parse_openAndUnknownEnds_printsBackTheSameText(String text) {
    assertThat(DateSpan.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parse_openAndUnknownEnds_noDateThereButSaidWhich() {
    DateSpan ongoing = DateSpan.parse("2021-02-20/..");
    DateSpan unknownStart = DateSpan.parse("/2021-02-20");

    assertThat(ongoing.isInterval()).isTrue();
    assertThat(ongoing.getEnd()).isEmpty();
    assertThat(ongoing.getOpenEnd()).contains(DateSpan.OpenEnd.OPEN);
    assertThat(ongoing)
        .isEqualTo(DateSpan.from(PartialDate.ofDay(2021, 2, 20), DateSpan.OpenEnd.OPEN));
    assertThat(unknownStart.getStart()).isEmpty();
    assertThat(unknownStart.getOpenStart()).contains(DateSpan.OpenEnd.UNKNOWN);
    assertThat(unknownStart)
        .isEqualTo(DateSpan.until(DateSpan.OpenEnd.UNKNOWN, PartialDate.ofDay(2021, 2, 20)))
        .isNotEqualTo(DateSpan.parse("../2021-02-20"));
    assertThat(DateSpan.parse("2021-02-20").isInterval()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../..", "/", "../", "/.."})
  void parse_noDateAtEitherEnd_throwsQuotingTheValue(String text) {
    assertThatThrownBy(() -> DateSpan.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected an interval with a date at one end at least but was '" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022-05/2022-05-10",
        "2022-05-10/2022-05",
        "2022/2022-01-01",
        "2022-05-10/2022-05-10",
        "2021-12-31/2022"
      })
  void validate_endNotBeforeStartByTheDaysTheyCanMean_noViolation(String text) {
    assertThat(
            org.gcmkit.validation.GcmValidator.create()
                .validate(DateSpan.parse(text))
                .getViolations())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-05-10/2022-04", "2022/2021-12-31", "2022-05-10/2022-05-09"})
  void validate_endBeforeEveryDayOfStart_reportsDateOrder(String text) {
    DateSpan span = DateSpan.parse(text);

    assertThat(org.gcmkit.validation.GcmValidator.create().validate(span).getViolations())
        .extracting(v -> v.getCode() + " " + v.getPointer() + " " + v.getMessage())
        .containsExactly(
            "date.end-before-start  expected an end on or after the start "
                + span.getStart().orElseThrow()
                + " but was "
                + span.getEnd().orElseThrow());
  }

  @Test
  void equals_singleDateAndIntervalOfThatDate_notEqual() {
    PartialDate d = PartialDate.parse("2022-05-10");

    assertThat(DateSpan.of(d)).isNotEqualTo(DateSpan.between(d, d));
  }
}
