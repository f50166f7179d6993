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
import org.gcmkit.model.Text;

/**
 * Seed 001: the Arabic translation of seed 000. Texts are the Arabic ones; persons' names also
 * carry the English spelling of the original (seed 000's source record is part of this dataset),
 * and the meeting keeps both sources' claims on its format, as they disagree.
 */
final class Seed001 {
  private Seed001() {}

  static Dataset build() {
    return Dataset.builder()
        .title(
            ar(
                "الإطلاق الرسمي للمشروع الإقليمي للمنظمة الدولية للهجرة في تركمانستان، 17 مارس"
                    + " 2023"))
        .addSources(
            Seed000.source(),
            Source.builder()
                .id(SRC_001)
                .kind(SourceKind.PRESS_RELEASE)
                .addLanguages("ar")
                .translationOf(SRC_000)
                .file("001_017510da051da87c.txt")
                .build())
        .addActors(
            Actor.builder()
                .id(TM)
                .kind(ActorKind.STATE)
                .name(ar("تركمانستان"))
                .addAliases(ar("حكومة تركمانستان"))
                .country("TM")
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(TM_STATE_MIGRATION_SERVICE)
                .kind(ActorKind.GOVERNMENT_BODY)
                .name(ar("دائرة الهجرة الحكومية في تركمانستان"))
                .country("TM")
                .parent(TM)
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(UN)
                .kind(ActorKind.UN_ENTITY)
                .name(ar("الأمم المتحدة"))
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(IOM)
                .kind(ActorKind.UN_ENTITY)
                .name(ar("المنظمة الدولية للهجرة"))
                .addAliases(ar("IOM"))
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(UN_NETWORK_ON_MIGRATION)
                .kind(ActorKind.NETWORK)
                .name(ar("شبكة الهجرة التابعة للأمم المتحدة"))
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(GTFM)
                .kind(ActorKind.NETWORK)
                .name(ar("فريق العمل العالمي المعني بالهجرة"))
                .addAliases(ar("GTFM"))
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(UCLG)
                .kind(ActorKind.LOCAL_GOVERNMENT_ASSOCIATION)
                .name(ar("UCLG"))
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(UCLG_MEWA)
                .kind(ActorKind.LOCAL_GOVERNMENT_ASSOCIATION)
                .name(ar("UCLG-MEWA"))
                .parent(UCLG)
                .addSources(SRC_001)
                .build(),
            Actor.builder()
                .id(MMC)
                .kind(ActorKind.NETWORK)
                .name(ar("مجلس هجرة العُمد"))
                .addAliases(ar("MMC"))
                .addSources(SRC_001)
                .build())
        .addPersons(
            person(BATYR_VOLSAHATOV, "باتير فولساهاتوف", "Batyr Volsahatov")
                .addPosts(
                    post("رئيس دائرة الهجرة الحكومية في تركمانستان", TM_STATE_MIGRATION_SERVICE)
                        .addCountries("TM")
                        .build())
                .build(),
            person(KATHERINE_BARWISE, "كاثرين باروايز", "Katherine Barwise")
                .addPosts(
                    post(
                            "مدير برنامج أول ، شبكة الهجرة التابعة للأمم المتحدة",
                            UN_NETWORK_ON_MIGRATION)
                        .build())
                .build(),
            person(MONAMI_MAULIK, "مونامي موليك", "Monami Maulik")
                .addPosts(
                    post(
                            "مسؤول الاتصال بالمجتمع المدني ، شبكة الهجرة التابعة للأمم المتحدة",
                            UN_NETWORK_ON_MIGRATION)
                        .build())
                .build(),
            person(KRISTIN_EITEL, "كريستين إيتل", "Kristin Eitel")
                .addPosts(
                    post("مسؤول تنسيق المنظمة الدولية للهجرة للهجرة والتنمية المستدامة", IOM)
                        .build())
                .build(),
            person(ZEYNAL_HAJIYEV, "زينال حاجيفي", "Zeynal Hajivey")
                .addPosts(
                    post("المنسق الإقليمي الفرعي للمنظمة الدولية للهجرة لآسيا الوسطى", IOM).build(),
                    post(
                            "رئيس بعثة المنظمة الدولية للهجرة في كازاخستان وقيرغيزستان وتركمانستان"
                                + " وأوزبكستان",
                            IOM)
                        .addCountries("KZ", "KG", "TM", "UZ")
                        .build())
                .build(),
            person(YEHIA_IBRAHIM, "يحيى إبراهيم", "Yehia Ibrahim")
                // The release spells him two ways: يحي in the list of participants, يحيى later.
                .addAliases(ar("يحي إبراهيم"))
                .addPosts(post("مسؤول فريق العمل العالمي المعني بالهجرة (GTFM)", GTFM).build())
                .build())
        .addDocuments(
            localInitiative(
                MARRAKECH_DECLARATION,
                DocumentKind.DECLARATION,
                "إعلان مراكش",
                2018,
                "مراكش",
                "MA"),
            localInitiative(
                GAZIANTEP_DECLARATION,
                DocumentKind.DECLARATION,
                "إعلان غازي عنتاب",
                2019,
                "غازي عنتاب",
                "TR"),
            localInitiative(
                LAMPEDUSA_CHARTER,
                DocumentKind.CHARTER,
                "ميثاق لامبيدوزا",
                2022,
                "لامبيدوزا",
                "IT"),
            Document.builder()
                .id(CALL_TO_ACTION)
                .kind(DocumentKind.CALL_TO_ACTION)
                .title(ar("آلية عمل رؤساء البلديات من أجل المهاجرين واللاجئين"))
                // "اطلقته" (launched it), where the English original says "implemented by".
                .addEndorsements(
                    endorsement(UCLG, EndorsementRole.AUTHOR),
                    endorsement(IOM, EndorsementRole.AUTHOR),
                    endorsement(MMC, EndorsementRole.AUTHOR))
                .addSubjects(subject("gcm"), subject("gcr"))
                .description(
                    ar(
                        "نداء “آلية عمل رؤساء البلديات من أجل المهاجرين واللاجئين” واذي اطلقته"
                            + " منظمة UCLG والمنظمة الدولية للهجرة ومجلس هجرة العُمد (MMC)"))
                .addSources(SRC_001)
                .build())
        .addProjects(
            Project.builder()
                .id(CENTRAL_ASIA_GCM_PROJECT)
                .title(ar("دعم حكومات دول آسيا الوسطى في تنفيذ GCM"))
                .addImplementers(IOM)
                .addPartners(TM)
                .launched(month(2023, 3))
                .addSubjects(subject("gcm"), subject("gcm:principles"))
                .description(
                    ar(
                        "يهدف المشروع إلى تعزيز قدرة آسيا الوسطى وأصحاب المصلحة المعنيين للمضي"
                            + " قدمًا في تنفيذ ومتابعة ومراجعة أهداف GCM بما يتماشى مع المبادئ"
                            + " التوجيهية قبل الاستعراض الإقليمي GCM في عام 2024 ويهدف المشروع"
                            + " أيضًا إلى تعزيز التعاون الدولي بشأن الهجرة في منطقة آسيا الوسطى"
                            + " وإبلاغ أصحاب المصلحة بأهمية الدعم للمشاركة بفعالية وبشكل هادف في"
                            + " المنتديات رفيعة المستوى حيث يمكن تعزيز الهجرة كمساهم ومُسرِّع"
                            + " للتنمية."))
                .addSources(SRC_001)
                .build())
        .addMeetings(launchMeeting(), regionalReview())
        .build();
  }

  private static Meeting launchMeeting() {
    return Meeting.builder()
        .id(TM_PROJECT_LAUNCH_2023)
        .kind(MeetingKind.LAUNCH)
        .title(ar("الإطلاق الرسمي للمشروع الإقليمي للمنظمة الدولية للهجرة في تركمانستان"))
        .status(MeetingStatus.HELD)
        // The sources disagree (hybrid in English, online in Arabic): no format of its own.
        .addClaims(
            Seed000.hybridClaim(),
            Claim.builder()
                .property("format")
                .value("online")
                .source(SRC_001)
                .note(ar("تم تنظيم اجتماع عبر الانترنت واستضافته تركمانستان"))
                .build())
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
                .capacity(ar("رئيس دائرة الهجرة الحكومية في تركمانستان"))
                .addSources(SRC_001)
                .build(),
            onlineStakeholder(
                KATHERINE_BARWISE,
                UN_NETWORK_ON_MIGRATION,
                "مدير برنامج أول ، شبكة الهجرة التابعة للأمم المتحدة"),
            onlineStakeholder(
                MONAMI_MAULIK,
                UN_NETWORK_ON_MIGRATION,
                "مسؤول الاتصال بالمجتمع المدني ، شبكة الهجرة التابعة للأمم المتحدة"),
            onlineStakeholder(
                KRISTIN_EITEL, IOM, "مسؤول تنسيق المنظمة الدولية للهجرة للهجرة والتنمية المستدامة"),
            onlineStakeholder(
                ZEYNAL_HAJIYEV,
                IOM,
                "المنسق الإقليمي الفرعي للمنظمة الدولية للهجرة لآسيا الوسطى ، ورئيس بعثة المنظمة"
                    + " الدولية للهجرة في كازاخستان وقيرغيزستان وتركمانستان وأوزبكستان"),
            Participation.builder()
                .person(YEHIA_IBRAHIM)
                .actor(UCLG_MEWA)
                .addRoles(ParticipantRole.STAKEHOLDER, ParticipantRole.SPEAKER)
                .capacity(ar("مسؤول فريق العمل العالمي المعني بالهجرة (GTFM)"))
                .attendance(AttendanceMode.ONLINE)
                .addSources(SRC_001)
                .build(),
            Participation.builder()
                .actor(UCLG_MEWA)
                .addRoles(ParticipantRole.PARTICIPANT)
                .onBehalfOfDescription(ar("السلطات المحلية حول قضايا الهجرة واللاجئين"))
                .addSources(SRC_001)
                .build())
        .addLinks(
            MeetingLink.builder()
                .kind(MeetingLinkKind.PREPARES_FOR)
                .target(GCM_REGIONAL_REVIEW_2024)
                .build())
        .addTopics(
            ar(
                "دعم جميع الدول في سياق دول آسيا الوسطى في تنفيذ الاتفاق العالمي من أجل الهجرة"
                    + " الآمنة والمنظمة والمنهجية والميثاق العالمي بشأن اللاجئين (GCM و GCR)"),
            ar("الهجرة والتنمية المستدامة"))
        .addStatements(
            Statement.builder()
                .person(YEHIA_IBRAHIM)
                .actor(UCLG_MEWA)
                .kind(StatementKind.PARAPHRASE)
                .text(
                    ar(
                        "تحدث يحيى إبراهيم من UCLG-MEWA في الاجتماع حول الصلة بين “الهجرة والتنمية"
                            + " المستدامة وشارك بعض المبادرات المحلية في سياق تنفيذ GCM و GCR. هذه"
                            + " المبادرات هي إعلان مراكش (2018) ، وإعلان غازي عنتاب (2019) ، وميثاق"
                            + " لامبيدوزا (2022) ، بالاضافة الى نداء “آلية عمل رؤساء البلديات من"
                            + " أجل المهاجرين واللاجئين”"))
                .addSubjects(subject("gcm"), subject("gcr"))
                .build())
        .addOutcomes(
            Outcome.builder()
                .kind(OutcomeKind.LAUNCH)
                .description(
                    ar(
                        "كما شهد هذا الاجتماع الإطلاق الرسمي للمشروع الإقليمي للمنظمة الدولية"
                            + " للهجرة في تركمانستان."))
                .project(CENTRAL_ASIA_GCM_PROJECT)
                .addSubjects(subject("gcm"))
                .build())
        .addSubjects(subject("gcm"), subject("gcr"), subject("gcm:principles"))
        .description(
            ar(
                "قام حدث الإطلاق بتوعية أصحاب المصلحة الوطنيين وذوي الصلة بأهمية تنفيذ GCM ومهد"
                    + " الطريق لتنفيذ ومتابعة ومراجعة أهداف GCM بما يتماشى مع مبادئه التوجيهية قبل"
                    + " الاستعراض الإقليمي لـ GCM في عام 2024."))
        .addSources(SRC_001)
        .build();
  }

  private static Meeting regionalReview() {
    return Meeting.builder()
        .id(GCM_REGIONAL_REVIEW_2024)
        .kind(MeetingKind.REVIEW)
        .title(ar("الاستعراض الإقليمي GCM في عام 2024"))
        .status(MeetingStatus.PLANNED)
        .addDates(on(year(2024)))
        .addSubjects(subject("gcm"))
        .addSources(SRC_001)
        .build();
  }

  /** A person named in Arabic here and in English in the original, seed 000. */
  private static Person.Builder person(PersonId id, String arabic, String english) {
    return Person.builder()
        .id(id)
        .name(Text.of("ar", arabic).with("en", english))
        .addSources(SRC_001, SRC_000);
  }

  private static Post.Builder post(String title, ActorId organisation) {
    return Post.builder()
        .title(ar(title))
        .organisation(organisation)
        .addObservedOn(day(2023, 3, 17))
        .addSources(SRC_001);
  }

  private static Participation actor(ActorId actor, ParticipantRole role) {
    return Participation.builder().actor(actor).addRoles(role).addSources(SRC_001).build();
  }

  private static Participation onlineStakeholder(
      PersonId person, ActorId organisation, String capacity) {
    return Participation.builder()
        .person(person)
        .actor(organisation)
        .addRoles(ParticipantRole.STAKEHOLDER)
        .capacity(ar(capacity))
        .attendance(AttendanceMode.ONLINE)
        .addSources(SRC_001)
        .build();
  }

  private static Endorsement endorsement(ActorId actor, EndorsementRole role) {
    return Endorsement.builder().actor(actor).role(role).addSources(SRC_001).build();
  }

  private static Document localInitiative(
      DocumentId id, DocumentKind kind, String title, int year, String locality, String country) {
    return Document.builder()
        .id(id)
        .kind(kind)
        .title(ar(title))
        .status(DocumentStatus.ADOPTED)
        .date(year(year))
        .place(Place.builder().locality(ar(locality)).country(country).build())
        .addSubjects(subject("gcm"), subject("gcr"))
        .addSources(SRC_001)
        .build();
  }
}
