package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Claim;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Post;
import org.gcmkit.model.Project;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Subject;
import org.junit.jupiter.api.Test;

class Seed000Test {
  private final Dataset d = SeedDatasets.seed000();
  private final Meeting launch =
      d.findMeeting(MeetingId.of("tm-gcm-project-launch-2023-03-17")).orElseThrow();

  @Test
  void seed000_source_isTheEnglishReleaseOfItsFile() {
    Source s = d.findSource(SourceId.of("src-000")).orElseThrow();
    assertThat(s.getKind()).isEqualTo(SourceKind.PRESS_RELEASE);
    assertThat(s.getLanguages()).containsExactly("en");
    assertThat(s.getFile()).contains("000_16be726ff1513c02.txt");
    assertThat(s.getTranslationOf()).isEmpty();
    assertThat(d.getSources()).hasSize(1);
  }

  @Test
  void seed000_launchMeeting_isHeldOn17March2023_withHybridClaimFromEnglishSource() {
    assertThat(launch.getStatus()).isEqualTo(MeetingStatus.HELD);
    assertThat(launch.getDates()).extracting(Object::toString).containsExactly("2023-03-17");
    assertThat(launch.getFormat()).as("sources disagree: the format is kept as claims").isEmpty();
    assertThat(launch.getClaims())
        .extracting(Claim::getProperty, Claim::getValue, c -> c.getSource().value())
        .containsExactly(tuple("format", "hybrid", "src-000"));
  }

  @Test
  void seed000_participants_haveTheirRolesAndAttendance() {
    assertThat(roles(ActorId.of("tm"))).containsExactly(ParticipantRole.HOST);
    assertThat(personParticipation("batyr-volsahatov").getRoles())
        .containsExactly(ParticipantRole.PATRON);
    for (String stakeholder :
        new String[] {
          "katherine-barwise", "monami-maulik", "kristin-eitel", "zeynal-hajiyev", "yehia-ibrahim"
        }) {
      Participation p = personParticipation(stakeholder);
      assertThat(p.getRoles()).as(stakeholder).contains(ParticipantRole.STAKEHOLDER);
      assertThat(p.getAttendance()).as(stakeholder).contains(AttendanceMode.ONLINE);
    }
    assertThat(personParticipation("yehia-ibrahim").getRoles()).contains(ParticipantRole.SPEAKER);
    assertThat(personParticipation("yehia-ibrahim").getActor()).contains(ActorId.of("uclg-mewa"));
    assertThat(launch.getParticipations())
        .filteredOn(p -> p.getActor().equals(Optional.of(ActorId.of("uclg"))))
        .isNotEmpty();
    assertThat(launch.getParticipations())
        .extracting(p -> p.getActor().map(ActorId::value).orElse(""))
        .contains("iom", "un", "uclg");
  }

  @Test
  void seed000_uclgMewa_isPartOfUclg_andAttendsForLocalAuthorities() {
    assertThat(d.findActor(ActorId.of("uclg-mewa")).orElseThrow().getParent())
        .contains(ActorId.of("uclg"));
    Participation p =
        launch.getParticipations().stream()
            .filter(
                x ->
                    x.getPerson().isEmpty()
                        && x.getActor().equals(Optional.of(ActorId.of("uclg-mewa"))))
            .findFirst()
            .orElseThrow();
    assertThat(p.getOnBehalfOfDescription().orElseThrow().get("en"))
        .contains("local authorities on migration and refugee issues");
  }

  @Test
  void seed000_zeynal_holdsTwoIomPostsAtOnce_observedOnTheMeetingDay() {
    Person z = d.findPerson(PersonId.of("zeynal-hajiyev")).orElseThrow();
    assertThat(z.getName().get("en")).contains("Zeynal Hajivey");
    assertThat(z.getPosts())
        .extracting(p -> p.getTitle().get("en").orElseThrow(), Post::getCountries)
        .containsExactly(
            tuple("IOM Sub-Regional Coordinator for Central Asia", List.of()),
            tuple(
                "IOM Chief of Mission in Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan",
                List.of("KZ", "KG", "TM", "UZ")));
    assertThat(z.getPosts())
        .allSatisfy(
            p -> {
              assertThat(p.getOrganisation()).contains(ActorId.of("iom"));
              assertThat(p.getObservedOn()).containsExactly(PartialDate.parse("2023-03-17"));
            });
  }

  @Test
  void seed000_project_isLaunchedInMarch2023_byIomWithTurkmenistanSupport() {
    Project p = d.findProject(ProjectId.of("iom-central-asia-gcm-project")).orElseThrow();
    assertThat(p.getTitle().get("en"))
        .contains("Supporting Governments of Central Asian States in Implementing the GCM");
    assertThat(p.getLaunched()).contains(PartialDate.parse("2023-03"));
    assertThat(p.getImplementers()).containsExactly(ActorId.of("iom"));
    assertThat(p.getPartners()).containsExactly(ActorId.of("tm"));
    assertThat(launch.getOutcomes())
        .anySatisfy(
            o -> {
              assertThat(o.getKind()).isEqualTo(OutcomeKind.LAUNCH);
              assertThat(o.getProject()).contains(p.getId());
            });
  }

  @Test
  void seed000_declarations_haveYearsPlaces_andCallToActionItsImplementers() {
    assertThat(d.getDocuments())
        .extracting(
            x -> x.getTitle().get("en").orElseThrow(),
            x -> x.getDate().map(Object::toString).orElse(""),
            x -> x.getPlace().flatMap(pl -> pl.getCountry()).orElse(""))
        .contains(
            tuple("Marrakech Declaration", "2018", "MA"),
            tuple("Gaziantep Declaration", "2019", "TR"),
            tuple("Lampedusa Charter", "2022", "IT"));
    Document call = d.findDocument(DocumentId.of("call-to-action-migrants-refugees")).orElseThrow();
    assertThat(call.getEndorsements())
        .filteredOn(e -> e.getRole() == EndorsementRole.IMPLEMENTER)
        .extracting(e -> e.getActor().orElseThrow().value())
        .containsExactly("uclg", "iom", "mmc");
  }

  @Test
  void seed000_regionalReview2024_isPlanned_andPreparedByTheLaunch() {
    Meeting review = d.findMeeting(MeetingId.of("gcm-regional-review-2024")).orElseThrow();
    assertThat(review.getStatus()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(review.getDates()).extracting(Object::toString).containsExactly("2024");
    assertThat(launch.getLinks())
        .anySatisfy(
            l -> {
              assertThat(l.getKind()).isEqualTo(MeetingLinkKind.PREPARES_FOR);
              assertThat(l.getTarget()).isEqualTo(review.getId());
            });
  }

  @Test
  void seed000_subjects_areGcmGcrAndGuidingPrinciples() {
    assertThat(launch.getSubjects())
        .containsExactly(
            Subject.parse("gcm"), Subject.parse("gcr"), Subject.parse("gcm:principles"));
  }

  private List<ParticipantRole> roles(ActorId actor) {
    return launch.getParticipations().stream()
        .filter(p -> p.getPerson().isEmpty() && p.getActor().equals(Optional.of(actor)))
        .findFirst()
        .orElseThrow()
        .getRoles();
  }

  private Participation personParticipation(String person) {
    return launch.getParticipations().stream()
        .filter(p -> p.getPerson().equals(Optional.of(PersonId.of(person))))
        .findFirst()
        .orElseThrow();
  }
}
