package org.gcmkit.examples.recipes;

import org.gcmkit.codes.GcmObjective;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.model.VirtualLocation;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/** Recipe: build a meeting in code, put it in a dataset with its actors, and validate it. */
public final class BuildMeetingInCode {
  private BuildMeetingInCode() {}

  /** Builds the two-day webinar of seed 004 in brief and prints its validation report. */
  public static void main(String[] args) {
    // snippet:build-meeting
    ActorId iom = ActorId.of("iom");
    Meeting webinar =
        Meeting.builder()
            .id(MeetingId.of("kz-gcm-review-webinar-2022"))
            .kind(MeetingKind.WEBINAR)
            .status(MeetingStatus.HELD)
            .format(MeetingFormat.ONLINE)
            .title(Text.en("Webinar on the review of the implementation of the GCM in Kazakhstan"))
            .addDates(DateSpan.of(PartialDate.ofDay(2022, 2, 11)))
            .addDates(DateSpan.of(PartialDate.ofDay(2022, 2, 15)))
            .virtualLocation(VirtualLocation.builder().description(Text.en("online")).build())
            .addParticipations(
                Participation.builder()
                    .actor(iom)
                    .addRoles(ParticipantRole.ORGANISER)
                    .attendance(AttendanceMode.ONLINE)
                    .build())
            .addSubjects(Subject.of(GcmObjective.O4))
            .build();
    Dataset dataset =
        Dataset.builder()
            .addActors(
                Actor.builder()
                    .id(iom)
                    .kind(ActorKind.UN_ENTITY)
                    .name(Text.en("International Organization for Migration"))
                    .addAliases(Text.en("IOM"))
                    .build())
            .addMeetings(webinar)
            .build();
    ValidationReport report = GcmValidator.create().validate(dataset);
    // end snippet
    System.out.println(report.toText());
  }
}
