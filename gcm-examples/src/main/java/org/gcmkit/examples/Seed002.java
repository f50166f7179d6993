package org.gcmkit.examples;

import static org.gcmkit.examples.Seeds.*;

import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.Endorsement;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Outcome;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Place;
import org.gcmkit.model.Post;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceKind;

/**
 * Seed 002: Trend's report from Baku, 17 February 2021, on what IOM told it about the yearly
 * Turkmenistan-IOM meetings, the meetings of 2013 and February 2020, and the online meeting planned
 * for the end of February 2021.
 */
final class Seed002 {
  private Seed002() {}

  /** "At the end of February" 2021: the month, approximate. */
  static final PartialDate END_OF_FEBRUARY_2021 = month(2021, 2).approximate();

  /** The news article, as format 1.0 says it (the follow-up dataset adds its attribution). */
  static Source source() {
    return Source.builder()
        .id(SRC_002)
        .kind(SourceKind.NEWS_ARTICLE)
        .publisher(TREND)
        .date(day(2021, 2, 17))
        .dateline(en("BAKU, Azerbaijan"))
        .addLanguages("en")
        .file("002_9baeddda8f5807ec.txt")
        .build();
  }

  /** The news agency that published the article. */
  static Actor trend() {
    return Actor.builder()
        .id(TREND)
        .kind(ActorKind.MEDIA)
        .name(en("Trend"))
        .addSources(SRC_002)
        .build();
  }

  static Dataset build() {
    return Dataset.builder()
        .title(en("Turkmenistan and IOM: yearly meetings, as told to Trend on 17 February 2021"))
        .addSources(source())
        .addActors(
            trend(),
            Actor.builder()
                .id(TM)
                .kind(ActorKind.STATE)
                .name(en("Turkmenistan"))
                .addAliases(en("Government of Turkmenistan"))
                .country("TM")
                .addSources(SRC_002)
                .build(),
            Actor.builder()
                .id(TM_MFA)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(en("Ministry of Foreign Affairs of Turkmenistan"))
                .country("TM")
                .parent(TM)
                .addSources(SRC_002)
                .build(),
            Actor.builder()
                .id(TM_GCM_WORKING_GROUP)
                .kind(ActorKind.WORKING_GROUP)
                .name(
                    en(
                        "National Working Group on Implementation of the Global Compact of"
                            + " Migration"))
                .country("TM")
                .parent(TM)
                .founded(month(2020, 5))
                .description(
                    en(
                        "Turkmenistan also initiated a National Working Group on Implementation of"
                            + " the Global Compact of Migration that has been in operation since"
                            + " May 2020."))
                .addSources(SRC_002)
                .build(),
            Actor.builder()
                .id(IOM)
                .kind(ActorKind.UN_ENTITY)
                .name(en("International Organization for Migration"))
                .addAliases(en("IOM"))
                .addSources(SRC_002)
                .build(),
            Actor.builder()
                .id(UN_NETWORK_ON_MIGRATION)
                .kind(ActorKind.NETWORK)
                .name(en("United Nations Network on Migration"))
                .addSources(SRC_002)
                .build())
        .addPersons(
            Person.builder()
                .id(RASHID_MEREDOV)
                .name(en("Rashid Meredov"))
                .addPosts(
                    post("Minister of Foreign Affairs of Turkmenistan", TM_MFA, month(2020, 2)))
                .addSources(SRC_002)
                .build(),
            Person.builder()
                .id(ZEYNAL_HAJIYEV)
                .name(en("Zeynal Hajiyev"))
                // The spelling of seeds 000 and 001.
                .addAliases(en("Zeynal Hajivey"))
                .addPosts(post("IOM Regional Coordinator for CA", IOM, month(2020, 2)))
                .addSources(SRC_002)
                .build(),
            Person.builder()
                .id(GURBANGULY_BERDYMUHAMEDOV)
                .name(en("Gurbanguly Berdymuhamedov"))
                .addPosts(post("President of Turkmenistan", TM, year(2013)))
                .addSources(SRC_002)
                .build(),
            Person.builder()
                .id(WILLIAM_SWING)
                .name(en("William Swing"))
                .addPosts(post("IOM Director General", IOM, year(2013)))
                .addSources(SRC_002)
                .build())
        .addDocuments(
            Document.builder()
                .id(TM_VNR_2021)
                .kind(DocumentKind.VOLUNTARY_NATIONAL_REVIEW)
                .title(en("voluntary national report on the progress of implementation of the GCM"))
                .status(DocumentStatus.PLANNED)
                .country("TM")
                .addEndorsements(endorsement(TM, EndorsementRole.PRESENTER))
                .meeting(GCM_REVIEW_BANGKOK_2021)
                .addSubjects(subject("gcm"))
                .addSources(SRC_002)
                .build(),
            ctNap(TM_CT_NAP_2016_2018, "CT NAP 2016-2018", 2016, 2018),
            ctNap(TM_CT_NAP_2020_2022, "CT NAP 2020-2022", 2020, 2022).toBuilder()
                .description(
                    en(
                        "IOM continues to assist the Government in implementation of the most"
                            + " recent CT NAP."))
                .addEndorsements(endorsement(TM, EndorsementRole.IMPLEMENTER))
                .build())
        .addMeetings(
            yearlySeries(),
            meeting2013(),
            meetingFebruary2020(),
            meetingFebruary2021(),
            reviewBangkok())
        .build();
  }

  private static Meeting yearlySeries() {
    return Meeting.builder()
        .id(TM_IOM_YEARLY_MEETINGS)
        .kind(MeetingKind.SERIES)
        .title(
            en(
                "regular meetings every year on the level of deputy prime minister/minister of"
                    + " foreign affairs and IOM Regional Coordinator for Central Asia"))
        .status(MeetingStatus.HELD)
        // The dates of the meetings of the series that the source names.
        .addDates(on(month(2020, 2)), on(END_OF_FEBRUARY_2021))
        .addParticipations(
            Participation.builder()
                .actor(TM)
                .addRoles(ParticipantRole.PARTICIPANT)
                .capacity(en("deputy prime minister/minister of foreign affairs"))
                .addSources(SRC_002)
                .build(),
            Participation.builder()
                .actor(IOM)
                .addRoles(ParticipantRole.PARTICIPANT)
                .capacity(en("IOM Regional Coordinator for Central Asia"))
                .addSources(SRC_002)
                .build())
        .description(
            en(
                "According to the IOM, Turkmenistan and IOM hold regular meetings every year on the"
                    + " level of deputy prime minister/minister of foreign affairs and IOM Regional"
                    + " Coordinator for Central Asia."))
        .addSources(SRC_002)
        .build();
  }

  private static Meeting meeting2013() {
    return Meeting.builder()
        .id(TM_IOM_2013)
        .kind(MeetingKind.BILATERAL_MEETING)
        .title(
            en(
                "meeting between President of Turkmenistan Gurbanguly Berdymuhamedov and IOM"
                    + " Director General William Swing"))
        .status(MeetingStatus.HELD)
        .addDates(on(year(2013)))
        .addParticipations(
            person(GURBANGULY_BERDYMUHAMEDOV, TM, "President of Turkmenistan"),
            person(WILLIAM_SWING, IOM, "IOM Director General"))
        .addTopics(
            en("combatting trafficking in persons"),
            en("migration and health"),
            en("migration and emergencies"))
        .addOutcomes(
            Outcome.builder()
                .kind(OutcomeKind.PRIORITIES)
                .description(
                    en(
                        "IOM and Turkmenistan agreed to prioritize issues of combatting trafficking"
                            + " in persons, migration and health, and migration and emergencies."))
                .addSubjects(subject("gcm:objective:10"))
                .build())
        .addSubjects(subject("gcm:objective:10"))
        .description(
            en(
                "One of the most important meetings that set the framework for cooperation between"
                    + " Turkmenistan and IOM for years happened in 2013."))
        .addSources(SRC_002)
        .build();
  }

  private static Meeting meetingFebruary2020() {
    return Meeting.builder()
        .id(TM_IOM_2020_02)
        .kind(MeetingKind.BILATERAL_MEETING)
        .title(
            en(
                "meeting between Rashid Meredov, Minister of Foreign Affairs of Turkmenistan and"
                    + " Zeynal Hajiyev, IOM Regional Coordinator for CA"))
        .status(MeetingStatus.HELD)
        .addDates(on(month(2020, 2)))
        .addParticipations(
            person(RASHID_MEREDOV, TM_MFA, "Minister of Foreign Affairs of Turkmenistan"),
            person(ZEYNAL_HAJIYEV, IOM, "IOM Regional Coordinator for CA"))
        .partOf(TM_IOM_YEARLY_MEETINGS)
        .addTopics(
            en("the status of the current cooperation"),
            en("successful cooperation in the area of countertrafficking"),
            en("migration and health"))
        .addOutcomes(
            agreement(
                "Parties agreed that the situation in the world requires more attention to the"
                    + " issues of migration and health."),
            agreement(
                "Parties agreed at the meeting to continue closer collaboration within the"
                    + " framework of the Global Compact on Migration (GCM) that Turkmenistan has"
                    + " supported.",
                "gcm"),
            agreement(
                "In particular the parties agreed to launch in Turkmenistan the United Nations"
                    + " Network on Migration.",
                "gcm"))
        .addSubjects(subject("gcm"), subject("gcm:objective:10"))
        .description(
            en(
                "Parties discussed the status of the current cooperation, noted successful"
                    + " cooperation in the area of countertrafficking and agreed that the situation"
                    + " in the world requires more attention to the issues of migration and"
                    + " health."))
        .addSources(SRC_002)
        .build();
  }

  private static Meeting meetingFebruary2021() {
    return Meeting.builder()
        .id(TM_IOM_2021_02)
        .kind(MeetingKind.BILATERAL_MEETING)
        .title(en("online meeting of Turkmenistan and IOM at the end of February"))
        .status(MeetingStatus.PLANNED)
        .format(MeetingFormat.ONLINE)
        .addDates(on(END_OF_FEBRUARY_2021))
        .addParticipations(
            Participation.builder()
                .actor(TM)
                .addRoles(ParticipantRole.PARTICIPANT)
                .addSources(SRC_002)
                .build(),
            Participation.builder()
                .actor(IOM)
                .addRoles(ParticipantRole.PARTICIPANT)
                .addSources(SRC_002)
                .build())
        .partOf(TM_IOM_YEARLY_MEETINGS)
        .description(
            en(
                "Turkmenistan and International Organization for Migration (IOM) plan to hold"
                    + " online meeting at the end of February, IOM told Trend."))
        .addSources(SRC_002)
        .build();
  }

  private static Meeting reviewBangkok() {
    return Meeting.builder()
        .id(GCM_REVIEW_BANGKOK_2021)
        .kind(MeetingKind.REVIEW)
        .title(en("Review under GCM in Bangkok"))
        .status(MeetingStatus.PLANNED)
        .addDates(on(month(2021, 3)))
        .place(Place.builder().locality(en("Bangkok")).country("TH").build())
        .addParticipations(
            Participation.builder()
                .actor(TM)
                .addRoles(ParticipantRole.PARTICIPANT)
                .addSources(SRC_002)
                .build())
        .addSubjects(subject("gcm"))
        .description(
            en(
                "Turkmenistan is planning to present its voluntary national report on the progress"
                    + " of implementation of the GCM during the Review under GCM in Bangkok in"
                    + " March 2021, said IOM."))
        .addSources(SRC_002)
        .build();
  }

  private static Post post(String title, ActorId organisation, PartialDate observedOn) {
    return Post.builder()
        .title(en(title))
        .organisation(organisation)
        .addObservedOn(observedOn)
        .addSources(SRC_002)
        .build();
  }

  private static Participation person(PersonId person, ActorId organisation, String capacity) {
    return Participation.builder()
        .person(person)
        .actor(organisation)
        .addRoles(ParticipantRole.PARTICIPANT)
        .capacity(en(capacity))
        .addSources(SRC_002)
        .build();
  }

  private static Outcome agreement(String description, String... subjects) {
    Outcome.Builder b = Outcome.builder().kind(OutcomeKind.AGREEMENT).description(en(description));
    for (String s : subjects) {
      b.addSubjects(subject(s));
    }
    return b.build();
  }

  private static Endorsement endorsement(ActorId actor, EndorsementRole role) {
    return Endorsement.builder().actor(actor).role(role).addSources(SRC_002).build();
  }

  /** A national action plan on combatting trafficking in persons, developed with IOM's help. */
  private static Document ctNap(DocumentId id, String alias, int from, int to) {
    return Document.builder()
        .id(id)
        .kind(DocumentKind.NATIONAL_ACTION_PLAN)
        .title(en("National Action Plan on Combatting Trafficking in Persons"))
        .addAliases(en(alias))
        .period(DateSpan.between(year(from), year(to)))
        .country("TM")
        .addEndorsements(
            endorsement(TM, EndorsementRole.AUTHOR), endorsement(IOM, EndorsementRole.SUPPORTER))
        .addSubjects(subject("gcm:objective:10"))
        .addSources(SRC_002)
        .build();
  }
}
