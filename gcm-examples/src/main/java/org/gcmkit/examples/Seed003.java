package org.gcmkit.examples;

import static org.gcmkit.examples.Seeds.*;

import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.Endorsement;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Membership;
import org.gcmkit.model.MembershipRole;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Place;
import org.gcmkit.model.Post;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Statement;
import org.gcmkit.model.StatementKind;
import org.gcmkit.model.VirtualLocation;

/**
 * Seed 003: IOM Turkmenistan's bilingual release (Russian, then English) on the online session of
 * Turkmenistan's interagency working group on the GCM, 21 January 2022, which prepared the first
 * International Migration Review Forum. Every text carries both language versions, which are not
 * always word-for-word translations of each other.
 */
final class Seed003 {
  private Seed003() {}

  static Dataset build() {
    return Dataset.builder()
        .title(
            ruEn(
                "Заседание Межведомственной рабочей группы Туркменистана по реализации Глобального"
                    + " договора о миграции",
                "Meeting of the Turkmenistan interagency Working Group on the implementation of the"
                    + " Global Compact for Safe, Orderly and Legal Migration"))
        .addSources(
            Source.builder()
                .id(SRC_003)
                .kind(SourceKind.PRESS_RELEASE)
                .title(
                    ruEn(
                        "Заседание Межведомственной рабочей группы Туркменистана по реализации"
                            + " Глобального договора о миграции",
                        "Meeting of the Turkmenistan interagency Working Group on the"
                            + " implementation of the Global Compact for Safe, Orderly and Legal"
                            + " Migration"))
                .publisher(IOM_TURKMENISTAN)
                // "Сегодня" / "Today": the release is dated the day of the session.
                .date(day(2022, 1, 21))
                .addLanguages("ru", "en")
                .file("003_4ff4834234d03fb5.txt")
                .addContacts(DIANA_CHARIYEVA)
                .build())
        .addActors(
            Actor.builder()
                .id(TM)
                .kind(ActorKind.STATE)
                .name(ruEn("Туркменистан", "Turkmenistan"))
                .country("TM")
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(TM_MFA)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(ruEn("Министерство иностранных дел", "Ministry of Foreign Affairs"))
                .country("TM")
                .parent(TM)
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(TM_STATE_MIGRATION_SERVICE)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(
                    ruEn(
                        "Государственная миграционная служба Туркменистана",
                        "State Migration Service of Turkmenistan"))
                .country("TM")
                .parent(TM)
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(TM_GCM_WORKING_GROUP)
                .kind(ActorKind.WORKING_GROUP)
                .name(
                    ruEn(
                        "Межведомственная рабочая группа Туркменистана по реализации Глобального"
                            + " договора о миграции",
                        "Interagency Working Group on the implementation of the Global Compact for"
                            + " Safe, Orderly and Legal Migration"))
                .addAliases(
                    en("IWG"),
                    ruEn("межведомственная рабочая группа по ГДМ", "GCM interagency working group"))
                .country("TM")
                .parent(TM)
                .addMembers(
                    Membership.builder()
                        .member(TM_STATE_MIGRATION_SERVICE)
                        .role(MembershipRole.COORDINATOR)
                        .addSources(SRC_003)
                        .build())
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(UN)
                .kind(ActorKind.UN_ENTITY)
                .name(ruEn("ООН", "United Nations"))
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(UN_GENERAL_ASSEMBLY)
                .kind(ActorKind.UN_ENTITY)
                .name(ruEn("Генеральная Ассамблея ООН", "General Assembly"))
                .parent(UN)
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(IOM)
                .kind(ActorKind.UN_ENTITY)
                .name(
                    ruEn(
                        "Международная организация по миграции",
                        "International Organization for Migration"))
                .addAliases(
                    ruEn("МОМ", "IOM"),
                    ruEn("Агентство ООН по Миграции", "the UN Migration Agency"))
                .addSources(SRC_003)
                .build(),
            Actor.builder()
                .id(IOM_TURKMENISTAN)
                .kind(ActorKind.UN_ENTITY)
                .name(
                    en(
                        "International Organization for Migration (IOM) - the UN Migration Agency,"
                            + " Mission to Turkmenistan"))
                .country("TM")
                .parent(IOM)
                .addSources(SRC_003)
                .build())
        .addPersons(
            Person.builder()
                .id(DIANA_CHARIYEVA)
                .name(ruEn("Диана Чарыева", "Diana Chariyeva"))
                .addPosts(
                    Post.builder()
                        // The two language versions give different titles for the one post.
                        .title(ruEn("Менеджер проектов МОМ", "Program Associate"))
                        .organisation(IOM)
                        .addObservedOn(day(2022, 1, 21))
                        .addSources(SRC_003)
                        .build())
                .addContacts(
                    ContactPoint.builder()
                        .email("dchariyeva@iom.int")
                        .phone("+99312 488407")
                        .addSources(SRC_003)
                        .build(),
                    ContactPoint.builder().url("http://www.iom.int").addSources(SRC_003).build(),
                    ContactPoint.builder()
                        .url("http://www.turkmenistan.iom.int")
                        .addSources(SRC_003)
                        .build())
                .addSources(SRC_003)
                .build())
        .addDocuments(
            Document.builder()
                .id(A_RES_73_326)
                .kind(DocumentKind.RESOLUTION)
                .title(
                    ruEn(
                        "Резолюция Генеральной Ассамблеи ООН 73/326",
                        "General Assembly Resolution 73/326"))
                .symbol("A/RES/73/326")
                .status(DocumentStatus.ADOPTED)
                .addEndorsements(
                    Endorsement.builder()
                        .actor(UN_GENERAL_ASSEMBLY)
                        .role(EndorsementRole.ADOPTER)
                        .addSources(SRC_003)
                        .build())
                .addSubjects(subject("gcm"))
                .description(
                    ruEn(
                        "Согласно Резолюции Генеральной Ассамблеи ООН 73/326, 10-13 мая 2022 года"
                            + " намечено проведение первого Международного обзорного форума по"
                            + " миграции",
                        "According to the General Assembly Resolution 73/326, it was decided to"
                            + " organize the first International Migration Review Forum (the Forum)"
                            + " on 10-13 May, 2022"))
                .addSources(SRC_003)
                .build())
        .addMeetings(session(), imrf())
        .build();
  }

  private static Meeting session() {
    return Meeting.builder()
        .id(TM_WORKING_GROUP_2022_01_21)
        .kind(MeetingKind.WORKING_GROUP_SESSION)
        .title(
            ruEn(
                "Заседание Межведомственной рабочей группы Туркменистана по реализации Глобального"
                    + " договора о миграции",
                "Meeting of the Turkmenistan interagency Working Group on the implementation of the"
                    + " Global Compact for Safe, Orderly and Legal Migration"))
        .status(MeetingStatus.HELD)
        .format(MeetingFormat.ONLINE)
        .addDates(on(day(2022, 1, 21)))
        .virtualLocation(
            VirtualLocation.builder()
                .description(ruEn("в режиме телеконференции", "via video conferencing"))
                .build())
        .addParticipations(
            Participation.builder()
                .actor(IOM_TURKMENISTAN)
                .addRoles(ParticipantRole.ORGANISER)
                .addSources(SRC_003)
                .build(),
            Participation.builder()
                .actor(TM_MFA)
                .addRoles(ParticipantRole.PARTNER)
                .addSources(SRC_003)
                .build(),
            Participation.builder()
                .actor(TM_STATE_MIGRATION_SERVICE)
                .addRoles(ParticipantRole.PARTNER, ParticipantRole.COORDINATOR)
                .capacity(
                    ruEn("координатор Рабочей группы", "the coordinator of the Working Group"))
                .addSources(SRC_003)
                .build(),
            Participation.builder()
                .actor(TM_GCM_WORKING_GROUP)
                .addRoles(ParticipantRole.PARTICIPANT)
                .addSources(SRC_003)
                .build())
        .addLinks(
            MeetingLink.builder().kind(MeetingLinkKind.PREPARES_FOR).target(IMRF_2022).build())
        .addTopics(
            ruEn(
                "ключевые этапы подготовки к данному форуму",
                "the key stages of preparation for the Forum"),
            ruEn("формат отчетности", "the reporting format"),
            ruEn(
                "планы по подготовке на национальном уровне",
                "preparation plan at the national level"),
            ruEn(
                "необходимое содействие со стороны МОМ и других Агентств ООН по подготовке к"
                    + " форуму",
                "the necessary assistance from IOM and other UN Agencies in preparation for the"
                    + " Forum"))
        .addStatements(
            Statement.builder()
                .actor(TM_STATE_MIGRATION_SERVICE)
                .kind(StatementKind.PARAPHRASE)
                .text(
                    ruEn(
                        "Во время заседания координатор Рабочей группы - Государственная"
                            + " миграционная служба Туркменистана отметила готовность всех"
                            + " участников рабочей группы участвовать в процессе подготовки к"
                            + " Форуму.",
                        "During the meeting, the coordinator of the Working Group - the State"
                            + " Migration Service of Turkmenistan noted the readiness of all"
                            + " members of the working group to participate in the process of"
                            + " preparation for the Forum."))
                .addSubjects(subject("gcm"))
                .build())
        .addSubjects(subject("gcm"))
        .description(
            ruEn(
                "21 января 2022 года, Международная организация по миграции (МОМ) - Агентство ООН"
                    + " по Миграции, в партнерстве с Министерством иностранных дел и"
                    + " Государственной миграционной службой Туркменистана организовала очередное"
                    + " заседание Межведомственной рабочей группы Туркменистана по реализации"
                    + " Глобального договора о миграции в режиме телеконференции.",
                "On January 21, 2022, International Organization for Migration (IOM) - the UN"
                    + " Migration Agency, Mission to Turkmenistan in partnership with Ministry of"
                    + " Foreign Affairs and State Migration Service of Turkmenistan organized a"
                    + " meeting of the Interagency Working Group (IWG) on the implementation of the"
                    + " Global Compact for Safe, Orderly and Legal Migration (GCM) via video"
                    + " conferencing."))
        .addSources(SRC_003)
        .build();
  }

  private static Meeting imrf() {
    return Meeting.builder()
        .id(IMRF_2022)
        .kind(MeetingKind.FORUM)
        .title(
            ruEn(
                "первый Международный обзорный форум по миграции",
                "first International Migration Review Forum"))
        // Announced for 10-13 May 2022 at the time of the release.
        .status(MeetingStatus.PLANNED)
        .addDates(DateSpan.between(day(2022, 5, 10), day(2022, 5, 13)))
        .place(
            Place.builder()
                .name(ruEn("штаб-квартира ООН", "United Nations Headquarters"))
                .locality(ruEn("Нью-Йорк", "New York"))
                .country("US")
                .build())
        .addParticipations(
            Participation.builder()
                .group(ruEn("главы государств", "Heads of State of Government"))
                .addGroupKinds(ActorKind.STATE)
                .addRoles(ParticipantRole.PARTICIPANT)
                .addSources(SRC_003)
                .build())
        .addSubjects(subject("gcm"))
        .description(
            ruEn(
                "Международный обзорный форум по миграции на высоком политическом уровне с участием"
                    + " глав государств в штаб-квартире ООН в Нью-Йорке. Цель данного форума"
                    + " обсудить выполнение странами обязательств, взятых в рамках Глобального"
                    + " договора по безопасной, упорядоченной и легальной миграции (ГДМ).",
                "The Forum will be represented by the highest possible political level, including"
                    + " Heads of State of Government. The purpose of this Forum is to discuss the"
                    + " implementation of countries' commitments made under the GCM."))
        .addSources(SRC_003)
        .build();
  }
}
