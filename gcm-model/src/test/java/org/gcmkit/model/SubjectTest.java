package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gcmkit.codes.Compact;
import org.gcmkit.codes.GcmObjective;
import org.gcmkit.codes.GcrObjective;
import org.gcmkit.codes.GuidingPrinciple;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectTest {
  private static final String GENERAL =
      "expected a subject such as gcm, gcm:objectives, gcm:objective:4, gcm:principles,"
          + " gcm:principle:a, gcm:360, gcr or gcr:objective:1 but was '";

  @ParameterizedTest
  @CsvSource({
    "gcm,              GCM, WHOLE",
    "gcr,              GCR, WHOLE",
    "gcm:objectives,   GCM, OBJECTIVES",
    "gcr:objectives,   GCR, OBJECTIVES",
    "gcm:objective:4,  GCM, OBJECTIVE",
    "gcm:objective:23, GCM, OBJECTIVE",
    "gcr:objective:2,  GCR, OBJECTIVE",
    "gcm:principles,   GCM, PRINCIPLES",
    "gcm:principle:h,  GCM, PRINCIPLE",
    "gcm:360,          GCM, VISION_360"
  })
  void parse_everyForm_printsBackAndIsKnown(String text, Compact compact, Subject.Aspect aspect) {
    Subject subject = Subject.parse(text);

    assertThat(subject.toString()).isEqualTo(text);
    assertThat(subject.getCompact()).isEqualTo(compact);
    assertThat(subject.getAspect()).isEqualTo(aspect);
    assertThat(subject.isKnown()).isTrue();
    assertThat(subject).isEqualTo(Subject.parse(text)).hasSameHashCodeAs(Subject.parse(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gcm:objective:24 | expected GCM objective number from 1 to 23 but was 'gcm:objective:24'",
        "gcm:objective:0  | expected GCM objective number from 1 to 23 but was 'gcm:objective:0'",
        "gcr:objective:5  | expected GCR objective number from 1 to 4 but was 'gcr:objective:5'",
        "gcm:principle:k  | expected a guiding principle letter from a to j but was"
            + " 'gcm:principle:k'"
      })
  void parse_unknownNumberOrLetter_parsesButValidationFlagsIt(String text, String message) {
    Subject subject = Subject.parse(text);

    assertThat(subject.toString()).isEqualTo(text);
    assertThat(subject.isKnown()).isFalse();
    assertThat(GcmValidator.create().validate(subject).getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("subject.unknown", message));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "GCM",
        "gcm:",
        "gcm:objective",
        "gcm:objective:x",
        "gcm:objective:12345",
        "gcm:principle:A",
        "gcm:principle:ab",
        "gcm:objectives:1",
        " gcm",
        "gcmr",
        "gfmd"
      })
  void parse_malformed_throwsNamingTextAndForms(String text) {
    assertThatThrownBy(() -> Subject.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(GENERAL + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"gcr:principles", "gcr:principle:a", "gcr:360"})
  void parse_gcmOnlyPartOfGcr_throwsNamingGcrForms(String text) {
    assertThatThrownBy(() -> Subject.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected gcr, gcr:objectives or gcr:objective:N but was '" + text + "'");
  }

  @Test
  void factories_codeListValues_equalParsedCodes() {
    assertThat(Subject.of(Compact.GCR)).isEqualTo(Subject.parse("gcr"));
    assertThat(Subject.of(GcmObjective.O4)).isEqualTo(Subject.parse("gcm:objective:4"));
    assertThat(Subject.of(GcrObjective.O2)).isEqualTo(Subject.parse("gcr:objective:2"));
    assertThat(Subject.of(GuidingPrinciple.CHILD_SENSITIVE))
        .isEqualTo(Subject.parse("gcm:principle:h"));
    assertThat(Subject.allObjectives(Compact.GCM)).isEqualTo(Subject.parse("gcm:objectives"));
    assertThat(Subject.guidingPrinciples()).isEqualTo(Subject.parse("gcm:principles"));
    assertThat(Subject.vision360()).isEqualTo(Subject.parse("gcm:360"));
  }

  @Test
  void lookups_knownSubject_resolveToCodeListValues() {
    assertThat(Subject.parse("gcm:objective:4").gcmObjective()).contains(GcmObjective.O4);
    assertThat(Subject.parse("gcm:objective:4").gcrObjective()).isEmpty();
    assertThat(Subject.parse("gcr:objective:4").gcrObjective()).contains(GcrObjective.O4);
    assertThat(Subject.parse("gcm:principle:h").guidingPrinciple())
        .contains(GuidingPrinciple.CHILD_SENSITIVE);
    assertThat(Subject.parse("gcm:objective:24").getObjectiveNumber()).contains(24);
    assertThat(Subject.parse("gcm:principle:k").getPrincipleLetter()).contains('k');
    assertThat(Subject.parse("gcm").getObjectiveNumber()).isEmpty();
  }
}
