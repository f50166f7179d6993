package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.gcmkit.model.Claim;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.junit.jupiter.api.Test;

class Seed001Test {
  private final Dataset d = SeedDatasets.seed001();
  private final Meeting launch =
      d.findMeeting(MeetingId.of("tm-gcm-project-launch-2023-03-17")).orElseThrow();

  @Test
  void seed001_source_isArabicTranslationOfSeed000_whoseRecordItHolds() {
    Source s = d.findSource(SourceId.of("src-001")).orElseThrow();
    assertThat(s.getLanguages()).containsExactly("ar");
    assertThat(s.getTranslationOf()).contains(SourceId.of("src-000"));
    assertThat(s.getFile()).contains("001_017510da051da87c.txt");
    assertThat(d.findSource(SourceId.of("src-000")).orElseThrow().getLanguages())
        .containsExactly("en");
  }

  @Test
  void seed001_meetingFormat_keepsHybridAndOnlineClaimsWithTheirSources() {
    assertThat(launch.getFormat()).isEmpty();
    assertThat(launch.getClaims())
        .extracting(Claim::getProperty, Claim::getValue, c -> c.getSource().value())
        .containsExactlyInAnyOrder(
            tuple("format", "hybrid", "src-000"), tuple("format", "online", "src-001"));
    assertThat(launch.getClaims())
        .filteredOn(c -> c.getValue().equals("online"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.getNote().orElseThrow().get("ar"))
                    .contains("تم تنظيم اجتماع عبر الانترنت واستضافته تركمانستان"));
  }

  @Test
  void seed001_persons_carryArabicAndEnglishNamesInOneText() {
    Person z = d.findPerson(PersonId.of("zeynal-hajiyev")).orElseThrow();
    assertThat(z.getName().get("ar")).contains("زينال حاجيفي");
    assertThat(z.getName().get("en")).contains("Zeynal Hajivey");
    assertThat(z.getPosts())
        .extracting(p -> p.getTitle().get("ar").orElseThrow())
        .containsExactly(
            "المنسق الإقليمي الفرعي للمنظمة الدولية للهجرة لآسيا الوسطى",
            "رئيس بعثة المنظمة الدولية للهجرة في كازاخستان وقيرغيزستان وتركمانستان وأوزبكستان");
    assertThat(z.getPosts().get(1).getCountries()).containsExactly("KZ", "KG", "TM", "UZ");
    Person y = d.findPerson(PersonId.of("yehia-ibrahim")).orElseThrow();
    assertThat(y.getName().get("ar")).contains("يحيى إبراهيم");
    assertThat(y.getAliases())
        .extracting(a -> a.get("ar").orElseThrow())
        .containsExactly("يحي إبراهيم");
    assertThat(d.findPerson(PersonId.of("batyr-volsahatov")).orElseThrow().getName().get("ar"))
        .contains("باتير فولساهاتوف");
  }

  @Test
  void seed001_texts_areArabic_notTranslatedToEnglish() {
    assertThat(launch.getTitle().getValues()).containsOnlyKeys("ar");
    assertThat(d.getDocuments())
        .allSatisfy(doc -> assertThat(doc.getTitle().getValues()).containsOnlyKeys("ar"));
    assertThat(d.getProjects())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.getTitle().get("ar"))
                    .contains("دعم حكومات دول آسيا الوسطى في تنفيذ GCM"));
    assertThat(d.getActors())
        .allSatisfy(a -> assertThat(a.getName().getValues()).containsOnlyKeys("ar"));
  }

  @Test
  void seed001_callToAction_wasLaunchedByUclgIomAndMmc() {
    assertThat(d.getDocuments())
        .filteredOn(x -> x.getId().value().equals("call-to-action-migrants-refugees"))
        .singleElement()
        .satisfies(
            x ->
                assertThat(x.getEndorsements())
                    .extracting(e -> e.getActor().orElseThrow().value())
                    .containsExactly("uclg", "iom", "mmc"));
  }
}
