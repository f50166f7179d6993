package org.gcmkit.examples;

import static org.gcmkit.examples.Seeds.*;

import java.math.BigDecimal;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.Endorsement;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureQualifier;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Outcome;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Post;
import org.gcmkit.model.Project;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Statement;
import org.gcmkit.model.StatementKind;

/**
 * Seed 004: IOM Kazakhstan's release (Almaty) on the national online training-webinar of 11 and 15
 * February 2022 for the voluntary review of the GCM in Kazakhstan, part of Migration Week 2022;
 * with the IOM facts of the page it was published on.
 */
final class Seed004 {
  private Seed004() {}

  static Dataset build() {
    return Dataset.builder()
        .title(
            en(
                "IOM and partners organize a Webinar for the review of the Implementation of the"
                    + " Global Compact for Safe, Orderly and Regular Migration (GCM) in"
                    + " Kazakhstan"))
        .addSources(
            Source.builder()
                .id(SRC_004)
                .kind(SourceKind.PRESS_RELEASE)
                .title(
                    en(
                        "IOM and partners organize a Webinar for the review of the Implementation"
                            + " of the Global Compact for Safe, Orderly and Regular Migration (GCM)"
                            + " in Kazakhstan"))
                .publisher(IOM)
                // "in February this year": published in 2022, after the webinar of 11 and 15
                // February.
                .date(year(2022))
                .dateline(en("Almaty"))
                .addLanguages("en")
                .file("004_ed967ef1bb211f71.txt")
                .build())
        .addActors(
            Actor.builder()
                .id(IOM)
                .kind(ActorKind.UN_ENTITY)
                .name(en("International Organization for Migration"))
                .addAliases(en("IOM"), en("the UN Migration Agency"))
                .founded(year(1951))
                .description(
                    en(
                        "The International Organization for Migration (IOM) is part of the United"
                            + " Nations System as the leading inter-governmental organization"
                            + " promoting since 1951 humane and orderly migration for the benefit"
                            + " of all, with 175 member states and a presence in over 100"
                            + " countries. IOM has had a presence in the Republic of Kazakhstan"
                            + " since 2002. As the leading inter-governmental organization"
                            + " promoting since 1951 humane and orderly migration, IOM plays a key"
                            + " role to support the achievement of the 2030 Agenda through"
                            + " different areas of intervention that connect both humanitarian"
                            + " assistance and sustainable development."))
                .addSources(SRC_004)
                .build(),
            Actor.builder()
                .id(KZ)
                .kind(ActorKind.STATE)
                .name(en("Republic of Kazakhstan"))
                .addAliases(en("Kazakhstan"))
                .country("KZ")
                .addSources(SRC_004)
                .build(),
            body(
                KZ_MLSP,
                "Ministry of Labor and Social Protection of Population of the Republic of"
                    + " Kazakhstan",
                KZ),
            body(
                KZ_COMMITTEE_ON_MIGRATION,
                "Committee on Migration of the Ministry of Labor and Social Protection of"
                    + " Population of the Republic of Kazakhstan",
                KZ_MLSP),
            Actor.builder()
                .id(KZ_MLSP_WORKING_GROUP)
                .kind(ActorKind.WORKING_GROUP)
                .name(en("interdepartmental working group"))
                .country("KZ")
                .parent(KZ_MLSP)
                .description(
                    en(
                        "To facilitate this process, an interdepartmental working group was created"
                            + " under the Ministry."))
                .addSources(SRC_004)
                .build(),
            body(KZ_MFA, "Ministry of Foreign Affairs of the Republic of Kazakhstan", KZ),
            body(KZ_MIA, "Ministry of Internal Affairs", KZ),
            body(
                KZ_MIGRATION_SERVICE_COMMITTEE,
                "Migration Service Committee of the Ministry of Internal Affairs",
                KZ_MIA),
            Actor.builder()
                .id(UN_NETWORK_ON_MIGRATION)
                .kind(ActorKind.NETWORK)
                .name(en("UN Network on Migration"))
                .addAliases(en("UN Migration Network"))
                .addSources(SRC_004)
                .build())
        .addPersons(
            Person.builder()
                .id(YERBOLAT_ABULKHATIN)
                .name(en("Yerbolat Abulkhatin"))
                .addPosts(
                    post(
                            "First Deputy Committee on Migration of the Ministry of Labor and"
                                + " Social Protection of Population of the Republic of Kazakhstan",
                            KZ_COMMITTEE_ON_MIGRATION)
                        .addCountries("KZ")
                        .build())
                .addSources(SRC_004)
                .build(),
            Person.builder()
                .id(ZEYNAL_HAJIYEV)
                .name(en("Zeynal Hajiyev"))
                // The spelling of seeds 000 and 001.
                .addAliases(en("Zeynal Hajivey"))
                .addPosts(
                    post(
                            "IOM Coordinator for Central Asia (Kazakhstan, Kyrgyzstan,"
                                + " Turkmenistan, and Uzbekistan)",
                            IOM)
                        .addCountries("KZ", "KG", "TM", "UZ")
                        .build())
                .addSources(SRC_004)
                .build())
        .addDocuments(
            Document.builder()
                .id(KZ_VOLUNTARY_REVIEW_2022)
                .kind(DocumentKind.VOLUNTARY_NATIONAL_REVIEW)
                .title(en("final voluntary review report on the GCM implementation in Kazakhstan"))
                .addAliases(
                    en(
                        "voluntary review of the status of implementation of the Global Compact for"
                            + " Safe, Orderly and Regular Migration (GCM) at national level in"
                            + " Kazakhstan"))
                .status(DocumentStatus.PLANNED)
                .country("KZ")
                .addEndorsements(
                    Endorsement.builder()
                        .actor(KZ)
                        .role(EndorsementRole.AUTHOR)
                        .addSources(SRC_004)
                        .build())
                .addSubjects(subject("gcm"), subject("gcm:objectives"))
                .addSources(SRC_004)
                .build())
        .addProjects(
            Project.builder()
                .id(KZ_NATIONAL_PROJECT)
                .title(
                    en(
                        "Strengthening International/Regional Policies and Initiatives on Migration"
                            + " in Kazakhstan"))
                .addImplementers(IOM)
                .addFunders(KZ_MFA)
                .addCountries("KZ")
                .description(
                    en(
                        "a National Project funded by the Ministry of Foreign Affairs of the"
                            + " Republic of Kazakhstan"))
                .addSources(SRC_004)
                .build())
        .addMeetings(migrationWeek(), webinar(), proposedMeeting(), imrf(), imrfRoundTables())
        .addFigures(
            Figure.builder()
                .id(KZ_UNDOCUMENTED_REGISTERED)
                .value(new BigDecimal("7299"))
                .qualifier(FigureQualifier.MORE_THAN)
                .unit(en("persons"))
                .measure(
                    en(
                        "undocumented persons without documents (persons with undetermined"
                            + " citizenship) registered by the Migration Service Committee in its"
                            + " identification campaign"))
                // From the start of the campaign in 2020 to the webinar.
                .period(DateSpan.between(year(2020), month(2022, 2)))
                .country("KZ")
                .reportedBy(KZ_MIGRATION_SERVICE_COMMITTEE)
                .addSubjects(subject("gcm:objective:4"))
                .addSources(SRC_004)
                .build(),
            Figure.builder()
                .id(KZ_UNDOCUMENTED_DOCUMENTED)
                .value(new BigDecimal("6062"))
                .unit(en("persons"))
                .measure(en("persons documented, of the undocumented persons registered"))
                .period(DateSpan.between(year(2020), month(2022, 2)))
                .country("KZ")
                .reportedBy(KZ_MIGRATION_SERVICE_COMMITTEE)
                .partOf(KZ_UNDOCUMENTED_REGISTERED)
                .addSubjects(subject("gcm:objective:4"))
                .addSources(SRC_004)
                .build(),
            Figure.builder()
                .id(IOM_MEMBER_STATES)
                .value(new BigDecimal("175"))
                .unit(en("member states"))
                .measure(en("IOM member states"))
                .reportedBy(IOM)
                .addSources(SRC_004)
                .build(),
            Figure.builder()
                .id(IOM_COUNTRIES_PRESENT)
                .value(new BigDecimal("100"))
                .qualifier(FigureQualifier.MORE_THAN)
                .unit(en("countries"))
                .measure(en("countries where IOM has a presence"))
                .reportedBy(IOM)
                .addSources(SRC_004)
                .build())
        .build();
  }

  private static Meeting migrationWeek() {
    return Meeting.builder()
        .id(MIGRATION_WEEK_2022)
        .kind(MeetingKind.CAMPAIGN)
        .title(en("Migration Week 2022"))
        .status(MeetingStatus.HELD)
        .addDates(on(month(2022, 2)))
        .addParticipations(
            Participation.builder()
                .actor(UN_NETWORK_ON_MIGRATION)
                .addRoles(ParticipantRole.ORGANISER)
                .addSources(SRC_004)
                .build())
        .description(
            en(
                "the global Migration Week 2022 organized by the UN Migration Network in February"
                    + " this year"))
        .addSources(SRC_004)
        .build();
  }

  private static Meeting webinar() {
    return Meeting.builder()
        .id(KZ_WEBINAR_2022)
        .kind(MeetingKind.WEBINAR)
        .title(
            en(
                "Webinar for the review of the Implementation of the Global Compact for Safe,"
                    + " Orderly and Regular Migration (GCM) in Kazakhstan"))
        .status(MeetingStatus.HELD)
        .format(MeetingFormat.ONLINE)
        // Two non-contiguous days: two spans.
        .addDates(on(day(2022, 2, 11)), on(day(2022, 2, 15)))
        .addParticipations(
            actor(IOM, ParticipantRole.ORGANISER),
            actor(KZ_MLSP, ParticipantRole.PARTNER),
            actor(UN_NETWORK_ON_MIGRATION, ParticipantRole.PARTNER),
            Participation.builder()
                .person(YERBOLAT_ABULKHATIN)
                .actor(KZ_COMMITTEE_ON_MIGRATION)
                .addRoles(ParticipantRole.OPENING_SPEAKER)
                .capacity(
                    en(
                        "the First Deputy Committee on Migration of the Ministry of Labor and"
                            + " Social Protection of Population of the Republic of Kazakhstan"))
                .addSources(SRC_004)
                .build(),
            Participation.builder()
                .person(ZEYNAL_HAJIYEV)
                .actor(IOM)
                .addRoles(ParticipantRole.SPEAKER)
                .capacity(
                    en(
                        "IOM Coordinator for Central Asia (Kazakhstan, Kyrgyzstan, Turkmenistan,"
                            + " and Uzbekistan)"))
                .addSources(SRC_004)
                .build(),
            Participation.builder()
                .actor(KZ_MIGRATION_SERVICE_COMMITTEE)
                .addRoles(ParticipantRole.SPEAKER)
                .capacity(
                    en(
                        "The representative of the Migration Service Committee of the Ministry of"
                            + " Internal Affairs"))
                .addSources(SRC_004)
                .build(),
            Participation.builder()
                .actor(KZ_MIGRATION_SERVICE_COMMITTEE)
                .addRoles(ParticipantRole.PARTICIPANT)
                .capacity(en("the Chairman of the Migration Service Committee"))
                .addSources(SRC_004)
                .build(),
            group(
                ParticipantRole.STAKEHOLDER,
                "all interested stakeholders from governmental agencies",
                ActorKind.GOVERNMENT_BODY),
            group(
                ParticipantRole.STAKEHOLDER,
                "members of the UN Network on Migration",
                ActorKind.UN_ENTITY),
            group(
                ParticipantRole.STAKEHOLDER,
                "representatives of the civil society, including NGO’s, academia, national human"
                    + " right organizations and the private sector",
                ActorKind.CIVIL_SOCIETY,
                ActorKind.ACADEMIA,
                ActorKind.NATIONAL_HUMAN_RIGHTS_INSTITUTION,
                ActorKind.PRIVATE_SECTOR),
            group(ParticipantRole.PARTICIPANT, "NGO representatives", ActorKind.CIVIL_SOCIETY))
        .partOf(MIGRATION_WEEK_2022)
        .project(KZ_NATIONAL_PROJECT)
        .addLinks(
            MeetingLink.builder().kind(MeetingLinkKind.PREPARES_FOR).target(IMRF_2022).build(),
            MeetingLink.builder()
                .kind(MeetingLinkKind.PREPARES_FOR)
                .target(IMRF_2022_ROUND_TABLES)
                .build(),
            MeetingLink.builder()
                .kind(MeetingLinkKind.PROPOSES)
                .target(KZ_DOCUMENTATION_MEETING)
                .build())
        .addTopics(
            en(
                "the preparation of the voluntary review of the status of implementation of the"
                    + " Global Compact for Safe, Orderly and Regular Migration (GCM) at national"
                    + " level in Kazakhstan"),
            en("their participation in the upcoming International Migration Review Forum (IMRF)"),
            en("the thematic clusters of the round tables of the upcoming IMRF"),
            en(
                "Objective 4 of the GCM that aims to “Ensure that all migrants have proof of legal"
                    + " identity and adequate documentation”"),
            en(
                "cooperation opportunities with the territorial divisions of the Migration Service"
                    + " Committee"))
        .addStatements(
            Statement.builder()
                .person(YERBOLAT_ABULKHATIN)
                .actor(KZ_COMMITTEE_ON_MIGRATION)
                .kind(StatementKind.QUOTE)
                .text(
                    en(
                        "The GCM is the first comprehensive UN framework document adopted as a"
                            + " result of intergovernmental negotiations to strengthen"
                            + " international cooperation in the field of global migration"
                            + " management. The Kazakhstani Ministry of Labor and Social Protection"
                            + " of Population carries out interdepartmental coordination of state"
                            + " bodies in the field of migration. As part of the implementation of"
                            + " the GCM, Kazakhstan is committed to conducing a national review on"
                            + " the implementation of the objectives of the GCM. To facilitate this"
                            + " process, an interdepartmental working group was created under the"
                            + " Ministry."))
                .addSubjects(subject("gcm"), subject("gcm:objectives"))
                .build(),
            Statement.builder()
                .person(ZEYNAL_HAJIYEV)
                .actor(IOM)
                .kind(StatementKind.QUOTE)
                .text(
                    en(
                        "during the preparation of the current voluntary review, Kazakhstan has"
                            + " focused on the global challenges of migration: linkages between"
                            + " migration, environment and climate change; global competition for"
                            + " talent; transformation of the global labor market; the COVID19"
                            + " pandemic; and integration of migrants. It should be recognized that"
                            + " Kazakhstan has done a lot to implement all 23 objectives of the"
                            + " GCM. Kazakhstan wishes to apply for to be a Champion Country of the"
                            + " GCM"))
                .addSubjects(subject("gcm"), subject("gcm:objectives"))
                .build(),
            Statement.builder()
                .person(ZEYNAL_HAJIYEV)
                .actor(IOM)
                .kind(StatementKind.PARAPHRASE)
                .text(en("and it felt that these achievements support the state in this regard."))
                .addSubjects(subject("gcm"))
                .build(),
            Statement.builder()
                .actor(KZ_MIGRATION_SERVICE_COMMITTEE)
                .kind(StatementKind.PARAPHRASE)
                .text(
                    en(
                        "The representative of the Migration Service Committee of the Ministry of"
                            + " Internal Affairs informed that the Migration Service Committee has"
                            + " been conducting an identification campaign to identify undocumented"
                            + " persons. Since the start of the campaign in 2020 the Migration"
                            + " Service Committee has registered more than 7,299 undocumented"
                            + " persons without documents (persons with undetermined citizenship),"
                            + " of which 6,062 persons have been documented."))
                .addSubjects(subject("gcm:objective:4"))
                .build())
        .addOutcomes(
            Outcome.builder()
                .kind(OutcomeKind.PROPOSAL)
                .description(
                    en(
                        "NGO representatives proposed organizing a separate meeting between IOM,"
                            + " the migration authorities and NGOs to address matters of"
                            + " documenting migrants (“individual cases”). The initiative was"
                            + " supported by the Chairman of the Migration Service Committee and"
                            + " the IOM."))
                .meeting(KZ_DOCUMENTATION_MEETING)
                .addSubjects(subject("gcm:objective:4"))
                .build(),
            Outcome.builder()
                .kind(OutcomeKind.RECOMMENDATION)
                .description(
                    en(
                        "In general, as a result of the two-day webinar, the participants proposed"
                            + " constructive recommendations for improving the implementation of"
                            + " the GCM in Kazakhstan, which will be included in the final"
                            + " voluntary review report on the GCM implementation in Kazakhstan."))
                .document(KZ_VOLUNTARY_REVIEW_2022)
                .addSubjects(subject("gcm"))
                .build())
        .addSubjects(
            subject("gcm"),
            subject("gcm:objectives"),
            subject("gcm:360"),
            subject("gcm:principles"),
            subject("gcm:objective:4"))
        .description(
            en(
                "Resources, tools, and case studies related to each of the 23 GCM goals, its"
                    + " 360-degree vision, and cross-cutting principles were made available on the"
                    + " webinar. Each session on the agenda was dedicated to the thematic clusters"
                    + " of the round tables of the upcoming IMRF and provided participants with the"
                    + " opportunity to discuss and exchange information on the progress in the"
                    + " implementation of the GCM."))
        .addSources(SRC_004)
        .build();
  }

  private static Meeting proposedMeeting() {
    return Meeting.builder()
        .id(KZ_DOCUMENTATION_MEETING)
        .kind(MeetingKind.MEETING)
        .title(
            en(
                "a separate meeting between IOM, the migration authorities and NGOs to address"
                    + " matters of documenting migrants (“individual cases”)"))
        // Proposed at the webinar; the source says no more of it.
        .status(MeetingStatus.PLANNED)
        .addParticipations(
            actor(IOM, ParticipantRole.PARTICIPANT),
            group(
                ParticipantRole.PARTICIPANT,
                "the migration authorities",
                ActorKind.GOVERNMENT_BODY),
            group(ParticipantRole.PARTICIPANT, "NGOs", ActorKind.CIVIL_SOCIETY))
        .addTopics(en("matters of documenting migrants (“individual cases”)"))
        .addSubjects(subject("gcm:objective:4"))
        .addSources(SRC_004)
        .build();
  }

  private static Meeting imrf() {
    return Meeting.builder()
        .id(IMRF_2022)
        .kind(MeetingKind.FORUM)
        .title(en("International Migration Review Forum"))
        .status(MeetingStatus.PLANNED)
        .addSubjects(subject("gcm"))
        .addSources(SRC_004)
        .build();
  }

  private static Meeting imrfRoundTables() {
    return Meeting.builder()
        .id(IMRF_2022_ROUND_TABLES)
        .kind(MeetingKind.ROUND_TABLE)
        .title(en("the round tables of the upcoming IMRF"))
        .status(MeetingStatus.PLANNED)
        .partOf(IMRF_2022)
        .description(en("the thematic clusters of the round tables of the upcoming IMRF"))
        .addSubjects(subject("gcm:objectives"))
        .addSources(SRC_004)
        .build();
  }

  private static Actor body(ActorId id, String name, ActorId parent) {
    return Actor.builder()
        .id(id)
        .kind(ActorKind.GOVERNMENT_BODY)
        .name(en(name))
        .country("KZ")
        .parent(parent)
        .addSources(SRC_004)
        .build();
  }

  private static Post.Builder post(String title, ActorId organisation) {
    return Post.builder()
        .title(en(title))
        .organisation(organisation)
        .addObservedOn(month(2022, 2))
        .addSources(SRC_004);
  }

  private static Participation actor(ActorId actor, ParticipantRole role) {
    return Participation.builder().actor(actor).addRoles(role).addSources(SRC_004).build();
  }

  /** A group the source leaves unnamed, with the kinds of actor it is made of. */
  private static Participation group(ParticipantRole role, String description, ActorKind... kinds) {
    return Participation.builder()
        .group(en(description))
        .addGroupKinds(kinds)
        .addRoles(role)
        .addSources(SRC_004)
        .build();
  }
}
