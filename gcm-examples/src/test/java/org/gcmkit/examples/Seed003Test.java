package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.MembershipRole;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.junit.jupiter.api.Test;

class Seed003Test {
  private final Dataset d = SeedDatasets.seed003();
  private final Meeting session =
      d.findMeeting(MeetingId.of("tm-gcm-working-group-2022-01-21")).orElseThrow();

  @Test
  void seed003_source_isOneBilingualReleaseInRussianAndEnglish_withDianaAsContact() {
    assertThat(d.getSources())
        .singleElement()
        .satisfies(
            (Source s) -> {
              assertThat(s.getId()).isEqualTo(SourceId.of("src-003"));
              assertThat(s.getLanguages()).containsExactly("ru", "en");
              assertThat(s.getContacts()).containsExactly(PersonId.of("diana-chariyeva"));
              assertThat(s.getTitle().orElseThrow().getValues()).containsOnlyKeys("ru", "en");
            });
  }

  @Test
  void seed003_session_isHeldOnline21January2022_viaVideoConferencing() {
    assertThat(session.getStatus()).isEqualTo(MeetingStatus.HELD);
    assertThat(session.getFormat()).contains(MeetingFormat.ONLINE);
    assertThat(session.getDates()).extracting(Object::toString).containsExactly("2022-01-21");
    assertThat(
            session.getVirtualLocation().orElseThrow().getDescription().orElseThrow().getValues())
        .containsEntry("en", "via video conferencing")
        .containsEntry("ru", "в режиме телеконференции");
  }

  @Test
  void seed003_session_isOrganisedByIomWithMfaAndStateMigrationServiceAsPartners() {
    assertThat(session.getParticipations())
        .extracting(p -> p.getActor().orElseThrow().value(), p -> p.getRoles())
        .contains(
            tuple("iom-turkmenistan", List.of(ParticipantRole.ORGANISER)),
            tuple("tm-mfa", List.of(ParticipantRole.PARTNER)),
            tuple(
                "tm-state-migration-service",
                List.of(ParticipantRole.PARTNER, ParticipantRole.COORDINATOR)));
  }

  @Test
  void seed003_workingGroup_isCoordinatedByTheStateMigrationService() {
    Actor wg = d.findActor(ActorId.of("tm-gcm-working-group")).orElseThrow();
    assertThat(wg.getMembers())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getMember()).isEqualTo(ActorId.of("tm-state-migration-service"));
              assertThat(m.getRole()).isEqualTo(MembershipRole.COORDINATOR);
            });
  }

  @Test
  void seed003_resolution_isIdentifiedBySymbolARes73326() {
    Document r = d.findDocument(DocumentId.of("a-res-73-326")).orElseThrow();
    assertThat(r.getSymbol()).contains("A/RES/73/326");
  }

  @Test
  void seed003_imrf_isPlannedFor10To13May2022AtUnHeadquartersNewYork_andPreparedByTheSession() {
    Meeting imrf = d.findMeeting(MeetingId.of("imrf-2022")).orElseThrow();
    assertThat(imrf.getStatus()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(imrf.getDates())
        .extracting(Object::toString)
        .containsExactly("2022-05-10/2022-05-13");
    assertThat(imrf.getPlace().orElseThrow().getCountry()).contains("US");
    assertThat(imrf.getPlace().orElseThrow().getLocality().orElseThrow().get("en"))
        .contains("New York");
    assertThat(session.getLinks())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getKind()).isEqualTo(MeetingLinkKind.PREPARES_FOR);
              assertThat(l.getTarget()).isEqualTo(imrf.getId());
            });
  }

  @Test
  void seed003_diana_hasRussianAndEnglishTitlesOfOnePost_andPersonalDataContact() {
    Person diana = d.findPerson(PersonId.of("diana-chariyeva")).orElseThrow();
    assertThat(diana.getName().getValues())
        .containsEntry("ru", "Диана Чарыева")
        .containsEntry("en", "Diana Chariyeva");
    assertThat(diana.getPosts())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.getTitle().getValues())
                    .containsEntry("ru", "Менеджер проектов МОМ")
                    .containsEntry("en", "Program Associate"));
    assertThat(diana.getContacts())
        .anySatisfy(
            (ContactPoint c) -> {
              assertThat(c.getEmail()).contains("dchariyeva@iom.int");
              assertThat(c.getPhone()).contains("+99312 488407");
            });
    // Contact points are personal data: the published copy drops them, names and posts stay.
    Person published = d.withoutPersonalData().findPerson(diana.getId()).orElseThrow();
    assertThat(published.getContacts()).isEmpty();
    assertThat(published.getPosts()).isEqualTo(diana.getPosts());
  }
}
