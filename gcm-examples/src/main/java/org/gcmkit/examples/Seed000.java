package org.gcmkit.examples;

import static org.gcmkit.examples.Seeds.*;

import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Claim;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.Endorsement;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Outcome;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Place;
import org.gcmkit.model.Post;
import org.gcmkit.model.Project;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Statement;
import org.gcmkit.model.StatementKind;

/**
 * Seed 000: the English release on the launch of IOM's regional GCM project in Turkmenistan, 17
 * March 2023.
 */
final class Seed000 {
  private Seed000() {}

  /** The source record, shared with seed 001, whose Arabic text translates it. */
  static Source source() {
    return Source.builder()
        .id(SRC_000)
        .kind(SourceKind.PRESS_RELEASE)
        .addLanguages("en")
        .file("000_16be726ff1513c02.txt")
        .build();
  }

  /** The format as the English text gives it; seed 001 sets the Arabic claim beside it. */
  static Claim hybridClaim() {
    return Claim.builder()
        .property("format")
        .value("hybrid")
        .source(SRC_000)
        .note(en("A hybrid meeting hosted by Turkmenistan"))
        .build();
  }

  static Dataset build() {
    return Dataset.builder()
        .title(en("Launch of IOM's regional GCM project in Turkmenistan, 17 March 2023"))
        .addSources(source())
        .addActors(
            Actor.builder()
                .id(TM)
                .kind(ActorKind.STATE)
                .name(en("Turkmenistan"))
                .addAliases(en("Government of Turkmenistan"))
                .country("TM")
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(TM_STATE_MIGRATION_SERVICE)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(en("State Migration Service in Turkmenistan"))
                .country("TM")
                .parent(TM)
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(UN)
                .kind(ActorKind.UN_ENTITY)
                .name(en("United Nations"))
                .addAliases(en("UN"))
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(IOM)
                .kind(ActorKind.UN_ENTITY)
                .name(en("International Organization for Migration"))
                .addAliases(en("IOM"))
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(UN_NETWORK_ON_MIGRATION)
                .kind(ActorKind.NETWORK)
                .name(en("UN Migration Network"))
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(GTFM)
                .kind(ActorKind.NETWORK)
                .name(en("Global Task Force on Migration"))
                .addAliases(en("GTFM"))
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(UCLG)
                .kind(ActorKind.LOCAL_GOVERNMENT_ASSOCIATION)
                .name(en("UCLG"))
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(UCLG_MEWA)
                .kind(ActorKind.LOCAL_GOVERNMENT_ASSOCIATION)
                .name(en("UCLG-MEWA"))
                .parent(UCLG)
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(MMC)
                .kind(ActorKind.NETWORK)
                .name(en("The Mayors Migration Council"))
                .addAliases(en("MMC"))
                .addSources(SRC_000)
                .build(),
            Actor.builder()
                .id(MAYORS_MECHANISM)
                .kind(ActorKind.NETWORK)
                .name(en("Mayors’ Mechanism"))
                .addSources(SRC_000)
                .build())
        .addPersons(
            Person.builder()
                .id(BATYR_VOLSAHATOV)
                .name(en("Batyr Volsahatov"))
                .addPosts(
                    post(
                            "Chairman of the State Migration Service in Turkmenistan",
                            TM_STATE_MIGRATION_SERVICE)
                        .addCountries("TM")
                        .build())
                .addSources(SRC_000)
                .build(),
            Person.builder()
                .id(KATHERINE_BARWISE)
                .name(en("Katherine Barwise"))
                .addPosts(
                    post("Senior Program Manager, UN Migration Network", UN_NETWORK_ON_MIGRATION)
                        .build())
                .addSources(SRC_000)
                .build(),
            Person.builder()
                .id(MONAMI_MAULIK)
                .name(en("Monami Maulik"))
                .addPosts(
                    post(
                            "Civil Society Liaison Officer UN Migration Network",
                            UN_NETWORK_ON_MIGRATION)
                        .build())
                .addSources(SRC_000)
                .build(),
            Person.builder()
                .id(KRISTIN_EITEL)
                .name(en("Kristin Eitel"))
                .addPosts(
                    post("IOM Coordination Officer for Migration and Sustainable Development", IOM)
                        .build())
                .addSources(SRC_000)
                .build(),
            Person.builder()
                .id(ZEYNAL_HAJIYEV)
                // The spelling of this release; seeds 002 and 004 spell him "Zeynal Hajiyev".
                .name(en("Zeynal Hajivey"))
                .addPosts(
                    post("IOM Sub-Regional Coordinator for Central Asia", IOM).build(),
                    post(
                            "IOM Chief of Mission in Kazakhstan, Kyrgyzstan, Turkmenistan and"
                                + " Uzbekistan",
                            IOM)
                        .addCountries("KZ", "KG", "TM", "UZ")
                        .build())
                .addSources(SRC_000)
                .build(),
            Person.builder()
                .id(YEHIA_IBRAHIM)
                .name(en("Yehia Ibrahim"))
                .addPosts(post("Global Task Force on Migration (GTFM) Focal Point", GTFM).build())
                .addSources(SRC_000)
                .build())
        .addDocuments(
            localInitiative(
                MARRAKECH_DECLARATION,
                DocumentKind.DECLARATION,
                "Marrakech Declaration",
                2018,
                "Marrakech",
                "MA"),
            localInitiative(
                GAZIANTEP_DECLARATION,
                DocumentKind.DECLARATION,
                "Gaziantep Declaration",
                2019,
                "Gaziantep",
                "TR"),
            localInitiative(
                LAMPEDUSA_CHARTER,
                DocumentKind.CHARTER,
                "Lampedusa Charter",
                2022,
                "Lampedusa",
                "IT"),
            Document.builder()
                .id(CALL_TO_ACTION)
                .kind(DocumentKind.CALL_TO_ACTION)
                .title(en("Call to Action for Migrants and Refugees"))
                .addAliases(en("Call to Action for Migrants and Refugees of the Mayors’ Mechanism"))
                .addEndorsements(
                    endorsement(MAYORS_MECHANISM, EndorsementRole.AUTHOR),
                    endorsement(UCLG, EndorsementRole.IMPLEMENTER),
                    endorsement(IOM, EndorsementRole.IMPLEMENTER),
                    endorsement(MMC, EndorsementRole.IMPLEMENTER))
                .addSubjects(subject("gcm"), subject("gcr"))
                .description(
                    en(
                        "‘Call to Action for Migrants and Refugees of the Mayors’ Mechanism “Call"
                            + " to Action for Migrants and Refugees implemented by UCLG, IOM, and"
                            + " The Mayors Migration Council (MMC)."))
                .addSources(SRC_000)
                .build())
        .addProjects(
            Project.builder()
                .id(CENTRAL_ASIA_GCM_PROJECT)
                .title(en("Supporting Governments of Central Asian States in Implementing the GCM"))
                .addImplementers(IOM)
                .addPartners(TM)
                .launched(month(2023, 3))
                .addSubjects(subject("gcm"), subject("gcm:principles"))
                .description(
                    en(
                        "The project aims to strengthen the capacity of Central Asian governments"
                            + " and relevant stakeholders to advance the implementation, follow-up,"
                            + " and review of the GCM goals in line with the guiding principles"
                            + " ahead of the GCM Regional Review in 2024. The project also aims to"
                            + " enhance international cooperation on migration in the Central Asian"
                            + " region and convey to stakeholders the importance of supporting"
                            + " governments and stakeholders to actively and meaningfully engage in"
                            + " high-level forums where migration can be promoted as a contributor"
                            + " and accelerator to development."))
                .addSources(SRC_000)
                .build())
        .addMeetings(launchMeeting(), regionalReview())
        .build();
  }

  private static Meeting launchMeeting() {
    return Meeting.builder()
        .id(TM_PROJECT_LAUNCH_2023)
        .kind(MeetingKind.LAUNCH)
        .title(en("official launch of IOM’s regional project in Turkmenistan"))
        .status(MeetingStatus.HELD)
        // No format of its own: seed 001 says online, so the value is kept as claims only.
        .addClaims(hybridClaim())
        .addDates(on(day(2023, 3, 17)))
        .addParticipations(
            actor(TM, ParticipantRole.HOST),
            actor(IOM, ParticipantRole.PARTICIPANT),
            actor(UN, ParticipantRole.PARTICIPANT),
            actor(UCLG, ParticipantRole.PARTICIPANT),
            Participation.builder()
                .person(BATYR_VOLSAHATOV)
                .actor(TM_STATE_MIGRATION_SERVICE)
                .addRoles(ParticipantRole.PATRON)
                .capacity(en("Chairman of the State Migration Service in Turkmenistan"))
                .addSources(SRC_000)
                .build(),
            onlineStakeholder(
                KATHERINE_BARWISE,
                UN_NETWORK_ON_MIGRATION,
                "Senior Program Manager, UN Migration Network"),
            onlineStakeholder(
                MONAMI_MAULIK,
                UN_NETWORK_ON_MIGRATION,
                "Civil Society Liaison Officer UN Migration Network"),
            onlineStakeholder(
                KRISTIN_EITEL,
                IOM,
                "IOM Coordination Officer for Migration and Sustainable Development"),
            onlineStakeholder(
                ZEYNAL_HAJIYEV,
                IOM,
                "IOM Sub-Regional Coordinator for Central Asia, IOM Chief of Mission"
                    + " in Kazakhstan, Kyrgyzstan, Turkmenistan and Uzbekistan"),
            Participation.builder()
                .person(YEHIA_IBRAHIM)
                .actor(UCLG_MEWA)
                .addRoles(ParticipantRole.STAKEHOLDER, ParticipantRole.SPEAKER)
                .capacity(en("Global Task Force on Migration (GTFM) Focal Point"))
                .attendance(AttendanceMode.ONLINE)
                .addSources(SRC_000)
                .build(),
            Participation.builder()
                .actor(UCLG_MEWA)
                .addRoles(ParticipantRole.PARTICIPANT)
                .onBehalfOfDescription(en("local authorities on migration and refugee issues"))
                .addSources(SRC_000)
                .build())
        .addLinks(
            MeetingLink.builder()
                .kind(MeetingLinkKind.PREPARES_FOR)
                .target(GCM_REGIONAL_REVIEW_2024)
                .build())
        .addTopics(
            en(
                "the support of governments in the context of the Central Asian states in"
                    + " implementing the Global Compact for Safe, Orderly, and Systematic Migration"
                    + " and the Global Compact on Refugees (GCM and GCR)"),
            en("Migration and Sustainable Development"))
        .addStatements(
            Statement.builder()
                .person(YEHIA_IBRAHIM)
                .actor(UCLG_MEWA)
                .kind(StatementKind.PARAPHRASE)
                .text(
                    en(
                        "addressed the meeting on the link between “Migration and Sustainable"
                            + " Development and shared some local initiatives in the context of GCM"
                            + " and GCR implementation. These initiatives are the Marrakech"
                            + " Declaration (2018), the Gaziantep Declaration (2019), the Lampedusa"
                            + " Charter (2022), as well as the ‘Call to Action for Migrants and"
                            + " Refugees of the Mayors’ Mechanism"))
                .addSubjects(subject("gcm"), subject("gcr"))
                .build())
        .addOutcomes(
            Outcome.builder()
                .kind(OutcomeKind.LAUNCH)
                .description(
                    en(
                        "It also marked the official launch of IOM’s regional project in"
                            + " Turkmenistan."))
                .project(CENTRAL_ASIA_GCM_PROJECT)
                .addSubjects(subject("gcm"))
                .build())
        .addSubjects(subject("gcm"), subject("gcr"), subject("gcm:principles"))
        .description(
            en(
                "The launch event sensitized national governments and relevant stakeholders on the"
                    + " importance of GCM implementation and set the stage for the implementation,"
                    + " follow-up, and review of the GCM goals in line with its guiding principles"
                    + " and ahead of the GCM Regional Review in 2024."))
        .addSources(SRC_000)
        .build();
  }

  private static Meeting regionalReview() {
    return Meeting.builder()
        .id(GCM_REGIONAL_REVIEW_2024)
        .kind(MeetingKind.REVIEW)
        .title(en("GCM Regional Review in 2024"))
        .status(MeetingStatus.PLANNED)
        .addDates(on(year(2024)))
        .addSubjects(subject("gcm"))
        .addSources(SRC_000)
        .build();
  }

  private static Post.Builder post(String title, ActorId organisation) {
    return Post.builder()
        .title(en(title))
        .organisation(organisation)
        .addObservedOn(day(2023, 3, 17))
        .addSources(SRC_000);
  }

  private static Participation actor(ActorId actor, ParticipantRole role) {
    return Participation.builder().actor(actor).addRoles(role).addSources(SRC_000).build();
  }

  private static Participation onlineStakeholder(
      PersonId person, ActorId organisation, String capacity) {
    return Participation.builder()
        .person(person)
        .actor(organisation)
        .addRoles(ParticipantRole.STAKEHOLDER)
        .capacity(en(capacity))
        .attendance(AttendanceMode.ONLINE)
        .addSources(SRC_000)
        .build();
  }

  private static Endorsement endorsement(ActorId actor, EndorsementRole role) {
    return Endorsement.builder().actor(actor).role(role).addSources(SRC_000).build();
  }

  /** A local-government initiative named with its year; the place is the one its name gives. */
  private static Document localInitiative(
      DocumentId id, DocumentKind kind, String title, int year, String locality, String country) {
    return Document.builder()
        .id(id)
        .kind(kind)
        .title(en(title))
        .status(DocumentStatus.ADOPTED)
        .date(year(year))
        .place(Place.builder().locality(en(locality)).country(country).build())
        .addSubjects(subject("gcm"), subject("gcr"))
        .addSources(SRC_000)
        .build();
  }
}
