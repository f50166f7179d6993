package org.gcmkit.examples;

import org.gcmkit.model.ActorId;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;

/**
 * Ids and small helpers shared by the seed datasets. The same id names the same record in every
 * seed, so that datasets built from different sources can be merged.
 */
final class Seeds {
  private Seeds() {}

  // Sources: one per seed file.
  static final SourceId SRC_000 = SourceId.of("src-000");
  static final SourceId SRC_001 = SourceId.of("src-001");
  static final SourceId SRC_002 = SourceId.of("src-002");
  static final SourceId SRC_003 = SourceId.of("src-003");
  static final SourceId SRC_004 = SourceId.of("src-004");

  // States.
  static final ActorId TM = ActorId.of("tm");
  static final ActorId KZ = ActorId.of("kz");

  // Government bodies.
  static final ActorId TM_STATE_MIGRATION_SERVICE = ActorId.of("tm-state-migration-service");
  static final ActorId TM_MFA = ActorId.of("tm-mfa");
  static final ActorId TM_GCM_WORKING_GROUP = ActorId.of("tm-gcm-working-group");
  static final ActorId KZ_MLSP = ActorId.of("kz-mlsp");
  static final ActorId KZ_COMMITTEE_ON_MIGRATION = ActorId.of("kz-mlsp-committee-on-migration");
  static final ActorId KZ_MLSP_WORKING_GROUP = ActorId.of("kz-mlsp-working-group");
  static final ActorId KZ_MFA = ActorId.of("kz-mfa");
  static final ActorId KZ_MIA = ActorId.of("kz-mia");
  static final ActorId KZ_MIGRATION_SERVICE_COMMITTEE =
      ActorId.of("kz-mia-migration-service-committee");

  // UN system, networks, local governments, media.
  static final ActorId UN = ActorId.of("un");
  static final ActorId UN_GENERAL_ASSEMBLY = ActorId.of("un-general-assembly");
  static final ActorId IOM = ActorId.of("iom");
  static final ActorId IOM_TURKMENISTAN = ActorId.of("iom-turkmenistan");
  static final ActorId UN_NETWORK_ON_MIGRATION = ActorId.of("un-network-on-migration");
  static final ActorId GTFM = ActorId.of("gtfm");
  static final ActorId UCLG = ActorId.of("uclg");
  static final ActorId UCLG_MEWA = ActorId.of("uclg-mewa");
  static final ActorId MMC = ActorId.of("mmc");
  static final ActorId MAYORS_MECHANISM = ActorId.of("mayors-mechanism");
  static final ActorId TREND = ActorId.of("trend");

  // Persons.
  static final PersonId BATYR_VOLSAHATOV = PersonId.of("batyr-volsahatov");
  static final PersonId KATHERINE_BARWISE = PersonId.of("katherine-barwise");
  static final PersonId MONAMI_MAULIK = PersonId.of("monami-maulik");
  static final PersonId KRISTIN_EITEL = PersonId.of("kristin-eitel");
  static final PersonId ZEYNAL_HAJIYEV = PersonId.of("zeynal-hajiyev");
  static final PersonId YEHIA_IBRAHIM = PersonId.of("yehia-ibrahim");
  static final PersonId RASHID_MEREDOV = PersonId.of("rashid-meredov");
  static final PersonId GURBANGULY_BERDYMUHAMEDOV = PersonId.of("gurbanguly-berdymuhamedov");
  static final PersonId WILLIAM_SWING = PersonId.of("william-swing");
  static final PersonId DIANA_CHARIYEVA = PersonId.of("diana-chariyeva");
  static final PersonId YERBOLAT_ABULKHATIN = PersonId.of("yerbolat-abulkhatin");

  // Meetings.
  static final MeetingId TM_PROJECT_LAUNCH_2023 = MeetingId.of("tm-gcm-project-launch-2023-03-17");
  static final MeetingId GCM_REGIONAL_REVIEW_2024 = MeetingId.of("gcm-regional-review-2024");
  static final MeetingId TM_IOM_YEARLY_MEETINGS = MeetingId.of("tm-iom-yearly-meetings");
  static final MeetingId TM_IOM_2013 = MeetingId.of("tm-iom-meeting-2013");
  static final MeetingId TM_IOM_2020_02 = MeetingId.of("tm-iom-meeting-2020-02");
  static final MeetingId TM_IOM_2021_02 = MeetingId.of("tm-iom-meeting-2021-02");
  static final MeetingId GCM_REVIEW_BANGKOK_2021 = MeetingId.of("gcm-review-bangkok-2021-03");
  static final MeetingId TM_WORKING_GROUP_2022_01_21 =
      MeetingId.of("tm-gcm-working-group-2022-01-21");
  static final MeetingId IMRF_2022 = MeetingId.of("imrf-2022");
  static final MeetingId IMRF_2022_ROUND_TABLES = MeetingId.of("imrf-2022-round-tables");
  static final MeetingId MIGRATION_WEEK_2022 = MeetingId.of("migration-week-2022");
  static final MeetingId KZ_WEBINAR_2022 = MeetingId.of("kz-gcm-review-webinar-2022-02");
  static final MeetingId KZ_DOCUMENTATION_MEETING =
      MeetingId.of("kz-migrant-documentation-meeting");

  // Documents.
  static final DocumentId MARRAKECH_DECLARATION = DocumentId.of("marrakech-declaration-2018");
  static final DocumentId GAZIANTEP_DECLARATION = DocumentId.of("gaziantep-declaration-2019");
  static final DocumentId LAMPEDUSA_CHARTER = DocumentId.of("lampedusa-charter-2022");
  static final DocumentId CALL_TO_ACTION = DocumentId.of("call-to-action-migrants-refugees");
  static final DocumentId TM_VNR_2021 = DocumentId.of("tm-voluntary-national-report-2021");
  static final DocumentId TM_CT_NAP_2016_2018 = DocumentId.of("tm-ct-nap-2016-2018");
  static final DocumentId TM_CT_NAP_2020_2022 = DocumentId.of("tm-ct-nap-2020-2022");
  static final DocumentId A_RES_73_326 = DocumentId.of("a-res-73-326");
  static final DocumentId KZ_VOLUNTARY_REVIEW_2022 =
      DocumentId.of("kz-voluntary-review-report-2022");

  // Projects.
  static final ProjectId CENTRAL_ASIA_GCM_PROJECT = ProjectId.of("iom-central-asia-gcm-project");
  static final ProjectId KZ_NATIONAL_PROJECT = ProjectId.of("iom-kz-policies-initiatives-project");

  // Figures.
  static final FigureId KZ_UNDOCUMENTED_REGISTERED =
      FigureId.of("kz-undocumented-persons-registered");
  static final FigureId KZ_UNDOCUMENTED_DOCUMENTED =
      FigureId.of("kz-undocumented-persons-documented");
  static final FigureId IOM_MEMBER_STATES = FigureId.of("iom-member-states");
  static final FigureId IOM_COUNTRIES_PRESENT = FigureId.of("iom-countries-present");

  static Text en(String value) {
    return Text.of("en", value);
  }

  static Text ar(String value) {
    return Text.of("ar", value);
  }

  static Text ru(String value) {
    return Text.of("ru", value);
  }

  /** Text of a bilingual source, Russian first as in seed 003. */
  static Text ruEn(String russian, String english) {
    return Text.of("ru", russian).with("en", english);
  }

  static PartialDate year(int year) {
    return PartialDate.ofYear(year);
  }

  static PartialDate month(int year, int month) {
    return PartialDate.ofMonth(year, month);
  }

  static PartialDate day(int year, int month, int day) {
    return PartialDate.ofDay(year, month, day);
  }

  static DateSpan on(PartialDate date) {
    return DateSpan.of(date);
  }

  static Subject subject(String code) {
    return Subject.parse(code);
  }
}
