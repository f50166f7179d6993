package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.gcmkit.validation.Fixtures.actor;
import static org.gcmkit.validation.Fixtures.meeting;
import static org.gcmkit.validation.Fixtures.participation;
import static org.gcmkit.validation.Fixtures.person;
import static org.gcmkit.validation.Fixtures.source;
import static org.gcmkit.validation.Fixtures.valid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Claim;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private final GcmValidator validator = GcmValidator.create();

  /** Breaks nine rules in five records at once. */
  private static Dataset manyProblems() {
    return valid().toBuilder()
        .sources(List.of(source().languages(List.of("e n")).url("nope").build()))
        .actors(List.of(actor().kind(ActorKind.STATE).name(Text.of(Map.of())).build()))
        .persons(List.of(person().addSources(SourceId.of("s9")).build()))
        .meetings(
            List.of(
                meeting()
                    .status(MeetingStatus.HELD)
                    .addParticipations(participation().person(PersonId.of("p9")).build())
                    .addSubjects(Subject.parse("gcm:objective:24"))
                    .build()))
        .figures(
            List.of(
                Figure.builder()
                    .id(FigureId.of("f1"))
                    .value(BigDecimal.valueOf(-5))
                    .unit(Text.en("persons"))
                    .measure(Text.en("returns"))
                    .period(DateSpan.parse("2022/2021"))
                    .build()))
        .build();
  }

  @Test
  void validate_severalRulesBroken_keepsEveryViolationSortedByPointer() {
    ValidationReport report = validator.validate(manyProblems());

    assertThat(report.getViolations())
        .extracting(Violation::getPointer, Violation::getCode, Violation::getSeverity)
        .containsExactly(
            tuple("/actors/0/country", "actor.state-without-country", Severity.ERROR),
            tuple("/actors/0/name", "collection.empty", Severity.ERROR),
            tuple("/figures/0/period", "date.end-before-start", Severity.ERROR),
            tuple("/figures/0/value", "value.range", Severity.ERROR),
            tuple("/meetings/0/dates", "meeting.held-without-date", Severity.WARNING),
            tuple("/meetings/0/participations/1/person", "reference.unresolved", Severity.ERROR),
            tuple("/meetings/0/subjects/0", "subject.unknown", Severity.ERROR),
            tuple("/persons/0/sources/0", "reference.unresolved", Severity.ERROR),
            tuple("/sources/0/languages/0", "language-tag.invalid", Severity.ERROR),
            tuple("/sources/0/url", "url.syntax", Severity.ERROR));
    assertThat(report.isValid()).isFalse();
    assertThat(report.getWarnings())
        .extracting(Violation::getCode)
        .containsExactly("meeting.held-without-date");
    assertThat(report.getErrors()).hasSize(9);
    assertThat(report.countsByCode()).containsEntry("reference.unresolved", 2L).hasSize(9);
    assertThat(report.toText()).endsWith("\n9 errors, 1 warning");
  }

  @Test
  void validate_sameDataTwice_givesEqualReports() {
    assertThat(validator.validate(manyProblems())).isEqualTo(validator.validate(manyProblems()));
  }

  @Test
  void validate_elevenInvalidActors_ordersPointersNumerically() {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      actors.add(actor().id(ActorId.of("a" + i)).country("XX").build());
    }
    Dataset dataset = Dataset.builder().actors(actors).build();

    List<String> pointers =
        validator.validate(dataset).getViolations().stream()
            .map(Violation::getPointer)
            .collect(Collectors.toList());

    assertThat(pointers)
        .containsExactlyElementsOf(
            IntStream.range(0, 11)
                .mapToObj(i -> "/actors/" + i + "/country")
                .collect(Collectors.toList()));
  }

  @Test
  void comparePointers_numbersAndNames_ordersNumbersNumericallyAndPrefixesFirst() {
    List<String> pointers =
        new ArrayList<>(List.of("/a/10", "/a/9", "/a", "", "/a/9/b", "/b", "/a/x"));

    pointers.sort(GcmValidator::comparePointers);

    assertThat(pointers).containsExactly("", "/a", "/a/9", "/a/9/b", "/a/10", "/a/x", "/b");
  }

  @Test
  void validate_samePointerTwoRules_ordersByCode() {
    Claim claim = Claim.builder().property(" ").value("online").source(SourceId.of("s1")).build();

    try (jakarta.validation.ValidatorFactory stock =
        jakarta.validation.Validation.buildDefaultValidatorFactory()) {
      assertThat(stock.getValidator().validate(claim))
          .extracting(
              v -> v.getPropertyPath().toString(),
              v -> v.getConstraintDescriptor().getAnnotation().annotationType())
          .containsExactlyInAnyOrder(
              tuple("property", jakarta.validation.constraints.NotBlank.class),
              tuple("property", jakarta.validation.constraints.Pattern.class));
    }
    assertThat(validator.validate(claim).getViolations())
        .extracting(Violation::getPointer, Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple("/property", "text.blank", "expected a non-blank text but was ' '"),
            tuple(
                "/property",
                "value.pattern",
                "expected a value that must be a field name but was ' '"));
  }

  @Test
  void validate_withPointerPrefix_prefixesEveryPointer() {
    Actor actor = actor().country("XX").build();

    assertThat(validator.validate(actor, "/actors/3").getViolations())
        .extracting(Violation::getPointer)
        .containsExactly("/actors/3/country");
  }

  @Test
  void validate_fieldRule_carriesTheValueFound() {
    assertThat(validator.validate(actor().country("XX").build()).getViolations())
        .extracting(v -> v.getValue().orElseThrow())
        .containsExactly("XX");
  }

  @Test
  void validate_onlyAWarning_reportIsValid() {
    ValidationReport report = validator.validate(meeting().status(MeetingStatus.HELD).build());

    assertThat(report.getViolations()).hasSize(1);
    assertThat(report.isValid()).isTrue();
    assertThat(report.getErrors()).isEmpty();
    assertThat(report.toText())
        .isEqualTo(
            "warning /dates [meeting.held-without-date] expected at least one date for a held"
                + " meeting but none was given\n"
                + "0 errors, 1 warning");
  }

  @Test
  void requireValid_validOrOnlyWarnings_returnsTheValue() {
    Dataset dataset = valid();
    var held = meeting().status(MeetingStatus.HELD).build();

    assertThat(validator.requireValid(dataset)).isSameAs(dataset);
    assertThat(validator.requireValid(held)).isSameAs(held);
  }

  @Test
  void requireValid_errors_throwsWithTheWholeReport() {
    Dataset dataset = manyProblems();

    assertThatThrownBy(() -> validator.requireValid(dataset))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "invalid data:\n"
                + "error   /actors/0/country [actor.state-without-country] expected the ISO 3166-1"
                + " code")
        .hasMessageEndingWith("\n9 errors, 1 warning")
        .satisfies(
            e ->
                assertThat(((ValidationException) e).getReport())
                    .isEqualTo(validator.validate(dataset)));
  }

  @Test
  void validate_sameIdValueInTwoRecordTypes_isNoDuplicate() {
    Dataset dataset =
        valid().toBuilder().addPersons(person().id(PersonId.of("a1")).build()).build();

    assertThat(validator.validate(dataset).getViolations()).isEmpty();
  }

  @Test
  void validate_threeRecordsWithOneId_reportsEachLaterOneNamingTheFirst() {
    Dataset dataset = valid().toBuilder().addActors(actor().build(), actor().build()).build();

    assertThat(validator.validate(dataset).getViolations())
        .extracting(Violation::getPointer, Violation::getMessage)
        .containsExactly(
            tuple(
                "/actors/1/id",
                "expected a unique actor id but 'a1' is already the id of /actors/0"),
            tuple(
                "/actors/2/id",
                "expected a unique actor id but 'a1' is already the id of /actors/0"));
  }
}
