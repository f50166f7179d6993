package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

/** Reports that keep a bounded number of violations and count the rest exactly. */
class BoundedReportTest {
  private static Violation unknown(int i) {
    return Violation.of(Rule.UNKNOWN_FIELD, "/actors/" + i + "/titel", "unknown field 'titel'")
        .build();
  }

  private static Violation warning(int i) {
    return Violation.of(Rule.HELD_WITHOUT_DATE, "/meetings/" + i + "/dates", "no date").build();
  }

  @Test
  void builder_moreThanTheBound_keepsTheFirstAndCountsEveryOne() {
    ValidationReport.Builder b = ValidationReport.builder(3);
    for (int i = 0; i < 10; i++) {
      b.add(unknown(i));
    }
    b.add(warning(0));

    ValidationReport report = b.build();

    assertThat(report.getViolations()).containsExactly(unknown(0), unknown(1), unknown(2));
    assertThat(report.isTruncated()).isTrue();
    assertThat(report.getOmittedCounts())
        .containsExactly(
            Map.entry("field.unknown", 7L), Map.entry("meeting.held-without-date", 1L));
    assertThat(report.countsByCode())
        .containsExactly(
            Map.entry("field.unknown", 10L), Map.entry("meeting.held-without-date", 1L));
    assertThat(report.getErrorCount()).isEqualTo(10);
    assertThat(report.getWarningCount()).isEqualTo(1);
    assertThat(report.isValid()).isFalse();
    assertThat(b.size()).isEqualTo(11);
  }

  @Test
  void builder_onlyOmittedErrors_reportIsInvalid() {
    ValidationReport report = ValidationReport.builder(0).add(unknown(0)).build();

    assertThat(report.getViolations()).isEmpty();
    assertThat(report.isValid()).isFalse();
    assertThat(report.toText()).isEqualTo("... and 1 more: field.unknown 1\n1 error, 0 warnings");
  }

  @Test
  void builder_withinTheBound_equalsTheUnboundedReport() {
    List<Violation> all = List.of(unknown(0), warning(1));
    ValidationReport.Builder b = ValidationReport.builder(2);
    all.forEach(b::add);

    assertThat(b.build()).isEqualTo(ValidationReport.of(all));
    assertThat(b.build().isTruncated()).isFalse();
    assertThat(b.build().getOmittedCounts()).isEmpty();
  }

  @Test
  void builder_addAll_carriesTheOmittedCounts() {
    ValidationReport part = ValidationReport.builder(1).add(unknown(0)).add(unknown(1)).build();

    ValidationReport whole = ValidationReport.builder(5).addAll(part).addAll(part).build();

    assertThat(whole.getViolations()).containsExactly(unknown(0), unknown(0));
    assertThat(whole.getOmittedCounts()).containsExactly(Map.entry("field.unknown", 2L));
    assertThat(whole.getErrorCount()).isEqualTo(4);
  }

  @Test
  void builder_negativeBound_isRefusedNamingIt() {
    assertThatThrownBy(() -> ValidationReport.builder(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a number of violations of 0 or more but was -1");
  }

  @Test
  void toText_truncatedMillion_saysHowManyMoreByCodeWithExactSummary() {
    ValidationReport.Builder b = ValidationReport.builder(2);
    for (int i = 0; i < 1_000_000; i++) {
      b.add(unknown(i));
    }

    assertThat(b.build().toText())
        .isEqualTo(
            """
            error   /actors/0/titel [field.unknown] unknown field 'titel'
            error   /actors/1/titel [field.unknown] unknown field 'titel'
            ... and 999,998 more: field.unknown 999,998
            1,000,000 errors, 0 warnings""");
  }

  @Test
  void toLines_fewerShownThanKept_countsTheHiddenAndTheOmittedTogether() {
    ValidationReport.Builder b = ValidationReport.builder(2);
    b.add(warning(0)).add(unknown(1)).add(unknown(2));

    assertThat(b.build().toLines(1))
        .containsExactly(
            "warning /meetings/0/dates [meeting.held-without-date] no date",
            "... and 2 more: field.unknown 2");
  }

  @Test
  void map_truncatedReport_keepsTheOmittedCounts() {
    ValidationReport report = ValidationReport.builder(1).add(unknown(0)).add(unknown(1)).build();

    ValidationReport located =
        report.map(v -> v.toBuilder().location(Location.of("x.json", 1, 1)).build());

    assertThat(located.getOmittedCounts()).isEqualTo(report.getOmittedCounts());
    assertThat(located.getErrorCount()).isEqualTo(2);
    assertThat(located.getViolations().get(0).toString())
        .isEqualTo("error   x.json:1:1 /actors/0/titel [field.unknown] unknown field 'titel'");
  }

  @Test
  void validationException_manyViolations_messageShowsTwentyAndCountsTheRest() {
    ValidationReport.Builder b = ValidationReport.builder(100);
    for (int i = 0; i < 30; i++) {
      b.add(unknown(i));
    }

    String message = new ValidationException(b.build()).getMessage();

    assertThat(message.lines()).hasSize(23);
    assertThat(message).endsWith("\n... and 10 more: field.unknown 10\n30 errors, 0 warnings");
  }

  @Test
  void finish_manyUnresolved_defaultBoundKeepsFirstByPointerAndCountsAll() {
    StreamValidator stream = StreamValidator.create(GcmValidator.create());
    int n = ValidationReport.DEFAULT_MAX_VIOLATIONS + 5;
    for (int i = 0; i < n; i++) {
      Actor a =
          Actor.builder()
              .id(ActorId.of("a" + i))
              .kind(ActorKind.NETWORK)
              .name(Text.en("A"))
              .parent(ActorId.of("nobody"))
              .build();
      stream.accept(a, "/actors/" + i, p -> java.util.Optional.empty());
    }

    ValidationReport report = stream.finish();

    assertThat(report.getViolations()).hasSize(ValidationReport.DEFAULT_MAX_VIOLATIONS);
    assertThat(report.getViolations().get(0).getPointer()).isEqualTo("/actors/0/parent");
    assertThat(report.getViolations().get(10).getPointer()).isEqualTo("/actors/10/parent");
    assertThat(report.getOmittedCounts()).containsExactly(Map.entry("reference.unresolved", 5L));
    assertThat(report.getErrorCount()).isEqualTo(n);
  }
}
