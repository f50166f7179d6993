package org.gcmkit.validation;

import java.math.BigDecimal;
import java.util.List;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Pledge;
import org.gcmkit.model.PledgeId;
import org.gcmkit.model.Project;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Text;

/**
 * Minimal valid records, one of each type, that refer to each other; tests break one rule at a
 * time.
 */
final class Fixtures {
  static final SourceId S1 = SourceId.of("s1");
  static final ActorId A1 = ActorId.of("a1");
  static final PersonId P1 = PersonId.of("p1");
  static final DocumentId D1 = DocumentId.of("d1");
  static final ProjectId PR1 = ProjectId.of("pr1");
  static final MeetingId M1 = MeetingId.of("m1");
  static final FigureId F1 = FigureId.of("f1");
  static final PledgeId PL1 = PledgeId.of("pl1");

  private Fixtures() {}

  static Source.Builder source() {
    return Source.builder().id(S1).kind(SourceKind.WEB_PAGE).addLanguages("en");
  }

  static Actor.Builder actor() {
    return Actor.builder().id(A1).kind(ActorKind.UN_ENTITY).name(Text.en("IOM"));
  }

  static Person.Builder person() {
    return Person.builder().id(P1).name(Text.en("Jane Doe"));
  }

  static Document.Builder document() {
    return Document.builder().id(D1).kind(DocumentKind.DECLARATION).title(Text.en("Declaration"));
  }

  static Project.Builder project() {
    return Project.builder().id(PR1).title(Text.en("Project"));
  }

  static Participation.Builder participation() {
    return Participation.builder().actor(A1).addRoles(ParticipantRole.HOST);
  }

  static Meeting.Builder meeting() {
    return Meeting.builder()
        .id(M1)
        .kind(MeetingKind.MEETING)
        .title(Text.en("Launch"))
        .status(MeetingStatus.PLANNED)
        .addParticipations(participation().build());
  }

  static Figure.Builder figure() {
    return Figure.builder()
        .id(F1)
        .value(BigDecimal.TEN)
        .unit(Text.en("persons"))
        .measure(Text.en("migrants assisted"));
  }

  static Pledge.Builder pledge() {
    return Pledge.builder().id(PL1).title(Text.en("Pledge")).addPledgers(A1);
  }

  /** A dataset with one valid record of each type, all references resolved. */
  static Dataset valid() {
    return Dataset.builder()
        .addSources(source().build())
        .addActors(actor().build())
        .addPersons(person().build())
        .addDocuments(document().build())
        .addProjects(project().build())
        .addMeetings(meeting().build())
        .addFigures(figure().build())
        .addPledges(pledge().build())
        .build();
  }

  static Dataset with(Source.Builder b) {
    return valid().toBuilder().sources(List.of(b.build())).build();
  }

  static Dataset with(Actor.Builder b) {
    return valid().toBuilder().actors(List.of(b.build())).build();
  }

  static Dataset with(Person.Builder b) {
    return valid().toBuilder().persons(List.of(b.build())).build();
  }

  static Dataset with(Document.Builder b) {
    return valid().toBuilder().documents(List.of(b.build())).build();
  }

  static Dataset with(Project.Builder b) {
    return valid().toBuilder().projects(List.of(b.build())).build();
  }

  static Dataset with(Meeting.Builder b) {
    return valid().toBuilder().meetings(List.of(b.build())).build();
  }

  static Dataset with(Figure.Builder b) {
    return valid().toBuilder().figures(List.of(b.build())).build();
  }

  static Dataset with(Pledge.Builder b) {
    return valid().toBuilder().pledges(List.of(b.build())).build();
  }
}
