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

    assertThat(span.start()).isEqualTo(PartialDate.parse("2022-05-10"));
    assertThat(span.getStart()).contains(PartialDate.parse("2022-05-10"));
    assertThat(span.getEnd()).contains(PartialDate.parse("2022-05-13"));
    assertThat(span)
        .isEqualTo(
            DateSpan.between(PartialDate.parse("2022-05-10"), PartialDate.parse("2022-05-13")));
  }

  @Test
  void parse_singleDate_hasNoEnd() {
    DateSpan span = DateSpan.parse("2022-05-10");

    assertThat(span.start()).isEqualTo(PartialDate.parse("2022-05-10"));
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
        .hasMessage("expected a date or an interval DATE/DATE but was '2022/2023/2024'");
  }

  @Test
  void parse_badDateInInterval_throwsNamingThatDate() {
    assertThatThrownBy(() -> DateSpan.parse("2022-05-10/2022-5-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected a date such as 2023-03-17, 2020-02, 2013 or 2021-02~ (EDTF) but was"
                + " '2022-5-13'");
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
            "date.end-before-start /end expected an end on or after the start "
                + span.start()
                + " but was "
                + span.getEnd().orElseThrow());
  }

  @Test
  void equals_singleDateAndIntervalOfThatDate_notEqual() {
    PartialDate d = PartialDate.parse("2022-05-10");

    assertThat(DateSpan.of(d)).isNotEqualTo(DateSpan.between(d, d));
  }
}
