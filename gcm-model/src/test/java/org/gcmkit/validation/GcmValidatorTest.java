package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

class GcmValidatorTest {
  private final GcmValidator validator = GcmValidator.create();

  @Test
  void validate_datasetWithSeveralProblems_reportsEachWithCodeAndPointer() {
    Dataset dataset =
        Dataset.builder()
            .addActors(
                Actor.builder()
                    .id(ActorId.of("tm"))
                    .kind(ActorKind.STATE)
                    .name(Text.of("en", "Turkmenistan").with("e n", " "))
                    .build(),
                Actor.builder()
                    .id(ActorId.of("tm"))
                    .kind(ActorKind.UN_ENTITY)
                    .name(Text.en("IOM"))
                    .country("XX")
                    .build())
            .addMeetings(
                Meeting.builder()
                    .id(MeetingId.of("m1"))
                    .kind(MeetingKind.MEETING)
                    .title(Text.en("Launch"))
                    .status(MeetingStatus.HELD)
                    .format(MeetingFormat.HYBRID)
                    .addParticipations(
                        Participation.builder()
                            .person(PersonId.of("nobody"))
                            .addRoles(ParticipantRole.SPEAKER)
                            .build(),
                        Participation.builder().build())
                    .addSources(SourceId.of("s0"))
                    .build())
            .build();

    ValidationReport report = validator.validate(dataset);

    assertThat(report.getViolations())
        .extracting(Violation::getPointer, Violation::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/actors/0/country", "actor.state-without-country"),
            org.assertj.core.groups.Tuple.tuple("/actors/0/name/e n", "language-tag.invalid"),
            org.assertj.core.groups.Tuple.tuple("/actors/0/name/e n", "text.blank"),
            org.assertj.core.groups.Tuple.tuple("/actors/1/country", "country-code.unknown"),
            org.assertj.core.groups.Tuple.tuple("/actors/1/id", "id.duplicate"),
            org.assertj.core.groups.Tuple.tuple("/meetings/0/dates", "meeting.held-without-date"),
            org.assertj.core.groups.Tuple.tuple(
                "/meetings/0/participations/0/person", "reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple("/meetings/0/participations/1", "one-of.missing"),
            org.assertj.core.groups.Tuple.tuple(
                "/meetings/0/participations/1/roles", "collection.empty"),
            org.assertj.core.groups.Tuple.tuple(
                "/meetings/0/place", "meeting.hybrid-without-locations"),
            org.assertj.core.groups.Tuple.tuple("/meetings/0/sources/0", "reference.unresolved"),
            org.assertj.core.groups.Tuple.tuple(
                "/meetings/0/virtualLocation", "meeting.hybrid-without-locations"));
  }

  /** A source whose language is not known says so with {@code und}, without inventing one. */
  @Test
  void validate_sourceInAnUndeterminedLanguage_valid() {
    org.gcmkit.model.Source source =
        org.gcmkit.model.Source.builder()
            .id(SourceId.of("s1"))
            .kind(org.gcmkit.model.SourceKind.WEB_PAGE)
            .addLanguages("und")
            .build();

    assertThat(validator.validate(source).getViolations()).isEmpty();
  }

  /**
   * A record whose id another has already is reported as a duplicate; a reference of it to that id
   * is not also a loop, in the dataset rule and in the stream validator alike.
   */
  @Test
  void validate_duplicateIdPartOfThatId_duplicateOnlyNotALoop() {
    Meeting first =
        Meeting.builder()
            .id(MeetingId.of("m1"))
            .kind(MeetingKind.MEETING)
            .title(Text.en("M"))
            .status(MeetingStatus.PLANNED)
            .build();
    Meeting second = first.toBuilder().partOf(MeetingId.of("m1")).build();
    Dataset d = Dataset.builder().addMeetings(first, second).build();

    assertThat(validator.validate(d).getViolations())
        .extracting(Violation::getCode)
        .containsExactly("id.duplicate");
    StreamValidator stream = StreamValidator.create(validator);
    stream.accept(first, "/meetings/0", p -> java.util.Optional.empty());
    assertThat(
            stream.accept(second, "/meetings/1", p -> java.util.Optional.empty()).getViolations())
        .extracting(Violation::getCode)
        .containsExactly("id.duplicate");
    assertThat(stream.finish().getViolations()).isEmpty();
    // Without the duplicate, the same reference is a loop.
    assertThat(validator.validate(Dataset.builder().addMeetings(second).build()).getViolations())
        .extracting(Violation::getCode)
        .containsExactly("reference.loop");
  }
}
