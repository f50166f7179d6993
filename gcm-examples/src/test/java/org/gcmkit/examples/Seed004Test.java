package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.FigureQualifier;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.StatementKind;
import org.gcmkit.model.Subject;
import org.junit.jupiter.api.Test;

class Seed004Test {
  private final Dataset d = SeedDatasets.seed004();
  private final Meeting webinar =
      d.findMeeting(MeetingId.of("kz-gcm-review-webinar-2022-02")).orElseThrow();

  @Test
  void seed004_source_isIomReleaseDatelinedAlmaty() {
    Source s = d.findSource(SourceId.of("src-004")).orElseThrow();
    assertThat(s.getDateline().orElseThrow().get("en")).contains("Almaty");
    assertThat(s.getPublisher()).contains(ActorId.of("iom"));
    assertThat(s.getFile()).contains("004_ed967ef1bb211f71.txt");
  }

  @Test
  void seed004_webinarDays_areElevenAndFifteenFebruary2022() {
    assertThat(webinar.getKind()).isEqualTo(MeetingKind.WEBINAR);
    assertThat(webinar.getStatus()).isEqualTo(MeetingStatus.HELD);
    assertThat(webinar.getFormat()).contains(MeetingFormat.ONLINE);
    assertThat(webinar.getDates())
        .extracting(Object::toString)
        .containsExactly("2022-02-11", "2022-02-15");
  }

  @Test
  void seed004_webinar_isPartOfMigrationWeek2022_andHeldUnderTheMfaFundedNationalProject() {
    Meeting week = d.findMeeting(webinar.getPartOf().orElseThrow()).orElseThrow();
    assertThat(week.getKind()).isEqualTo(MeetingKind.CAMPAIGN);
    assertThat(week.getTitle().get("en")).contains("Migration Week 2022");
    assertThat(webinar.getProject()).contains(ProjectId.of("iom-kz-policies-initiatives-project"));
    assertThat(d.findProject(webinar.getProject().orElseThrow()).orElseThrow().getFunders())
        .containsExactly(ActorId.of("kz-mfa"));
  }

  @Test
  void seed004_abulkhatin_opensTheWebinar_andIsQuoted() {
    Participation p =
        webinar.getParticipations().stream()
            .filter(x -> x.getPerson().equals(Optional.of(PersonId.of("yerbolat-abulkhatin"))))
            .findFirst()
            .orElseThrow();
    assertThat(p.getRoles()).containsExactly(ParticipantRole.OPENING_SPEAKER);
    assertThat(p.getActor()).contains(ActorId.of("kz-mlsp-committee-on-migration"));
    assertThat(d.findActor(ActorId.of("kz-mlsp-committee-on-migration")).orElseThrow().getParent())
        .contains(ActorId.of("kz-mlsp"));
    assertThat(webinar.getStatements())
        .filteredOn(s -> s.getPerson().equals(Optional.of(PersonId.of("yerbolat-abulkhatin"))))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getKind()).isEqualTo(StatementKind.QUOTE);
              assertThat(s.getText().get("en").orElseThrow())
                  .startsWith("The GCM is the first comprehensive UN framework");
              assertThat(s.getSubjects()).contains(Subject.parse("gcm"));
            });
  }

  @Test
  void seed004_zeynal_isQuotedOnAll23Objectives_asCoordinatorForCentralAsia() {
    assertThat(webinar.getStatements())
        .filteredOn(
            s ->
                s.getKind() == StatementKind.QUOTE
                    && s.getPerson().equals(Optional.of(PersonId.of("zeynal-hajiyev"))))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getText().get("en").orElseThrow())
                  .contains("all 23 objectives of the GCM");
              assertThat(s.getSubjects()).contains(Subject.parse("gcm:objectives"));
            });
    assertThat(d.findPerson(PersonId.of("zeynal-hajiyev")).orElseThrow().getPosts())
        .singleElement()
        .satisfies(p -> assertThat(p.getCountries()).containsExactly("KZ", "KG", "TM", "UZ"));
  }

  @Test
  void seed004_figures_are7299MoreThanSince2020_and6062PartOfIt() {
    Figure registered =
        d.findFigure(FigureId.of("kz-undocumented-persons-registered")).orElseThrow();
    assertThat(registered.getValue()).isEqualByComparingTo(new BigDecimal("7299"));
    assertThat(registered.getQualifier()).contains(FigureQualifier.MORE_THAN);
    assertThat(registered.getUnit().get("en")).contains("persons");
    assertThat(registered.getPeriod().orElseThrow().getStart()).contains(PartialDate.ofYear(2020));
    assertThat(registered.getSubjects()).containsExactly(Subject.parse("gcm:objective:4"));
    Figure documented =
        d.findFigure(FigureId.of("kz-undocumented-persons-documented")).orElseThrow();
    assertThat(documented.getValue()).isEqualByComparingTo(new BigDecimal("6062"));
    assertThat(documented.getPartOf()).contains(registered.getId());
    assertThat(documented.getReportedBy())
        .contains(ActorId.of("kz-mia-migration-service-committee"));
  }

  @Test
  void seed004_ngoProposal_isAPlannedMeeting_linkedAndRecordedAsOutcome() {
    MeetingLink proposes =
        webinar.getLinks().stream()
            .filter(l -> l.getKind() == MeetingLinkKind.PROPOSES)
            .findFirst()
            .orElseThrow();
    Meeting proposed = d.findMeeting(proposes.getTarget()).orElseThrow();
    assertThat(proposed.getStatus()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(proposed.getSubjects()).contains(Subject.parse("gcm:objective:4"));
    assertThat(webinar.getOutcomes())
        .anySatisfy(
            o -> {
              assertThat(o.getKind()).isEqualTo(OutcomeKind.PROPOSAL);
              assertThat(o.getMeeting()).contains(proposed.getId());
            });
  }

  @Test
  void seed004_recommendations_goIntoThePlannedFinalVoluntaryReviewReport() {
    assertThat(webinar.getOutcomes())
        .filteredOn(o -> o.getKind() == OutcomeKind.RECOMMENDATION)
        .singleElement()
        .satisfies(
            o -> {
              var report = d.findDocument(o.getDocument().orElseThrow()).orElseThrow();
              assertThat(report.getKind()).isEqualTo(DocumentKind.VOLUNTARY_NATIONAL_REVIEW);
              assertThat(report.getStatus()).contains(DocumentStatus.PLANNED);
              assertThat(report.getCountry()).contains("KZ");
            });
  }

  @Test
  void seed004_unnamedGroups_attendWithTheirActorKinds() {
    assertThat(webinar.getParticipations())
        .filteredOn(p -> p.getGroup().isPresent())
        .flatExtracting(Participation::getGroupKinds)
        .contains(
            ActorKind.GOVERNMENT_BODY,
            ActorKind.CIVIL_SOCIETY,
            ActorKind.ACADEMIA,
            ActorKind.NATIONAL_HUMAN_RIGHTS_INSTITUTION,
            ActorKind.PRIVATE_SECTOR);
  }

  @Test
  void seed004_subjects_includeAllObjectives360VisionPrinciplesAndObjective4() {
    assertThat(webinar.getSubjects())
        .contains(
            Subject.parse("gcm:objectives"),
            Subject.parse("gcm:360"),
            Subject.parse("gcm:principles"),
            Subject.parse("gcm:objective:4"));
    assertThat(webinar.getLinks())
        .anySatisfy(
            l -> {
              assertThat(l.getKind()).isEqualTo(MeetingLinkKind.PREPARES_FOR);
              assertThat(l.getTarget()).isEqualTo(MeetingId.of("imrf-2022"));
            });
  }
}
