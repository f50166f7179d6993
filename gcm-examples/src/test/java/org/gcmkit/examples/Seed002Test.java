package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Subject;
import org.junit.jupiter.api.Test;

class Seed002Test {
  private final Dataset d = SeedDatasets.seed002();

  private Meeting meeting(String id) {
    return d.findMeeting(MeetingId.of(id)).orElseThrow();
  }

  @Test
  void seed002_source_isTrendArticleDatelinedBaku17February2021() {
    Source s = d.findSource(SourceId.of("src-002")).orElseThrow();
    assertThat(s.getPublisher()).contains(ActorId.of("trend"));
    assertThat(d.findActor(ActorId.of("trend")).orElseThrow().getKind()).isEqualTo(ActorKind.MEDIA);
    assertThat(s.getDate()).contains(PartialDate.parse("2021-02-17"));
    assertThat(s.getDateline().orElseThrow().get("en")).contains("BAKU, Azerbaijan");
    assertThat(s.getFile()).contains("002_9baeddda8f5807ec.txt");
  }

  @Test
  void seed002_plannedMeeting_isOnlineAtTheEndOfFebruary2021_approximateMonth() {
    Meeting m = meeting("tm-iom-meeting-2021-02");
    assertThat(m.getStatus()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(m.getFormat()).contains(MeetingFormat.ONLINE);
    assertThat(m.getDates()).extracting(Object::toString).containsExactly("2021-02~");
    assertThat(m.getDates().get(0).getStart().orElseThrow().isApproximate()).isTrue();
    assertThat(m.getPartOf()).contains(MeetingId.of("tm-iom-yearly-meetings"));
  }

  @Test
  void seed002_yearlyMeetings_areASeries_withFebruary2020MeetingPartOfIt() {
    assertThat(meeting("tm-iom-yearly-meetings").getKind()).isEqualTo(MeetingKind.SERIES);
    Meeting feb2020 = meeting("tm-iom-meeting-2020-02");
    assertThat(feb2020.getKind()).isEqualTo(MeetingKind.BILATERAL_MEETING);
    assertThat(feb2020.getDates()).extracting(Object::toString).containsExactly("2020-02");
    assertThat(feb2020.getPartOf()).contains(MeetingId.of("tm-iom-yearly-meetings"));
    assertThat(feb2020.getParticipations())
        .extracting(p -> p.getPerson().orElseThrow().value())
        .containsExactly("rashid-meredov", "zeynal-hajiyev");
    assertThat(feb2020.getOutcomes())
        .hasSize(3)
        .allSatisfy(o -> assertThat(o.getKind()).isEqualTo(OutcomeKind.AGREEMENT));
    assertThat(feb2020.getOutcomes())
        .anySatisfy(
            o ->
                assertThat(o.getDescription().get("en").orElseThrow())
                    .contains("launch in Turkmenistan the United Nations Network on Migration"));
    assertThat(feb2020.getSubjects()).contains(Subject.parse("gcm:objective:10"));
  }

  @Test
  void seed002_zeynal_isRegionalCoordinatorInFebruary2020_aliasHajivey() {
    Person z = d.findPerson(PersonId.of("zeynal-hajiyev")).orElseThrow();
    assertThat(z.getName().get("en")).contains("Zeynal Hajiyev");
    assertThat(z.getAliases())
        .extracting(a -> a.get("en").orElseThrow())
        .containsExactly("Zeynal Hajivey");
    assertThat(z.getPosts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getTitle().get("en")).contains("IOM Regional Coordinator for CA");
              assertThat(p.getObservedOn()).containsExactly(PartialDate.parse("2020-02"));
            });
    assertThat(
            d.findPerson(PersonId.of("rashid-meredov"))
                .orElseThrow()
                .getPosts()
                .get(0)
                .getOrganisation())
        .contains(ActorId.of("tm-mfa"));
  }

  @Test
  void seed002_meeting2013_isBerdymuhamedovAndSwing_settingPriorities() {
    Meeting m = meeting("tm-iom-meeting-2013");
    assertThat(m.getDates()).extracting(Object::toString).containsExactly("2013");
    assertThat(m.getParticipations())
        .extracting(p -> p.getPerson().orElseThrow().value())
        .containsExactly("gurbanguly-berdymuhamedov", "william-swing");
    assertThat(m.getOutcomes())
        .singleElement()
        .satisfies(o -> assertThat(o.getKind()).isEqualTo(OutcomeKind.PRIORITIES));
    assertThat(
            d.findPerson(PersonId.of("william-swing"))
                .orElseThrow()
                .getPosts()
                .get(0)
                .getTitle()
                .get("en"))
        .contains("IOM Director General");
  }

  @Test
  void seed002_ctNaps_haveTheirPeriods_andCounterTraffickingIsObjective10() {
    assertThat(d.getDocuments())
        .filteredOn(x -> x.getKind() == DocumentKind.NATIONAL_ACTION_PLAN)
        .extracting(
            x -> x.getPeriod().orElseThrow().toString(),
            x -> x.getAliases().get(0).get("en").orElseThrow())
        .containsExactly(
            tuple("2016/2018", "CT NAP 2016-2018"), tuple("2020/2022", "CT NAP 2020-2022"));
    assertThat(d.getDocuments())
        .filteredOn(x -> x.getKind() == DocumentKind.NATIONAL_ACTION_PLAN)
        .allSatisfy(
            x -> {
              assertThat(x.getSubjects()).containsExactly(Subject.parse("gcm:objective:10"));
              assertThat(x.getCountry()).contains("TM");
            });
  }

  @Test
  void seed002_voluntaryNationalReport_isPlannedForTheBangkokReviewInMarch2021() {
    Document vnr = d.findDocument(DocumentId.of("tm-voluntary-national-report-2021")).orElseThrow();
    assertThat(vnr.getKind()).isEqualTo(DocumentKind.VOLUNTARY_NATIONAL_REVIEW);
    assertThat(vnr.getStatus()).contains(DocumentStatus.PLANNED);
    assertThat(vnr.getEndorsements())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActor()).contains(ActorId.of("tm"));
              assertThat(e.getRole()).isEqualTo(EndorsementRole.PRESENTER);
            });
    Meeting review = d.findMeeting(vnr.getMeeting().orElseThrow()).orElseThrow();
    assertThat(review.getDates()).extracting(Object::toString).containsExactly("2021-03");
    assertThat(review.getPlace().orElseThrow().getCountry()).contains("TH");
    assertThat(review.getPlace().orElseThrow().getLocality().orElseThrow().get("en"))
        .contains("Bangkok");
  }

  @Test
  void seed002_nationalWorkingGroup_operatesSinceMay2020() {
    assertThat(d.findActor(ActorId.of("tm-gcm-working-group")).orElseThrow().getFounded())
        .contains(PartialDate.parse("2020-05"));
    assertThat(d.findActor(ActorId.of("un-network-on-migration"))).isPresent();
  }
}
