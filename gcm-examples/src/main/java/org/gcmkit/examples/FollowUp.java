package org.gcmkit.examples;

import static org.gcmkit.examples.Seeds.*;

import java.math.BigDecimal;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Decision;
import org.gcmkit.model.DecisionKind;
import org.gcmkit.model.DecisionMethod;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.DocumentRelation;
import org.gcmkit.model.DocumentRelationKind;
import org.gcmkit.model.DocumentStatus;
import org.gcmkit.model.Endorsement;
import org.gcmkit.model.EndorsementRole;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.FigureQualifier;
import org.gcmkit.model.GroupCount;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingDocument;
import org.gcmkit.model.MeetingDocumentRole;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingScope;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.NamedMembers;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlanStatus;
import org.gcmkit.model.Pledge;
import org.gcmkit.model.PledgeForm;
import org.gcmkit.model.PledgeId;
import org.gcmkit.model.Project;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.ScheduleChange;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.UnRegion;

/**
 * The Compact's adoption and follow-up, from the verified public facts of gcm's reference data
 * ({@code shared/reference/gcm-facts.md}): what format 1.1 says that the five seeds do not. The
 * adoption in Marrakech by acclamation of 164 States, a group not named one by one; the General
 * Assembly's endorsement by recorded vote (152 in favour, 5 against, 12 abstaining) through
 * resolution 73/195, which endorses the Compact; resolution 73/326 on the review forums' format;
 * the first International Migration Review Forum, where the Progress Declaration was adopted by
 * consensus on one of its days, later endorsed by the General Assembly; the second forum, planned
 * for 2026, with its schedule history; the Asia-Pacific regional review of 2021, where Turkmenistan
 * planned to present its national report (as IOM told Trend, seed 002); the count of pledges,
 * attached to the Compact and the Forum; a common pledge of the UN Network on Migration; the
 * Migration Network Hub (no end known) and the Call to Local Action (open, pledges on a rolling
 * basis); and the Marrakech Mayors Declaration with its subtitle, signed by 104 local and regional
 * governments.
 *
 * <p>Every record cites the source of its facts; ids are shared with the seeds.
 */
final class FollowUp {
  static final DocumentId GCM = DocumentId.of("gcm");
  static final DocumentId A_RES_73_195 = DocumentId.of("a-res-73-195");
  static final DocumentId PROGRESS_DECLARATION = DocumentId.of("imrf-2022-progress-declaration");
  static final MeetingId MARRAKECH_CONFERENCE = MeetingId.of("marrakech-conference-2018");
  static final MeetingId IMRF_2026 = MeetingId.of("imrf-2026");

  private static final SourceId JURIST = SourceId.of("src-jurist-2018-12");
  private static final SourceId ANEWS = SourceId.of("src-anews-2018-12-19");
  private static final SourceId UN_FORUM = SourceId.of("src-un-migration2022-about");
  private static final SourceId QUNO = SourceId.of("src-quno-2022-06");
  private static final SourceId UN_DK = SourceId.of("src-un-dk-2022-05");
  private static final SourceId NEWSLETTER = SourceId.of("src-network-newsletter-2022-10");
  private static final SourceId WS1 = SourceId.of("src-network-ws1-pledge");
  private static final SourceId REGIONAL_REVIEWS = SourceId.of("src-network-regional-reviews");
  private static final SourceId ARES = SourceId.of("src-a-res-73-195-text");
  private static final SourceId ESCAP_CRP = SourceId.of("src-escap-gcm-2021-crp1");
  private static final SourceId HUB_LAUNCH = SourceId.of("src-network-hub-launch");
  private static final SourceId GFMD_MAYORS = SourceId.of("src-gfmd-mayors-mechanism");
  private static final SourceId M4D_MAYORS_DECLARATION =
      SourceId.of("src-m4d-marrakech-mayors-declaration");
  private static final SourceId LOCAL_ACTION_MAYORS_DECLARATION =
      SourceId.of("src-localaction-marrakech-mayors-declaration");

  private static final SourceId CHAMPIONS_ACCRA =
      SourceId.of("src-network-champions-accra-dialogue");

  private static final ActorId UNHCR = ActorId.of("unhcr");
  private static final MeetingId MAYORAL_FORUM_2018 = MeetingId.of("mayoral-forum-2018");

  private FollowUp() {}

  static Dataset build() {
    return Dataset.builder()
        .title(en("The Global Compact for Migration: adoption and follow-up"))
        .addSources(
            web(
                JURIST,
                SourceKind.NEWS_ARTICLE,
                "UN endorses global migration pact",
                "https://jurist.org/news/2018/12/un-endorses-global-migration-pact"),
            web(
                ANEWS,
                SourceKind.NEWS_ARTICLE,
                "UN General Assembly endorses global migration accord",
                "http://www.anews.com.tr/world/2018/12/19/un-general-assembly-endorses-global-migration-accord"),
            web(
                UN_FORUM,
                SourceKind.WEB_PAGE,
                "International Migration Review Forum 2022: about the Forum",
                "https://www.un.org/en/migration2022/about-the-forum"),
            web(
                QUNO,
                SourceKind.WEB_PAGE,
                "International Migration Review Forum: consensus adoption of the Progress"
                    + " Declaration",
                "https://quno.org/timeline/2022/6/international-migration-review-forum-consensus-adoption-progress-declaration"),
            web(
                UN_DK,
                SourceKind.WEB_PAGE,
                "First historic International Migration Review Forum begins today",
                "https://un.dk/first-historic-international-migration-review-forum-begins-today"),
            web(
                NEWSLETTER,
                SourceKind.WEB_PAGE,
                "UN Network on Migration newsletter, October 2022",
                "https://us19.campaign-archive.com/?u=91a1d870ca31df83b2b697cf6&id=c55ba89e83"),
            web(
                WS1,
                SourceKind.WEB_PAGE,
                "Measuring progress: GCM indicators (common pledge)",
                "https://migrationnetwork.un.org/pledge/ws1-measuring-progress-common-pledge"),
            web(
                REGIONAL_REVIEWS,
                SourceKind.WEB_PAGE,
                "Regional reviews",
                "https://migrationnetwork.un.org/regional-reviews"),
            web(
                ESCAP_CRP,
                SourceKind.REPORT,
                "Review of progress and challenges with regard to implementing the Global Compact"
                    + " for Safe, Orderly and Regular Migration in Asia and the Pacific"
                    + " (ESCAP/GCM/2021/CRP.1)",
                "https://docslib.org/download/4977945/review-of-progress-and-challenges-with-regard-to-implementing-the"),
            // A source that is itself a document of the dataset: the resolution's text.
            Source.builder()
                .id(ARES)
                .kind(SourceKind.REPORT)
                .title(en("Resolution 73/195 of the General Assembly (text)"))
                .addLanguages("en")
                .document(A_RES_73_195)
                .url(
                    "https://adattar.minorityforum.info/en/entity/raaui6nu5a?file=1587370301487dgy07rb4bk.pdf")
                .build(),
            // Seed 002's news article, with what format 1.1 adds: whom Trend has it from.
            Seed002.source().toBuilder().attribution(en("IOM told Trend")).build(),
            untitled(
                HUB_LAUNCH,
                "https://migrationnetwork.un.org/un-network-migration-launches-migration-network-hub-knowledge-and-solutions-platform-global-compact"),
            untitled(GFMD_MAYORS, "https://gfmd.org/node/11007"),
            untitled(
                CHAMPIONS_ACCRA,
                "https://migrationnetwork.un.org/strong-partnerships-heart-cross-regional-dialogue-global-compact-migration-champions"),
            web(
                M4D_MAYORS_DECLARATION,
                SourceKind.WEB_PAGE,
                "Marrakech Mayors Declaration: Cities Working Together for Migrants and Refugees",
                "https://migration4development.org/en/resources/marrakech-mayors-declaration-cities-working-together-migrants-and-refugees"),
            web(
                LOCAL_ACTION_MAYORS_DECLARATION,
                SourceKind.WEB_PAGE,
                "Marrakech Mayors Declaration",
                "https://localaction.mayorsmechanism.org/index.php/marrakech-mayors-declaration"))
        .addActors(
            Actor.builder()
                .id(UN_GENERAL_ASSEMBLY)
                .kind(ActorKind.UN_ENTITY)
                .name(en("General Assembly"))
                .addSources(ANEWS)
                .build(),
            Actor.builder()
                .id(UN_NETWORK_ON_MIGRATION)
                .kind(ActorKind.NETWORK)
                .name(en("UN Network on Migration"))
                .addSources(WS1)
                .build(),
            Actor.builder()
                .id(TM)
                .kind(ActorKind.STATE)
                .name(en("Turkmenistan"))
                .country("TM")
                .addSources(SRC_002)
                .build(),
            Seed002.trend(),
            Actor.builder()
                .id(MAYORS_MECHANISM)
                .kind(ActorKind.NETWORK)
                .name(en("Mayors Mechanism"))
                .description(
                    en(
                        "The GFMD Mayors Mechanism, co-steered by UCLG, the Mayors Migration Council"
                            + " and IOM."))
                .addSources(GFMD_MAYORS)
                .build(),
            Actor.builder()
                .id(UNHCR)
                .kind(ActorKind.UN_ENTITY)
                .name(en("UNHCR"))
                .addSources(GFMD_MAYORS)
                .build())
        .addDocuments(
            compact(),
            resolution73195(),
            resolution73326(),
            progressDeclaration(),
            marrakechMayorsDeclaration())
        .addMeetings(
            marrakech(),
            imrf2022(),
            imrf2026(),
            asiaPacificReview2021(),
            mayoralForum2018(),
            championsDialogueAccra())
        .addProjects(
            // Launched, running, and no end known.
            Project.builder()
                .id(ProjectId.of("migration-network-hub"))
                .title(en("Migration Network Hub"))
                .addImplementers(UN_NETWORK_ON_MIGRATION)
                .launched(day(2021, 3, 18))
                .period(DateSpan.from(day(2021, 3, 18), DateSpan.OpenEnd.UNKNOWN))
                .description(
                    en(
                        "The first knowledge platform and connection hub supporting the"
                            + " implementation, follow-up and review of the GCM."))
                .addSubjects(subject("gcm"))
                .addSources(HUB_LAUNCH)
                .build(),
            // Open by design: pledges are taken on a rolling basis.
            Project.builder()
                .id(ProjectId.of("call-to-local-action"))
                .title(en("Call to Local Action for Migrants and Refugees"))
                .addImplementers(MAYORS_MECHANISM)
                .addPartners(UNHCR)
                .launched(month(2022, 5))
                .period(DateSpan.from(month(2022, 5), DateSpan.OpenEnd.OPEN))
                .description(
                    en(
                        "The official pathway for local and regional governments to pledge for the"
                            + " GCM and the GCR, launched at the IMRF; pledges are submitted on a"
                            + " rolling basis."))
                .addSubjects(subject("gcm"), subject("gcr"))
                .addSources(GFMD_MAYORS)
                .build())
        .addFigures(
            Figure.builder()
                .id(FigureId.of("gcm-pledges-2022-10"))
                .value(new BigDecimal("214"))
                .qualifier(FigureQualifier.EXACT)
                .unit(en("pledges"))
                .measure(en("pledges made to implement the Global Compact for Migration"))
                .period(DateSpan.until(DateSpan.OpenEnd.OPEN, month(2022, 10)))
                .document(GCM)
                .addSources(NEWSLETTER)
                .build(),
            Figure.builder()
                .id(FigureId.of("imrf-2022-pledges-after"))
                .value(new BigDecimal("40"))
                .qualifier(FigureQualifier.MORE_THAN)
                .unit(en("pledges"))
                .measure(en("pledges made after the International Migration Review Forum 2022"))
                .meeting(IMRF_2022)
                .addSources(NEWSLETTER)
                .build())
        .addPledges(
            Pledge.builder()
                .id(PledgeId.of("network-ws1-measuring-progress"))
                .title(en("Measuring progress: GCM indicators (common pledge)"))
                .addPledgers(UN_NETWORK_ON_MIGRATION)
                .addForms(PledgeForm.PROCESS)
                .addSubjects(subject("gcm"))
                .addSources(WS1)
                .build())
        .build();
  }

  private static Source web(SourceId id, SourceKind kind, String title, String url) {
    return Source.builder().id(id).kind(kind).title(en(title)).addLanguages("en").url(url).build();
  }

  /** A web page whose exact title the reference data does not give. */
  private static Source untitled(SourceId id, String url) {
    return Source.builder().id(id).kind(SourceKind.WEB_PAGE).addLanguages("en").url(url).build();
  }

  /**
   * The mayors' declaration, with its subtitle, adopted at the fifth Mayoral Forum and signed since
   * by 104 local and regional governments, not named one by one.
   */
  private static Document marrakechMayorsDeclaration() {
    return Document.builder()
        .id(MARRAKECH_DECLARATION)
        .kind(DocumentKind.DECLARATION)
        .title(en("Marrakech Mayors Declaration"))
        .subtitle(en("Cities Working Together for Migrants and Refugees"))
        .status(DocumentStatus.ADOPTED)
        .date(day(2018, 12, 8))
        .place(Place.builder().locality(en("Marrakech")).country("MA").build())
        .meeting(MAYORAL_FORUM_2018)
        .addDecisions(
            Decision.builder()
                .kind(DecisionKind.ADOPTION)
                .meeting(MAYORAL_FORUM_2018)
                .date(day(2018, 12, 8))
                .addSources(M4D_MAYORS_DECLARATION)
                .build(),
            Decision.builder()
                .kind(DecisionKind.SIGNATURE)
                .method(DecisionMethod.SIGNATURE)
                .addSources(LOCAL_ACTION_MAYORS_DECLARATION)
                .build())
        .addEndorsements(
            Endorsement.builder()
                .group(en("Local and regional governments"))
                .addGroupKinds(ActorKind.LOCAL_GOVERNMENT)
                .groupCount(
                    GroupCount.builder()
                        .count(new BigDecimal("104"))
                        .qualifier(FigureQualifier.EXACT)
                        .named(NamedMembers.NONE)
                        .build())
                .role(EndorsementRole.SIGNATORY)
                .status(PlanStatus.DONE)
                .addSources(LOCAL_ACTION_MAYORS_DECLARATION)
                .build())
        .addSubjects(subject("gcm"), subject("gcr"))
        .addSources(M4D_MAYORS_DECLARATION, LOCAL_ACTION_MAYORS_DECLARATION)
        .build();
  }

  /**
   * The Champion countries' cross-regional dialogue in Accra, 28 to 30 November of a year that the
   * source does not give. EDTF level 1 can leave a year's last digit unspecified but not a year
   * before a known month and day, so the dates say "a year of the 2020s" ({@code 202X}): the
   * Network's Coordinator who spoke there as IOM Director General held that post after the
   * 2019-2022 sources, which name another.
   */
  private static Meeting championsDialogueAccra() {
    return Meeting.builder()
        .id(MeetingId.of("gcm-champions-dialogue-accra"))
        .kind(MeetingKind.MEETING)
        .title(en("Cross-regional dialogue of the Global Compact for Migration Champion countries"))
        .status(MeetingStatus.HELD)
        .addDates(on(PartialDate.parse("202X")))
        .description(en("Held from 28 to 30 November; the source does not give the year."))
        .place(Place.builder().locality(en("Accra")).country("GH").build())
        .scope(MeetingScope.GLOBAL)
        .addParticipations(
            Participation.builder()
                .group(en("Champion countries"))
                .addGroupKinds(ActorKind.STATE)
                .groupCount(
                    GroupCount.builder()
                        .count(new BigDecimal("28"))
                        .qualifier(FigureQualifier.EXACT)
                        .named(NamedMembers.NONE)
                        .build())
                .addRoles(ParticipantRole.PARTICIPANT)
                .status(PlanStatus.DONE)
                .addSources(CHAMPIONS_ACCRA)
                .build())
        .addSubjects(subject("gcm"))
        .addSources(CHAMPIONS_ACCRA)
        .build();
  }

  private static Meeting mayoralForum2018() {
    return Meeting.builder()
        .id(MAYORAL_FORUM_2018)
        .kind(MeetingKind.FORUM)
        .title(en("Mayoral Forum on Human Mobility, Migration and Development"))
        .status(MeetingStatus.HELD)
        .addDates(on(month(2018, 12)))
        .place(Place.builder().locality(en("Marrakech")).country("MA").build())
        .edition(new BigDecimal("5"))
        .scope(MeetingScope.GLOBAL)
        .addSubjects(subject("gcm"), subject("gcr"))
        .addSources(M4D_MAYORS_DECLARATION)
        .build();
  }

  private static Document compact() {
    return Document.builder()
        .id(GCM)
        .kind(DocumentKind.COMPACT)
        .title(en("Global Compact for Safe, Orderly and Regular Migration"))
        .addAliases(en("Marrakech Compact on Migration"))
        .status(DocumentStatus.ADOPTED)
        .date(day(2018, 12, 10))
        .place(Place.builder().locality(en("Marrakech")).country("MA").build())
        .meeting(MARRAKECH_CONFERENCE)
        // 164 States, not named one by one in the source.
        .addEndorsements(
            Endorsement.builder()
                .group(en("States"))
                .addGroupKinds(ActorKind.STATE)
                .groupCount(
                    GroupCount.builder()
                        .count(new BigDecimal("164"))
                        .qualifier(FigureQualifier.EXACT)
                        .named(NamedMembers.NONE)
                        .build())
                .role(EndorsementRole.ADOPTER)
                .status(PlanStatus.DONE)
                .date(day(2018, 12, 10))
                .addSources(JURIST)
                .build())
        .addDecisions(
            Decision.builder()
                .kind(DecisionKind.ADOPTION)
                .method(DecisionMethod.ACCLAMATION)
                .meeting(MARRAKECH_CONFERENCE)
                .date(day(2018, 12, 10))
                .addSources(JURIST)
                .build(),
            Decision.builder()
                .kind(DecisionKind.ENDORSEMENT)
                .method(DecisionMethod.RECORDED_VOTE)
                .body(UN_GENERAL_ASSEMBLY)
                .date(day(2018, 12, 19))
                .instrument(A_RES_73_195)
                .inFavour(new BigDecimal("152"))
                .against(new BigDecimal("5"))
                .abstaining(new BigDecimal("12"))
                .addSources(ANEWS)
                .build())
        .addSubjects(subject("gcm"))
        .addSources(JURIST, ANEWS)
        .build();
  }

  private static Document resolution73195() {
    return Document.builder()
        .id(A_RES_73_195)
        .kind(DocumentKind.RESOLUTION)
        .title(en("Resolution 73/195 of the General Assembly"))
        .symbol("A/RES/73/195")
        .status(DocumentStatus.ADOPTED)
        .date(day(2018, 12, 19))
        .addRelations(
            DocumentRelation.builder().kind(DocumentRelationKind.ENDORSES).target(GCM).build())
        .addSources(ANEWS, ARES)
        .build();
  }

  private static Document resolution73326() {
    return Document.builder()
        .id(A_RES_73_326)
        .kind(DocumentKind.RESOLUTION)
        .title(en("Format and organizational aspects of the international migration review forums"))
        .symbol("A/RES/73/326")
        .status(DocumentStatus.ADOPTED)
        .date(day(2019, 7, 19))
        .addRelations(
            DocumentRelation.builder()
                .kind(DocumentRelationKind.SETS_MODALITIES_OF)
                .target(GCM)
                .build())
        .addSources(UN_FORUM)
        .build();
  }

  private static Document progressDeclaration() {
    return Document.builder()
        .id(PROGRESS_DECLARATION)
        .kind(DocumentKind.PROGRESS_DECLARATION)
        .title(en("Progress Declaration of the International Migration Review Forum"))
        .status(DocumentStatus.ADOPTED)
        .meeting(IMRF_2022)
        .addDecisions(
            // Adopted at the Forum, on a day of it that the source does not give.
            Decision.builder()
                .kind(DecisionKind.ADOPTION)
                .method(DecisionMethod.CONSENSUS)
                .meeting(IMRF_2022)
                .date(PartialDate.parse("[2022-05-17..2022-05-20]"))
                .addSources(QUNO)
                .build(),
            Decision.builder()
                .kind(DecisionKind.ENDORSEMENT)
                .method(DecisionMethod.CONSENSUS)
                .body(UN_GENERAL_ASSEMBLY)
                .date(day(2022, 6, 7))
                .addSources(QUNO)
                .build())
        .addRelations(
            DocumentRelation.builder().kind(DocumentRelationKind.REVIEWS).target(GCM).build())
        .addSubjects(subject("gcm"))
        .addSources(QUNO)
        .build();
  }

  private static Meeting marrakech() {
    return Meeting.builder()
        .id(MARRAKECH_CONFERENCE)
        .kind(MeetingKind.CONFERENCE)
        .title(
            en(
                "Intergovernmental Conference to Adopt the Global Compact for Safe, Orderly and"
                    + " Regular Migration"))
        .status(MeetingStatus.HELD)
        .addDates(DateSpan.between(day(2018, 12, 10), day(2018, 12, 11)))
        .place(Place.builder().locality(en("Marrakech")).country("MA").build())
        .scope(MeetingScope.GLOBAL)
        .addParticipations(
            Participation.builder()
                .group(en("States"))
                .addGroupKinds(ActorKind.STATE)
                .addRoles(ParticipantRole.PARTICIPANT)
                .status(PlanStatus.DONE)
                .build())
        .addDocuments(
            MeetingDocument.builder().document(GCM).role(MeetingDocumentRole.DECIDED_AT).build())
        .addSubjects(subject("gcm"))
        .addSources(JURIST)
        .build();
  }

  private static Meeting imrf2022() {
    return Meeting.builder()
        .id(IMRF_2022)
        .kind(MeetingKind.FORUM)
        .title(en("International Migration Review Forum 2022"))
        .status(MeetingStatus.HELD)
        .addDates(DateSpan.between(day(2022, 5, 17), day(2022, 5, 20)))
        .place(Place.builder().locality(en("New York")).country("US").build())
        .edition(BigDecimal.ONE)
        .scope(MeetingScope.GLOBAL)
        .addDocuments(
            MeetingDocument.builder()
                .document(PROGRESS_DECLARATION)
                .role(MeetingDocumentRole.DECIDED_AT)
                .build())
        .addSubjects(subject("gcm"))
        .addSources(UN_DK, UN_FORUM)
        .build();
  }

  private static Meeting asiaPacificReview2021() {
    return Meeting.builder()
        .id(GCM_REVIEW_BANGKOK_2021)
        .kind(MeetingKind.REVIEW)
        .title(en("Asia-Pacific regional review of the Global Compact for Migration (ESCAP)"))
        .status(MeetingStatus.HELD)
        .addDates(DateSpan.between(day(2021, 3, 10), day(2021, 3, 12)))
        .place(Place.builder().locality(en("Bangkok")).country("TH").build())
        .scope(MeetingScope.REGIONAL)
        .region(UnRegion.ASIA_AND_PACIFIC)
        .addLinks(
            MeetingLink.builder().kind(MeetingLinkKind.PREPARES_FOR).target(IMRF_2022).build())
        // As planned a month before; whether it was done, the sources here do not say.
        .addParticipations(
            Participation.builder()
                .actor(TM)
                .addRoles(ParticipantRole.PARTICIPANT)
                .status(PlanStatus.PLANNED)
                .addSources(SRC_002)
                .build())
        .addSubjects(subject("gcm"))
        .addSources(ESCAP_CRP)
        .build();
  }

  private static Meeting imrf2026() {
    return Meeting.builder()
        .id(IMRF_2026)
        .kind(MeetingKind.FORUM)
        .title(en("International Migration Review Forum 2026"))
        .status(MeetingStatus.PLANNED)
        .addDates(on(year(2026)))
        .edition(new BigDecimal("2"))
        .scope(MeetingScope.GLOBAL)
        .addSchedule(
            ScheduleChange.builder()
                .addDates(on(year(2026)))
                .status(MeetingStatus.PLANNED)
                .source(REGIONAL_REVIEWS)
                .note(en("The forum meets every four years beginning in 2022 (GCM para 49)."))
                .build())
        .addSubjects(subject("gcm"))
        .addSources(REGIONAL_REVIEWS)
        .build();
  }
}
