package org.gcmkit.model.meta;

import java.math.BigDecimal;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Claim;
import org.gcmkit.model.ContactPoint;
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
import org.gcmkit.model.ExternalId;
import org.gcmkit.model.Figure;
import org.gcmkit.model.FigureId;
import org.gcmkit.model.FigureQualifier;
import org.gcmkit.model.GroupCount;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingDocument;
import org.gcmkit.model.MeetingDocumentRole;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingLink;
import org.gcmkit.model.MeetingLinkKind;
import org.gcmkit.model.MeetingScope;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Membership;
import org.gcmkit.model.MembershipRole;
import org.gcmkit.model.NamedMembers;
import org.gcmkit.model.Outcome;
import org.gcmkit.model.OutcomeKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlanStatus;
import org.gcmkit.model.Pledge;
import org.gcmkit.model.PledgeForm;
import org.gcmkit.model.PledgeId;
import org.gcmkit.model.PledgeStatus;
import org.gcmkit.model.Post;
import org.gcmkit.model.Project;
import org.gcmkit.model.ProjectId;
import org.gcmkit.model.ScheduleChange;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Statement;
import org.gcmkit.model.StatementKind;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.model.UnRegion;
import org.gcmkit.model.VirtualLocation;

/**
 * The model's accessors by number (see {@link ModelAccess}). Generated from the model by
 * GeneratedAccessTest: do not edit; the build writes it again with -Dgcm.updateAccess=true.
 */
final class GeneratedAccess extends ModelAccess {
  @Override
  int count() {
    return 26;
  }

  @Override
  Class<?> type(int type) {
    return switch (type) {
      case 0 -> Dataset.class;
      case 1 -> Actor.class;
      case 2 -> Document.class;
      case 3 -> Figure.class;
      case 4 -> Meeting.class;
      case 5 -> Person.class;
      case 6 -> Pledge.class;
      case 7 -> Project.class;
      case 8 -> Source.class;
      case 9 -> ExternalId.class;
      case 10 -> Membership.class;
      case 11 -> Decision.class;
      case 12 -> Endorsement.class;
      case 13 -> Place.class;
      case 14 -> DocumentRelation.class;
      case 15 -> Claim.class;
      case 16 -> MeetingDocument.class;
      case 17 -> MeetingLink.class;
      case 18 -> Outcome.class;
      case 19 -> Participation.class;
      case 20 -> ScheduleChange.class;
      case 21 -> Statement.class;
      case 22 -> VirtualLocation.class;
      case 23 -> ContactPoint.class;
      case 24 -> Post.class;
      case 25 -> GroupCount.class;
      default -> throw unknown(type);
    };
  }

  @Override
  int fingerprint(int type) {
    return switch (type) {
      case 0 -> -1339831802;
      case 1 -> -1265471886;
      case 2 -> 586902232;
      case 3 -> 347263709;
      case 4 -> 183534774;
      case 5 -> 1889775981;
      case 6 -> -1704416681;
      case 7 -> 116342106;
      case 8 -> -1367440708;
      case 9 -> 1020414801;
      case 10 -> -1726748012;
      case 11 -> 818869222;
      case 12 -> -2009182729;
      case 13 -> -1853676617;
      case 14 -> -2021078039;
      case 15 -> -432531409;
      case 16 -> -2091138144;
      case 17 -> 2073339185;
      case 18 -> -1501810810;
      case 19 -> 536203960;
      case 20 -> 528931990;
      case 21 -> -327753022;
      case 22 -> 1433923766;
      case 23 -> -894399775;
      case 24 -> 1104853532;
      case 25 -> 1679204691;
      default -> throw unknown(type);
    };
  }

  @Override
  Object get(int type, int property, Object bean) {
    return switch (type) {
      case 0 -> getDataset(property, (Dataset) bean);
      case 1 -> getActor(property, (Actor) bean);
      case 2 -> getDocument(property, (Document) bean);
      case 3 -> getFigure(property, (Figure) bean);
      case 4 -> getMeeting(property, (Meeting) bean);
      case 5 -> getPerson(property, (Person) bean);
      case 6 -> getPledge(property, (Pledge) bean);
      case 7 -> getProject(property, (Project) bean);
      case 8 -> getSource(property, (Source) bean);
      case 9 -> getExternalId(property, (ExternalId) bean);
      case 10 -> getMembership(property, (Membership) bean);
      case 11 -> getDecision(property, (Decision) bean);
      case 12 -> getEndorsement(property, (Endorsement) bean);
      case 13 -> getPlace(property, (Place) bean);
      case 14 -> getDocumentRelation(property, (DocumentRelation) bean);
      case 15 -> getClaim(property, (Claim) bean);
      case 16 -> getMeetingDocument(property, (MeetingDocument) bean);
      case 17 -> getMeetingLink(property, (MeetingLink) bean);
      case 18 -> getOutcome(property, (Outcome) bean);
      case 19 -> getParticipation(property, (Participation) bean);
      case 20 -> getScheduleChange(property, (ScheduleChange) bean);
      case 21 -> getStatement(property, (Statement) bean);
      case 22 -> getVirtualLocation(property, (VirtualLocation) bean);
      case 23 -> getContactPoint(property, (ContactPoint) bean);
      case 24 -> getPost(property, (Post) bean);
      case 25 -> getGroupCount(property, (GroupCount) bean);
      default -> throw unknown(type);
    };
  }

  @Override
  void set(int type, int property, Object builder, Object value) {
    switch (type) {
      case 0 -> setDataset(property, (Dataset.Builder) builder, value);
      case 1 -> setActor(property, (Actor.Builder) builder, value);
      case 2 -> setDocument(property, (Document.Builder) builder, value);
      case 3 -> setFigure(property, (Figure.Builder) builder, value);
      case 4 -> setMeeting(property, (Meeting.Builder) builder, value);
      case 5 -> setPerson(property, (Person.Builder) builder, value);
      case 6 -> setPledge(property, (Pledge.Builder) builder, value);
      case 7 -> setProject(property, (Project.Builder) builder, value);
      case 8 -> setSource(property, (Source.Builder) builder, value);
      case 9 -> setExternalId(property, (ExternalId.Builder) builder, value);
      case 10 -> setMembership(property, (Membership.Builder) builder, value);
      case 11 -> setDecision(property, (Decision.Builder) builder, value);
      case 12 -> setEndorsement(property, (Endorsement.Builder) builder, value);
      case 13 -> setPlace(property, (Place.Builder) builder, value);
      case 14 -> setDocumentRelation(property, (DocumentRelation.Builder) builder, value);
      case 15 -> setClaim(property, (Claim.Builder) builder, value);
      case 16 -> setMeetingDocument(property, (MeetingDocument.Builder) builder, value);
      case 17 -> setMeetingLink(property, (MeetingLink.Builder) builder, value);
      case 18 -> setOutcome(property, (Outcome.Builder) builder, value);
      case 19 -> setParticipation(property, (Participation.Builder) builder, value);
      case 20 -> setScheduleChange(property, (ScheduleChange.Builder) builder, value);
      case 21 -> setStatement(property, (Statement.Builder) builder, value);
      case 22 -> setVirtualLocation(property, (VirtualLocation.Builder) builder, value);
      case 23 -> setContactPoint(property, (ContactPoint.Builder) builder, value);
      case 24 -> setPost(property, (Post.Builder) builder, value);
      case 25 -> setGroupCount(property, (GroupCount.Builder) builder, value);
      default -> throw unknown(type);
    }
  }

  @Override
  Object newBuilder(int type) {
    return switch (type) {
      case 0 -> Dataset.builder();
      case 1 -> Actor.builder();
      case 2 -> Document.builder();
      case 3 -> Figure.builder();
      case 4 -> Meeting.builder();
      case 5 -> Person.builder();
      case 6 -> Pledge.builder();
      case 7 -> Project.builder();
      case 8 -> Source.builder();
      case 9 -> ExternalId.builder();
      case 10 -> Membership.builder();
      case 11 -> Decision.builder();
      case 12 -> Endorsement.builder();
      case 13 -> Place.builder();
      case 14 -> DocumentRelation.builder();
      case 15 -> Claim.builder();
      case 16 -> MeetingDocument.builder();
      case 17 -> MeetingLink.builder();
      case 18 -> Outcome.builder();
      case 19 -> Participation.builder();
      case 20 -> ScheduleChange.builder();
      case 21 -> Statement.builder();
      case 22 -> VirtualLocation.builder();
      case 23 -> ContactPoint.builder();
      case 24 -> Post.builder();
      case 25 -> GroupCount.builder();
      default -> throw unknown(type);
    };
  }

  @Override
  Object build(int type, Object builder) {
    return switch (type) {
      case 0 -> ((Dataset.Builder) builder).build();
      case 1 -> ((Actor.Builder) builder).build();
      case 2 -> ((Document.Builder) builder).build();
      case 3 -> ((Figure.Builder) builder).build();
      case 4 -> ((Meeting.Builder) builder).build();
      case 5 -> ((Person.Builder) builder).build();
      case 6 -> ((Pledge.Builder) builder).build();
      case 7 -> ((Project.Builder) builder).build();
      case 8 -> ((Source.Builder) builder).build();
      case 9 -> ((ExternalId.Builder) builder).build();
      case 10 -> ((Membership.Builder) builder).build();
      case 11 -> ((Decision.Builder) builder).build();
      case 12 -> ((Endorsement.Builder) builder).build();
      case 13 -> ((Place.Builder) builder).build();
      case 14 -> ((DocumentRelation.Builder) builder).build();
      case 15 -> ((Claim.Builder) builder).build();
      case 16 -> ((MeetingDocument.Builder) builder).build();
      case 17 -> ((MeetingLink.Builder) builder).build();
      case 18 -> ((Outcome.Builder) builder).build();
      case 19 -> ((Participation.Builder) builder).build();
      case 20 -> ((ScheduleChange.Builder) builder).build();
      case 21 -> ((Statement.Builder) builder).build();
      case 22 -> ((VirtualLocation.Builder) builder).build();
      case 23 -> ((ContactPoint.Builder) builder).build();
      case 24 -> ((Post.Builder) builder).build();
      case 25 -> ((GroupCount.Builder) builder).build();
      default -> throw unknown(type);
    };
  }

  @Override
  int idCount() {
    return 8;
  }

  @Override
  Class<?> idType(int id) {
    return switch (id) {
      case 0 -> ActorId.class;
      case 1 -> SourceId.class;
      case 2 -> DocumentId.class;
      case 3 -> MeetingId.class;
      case 4 -> FigureId.class;
      case 5 -> ProjectId.class;
      case 6 -> PersonId.class;
      case 7 -> PledgeId.class;
      default -> throw unknown(id);
    };
  }

  @Override
  Object newId(int id, String text) {
    return switch (id) {
      case 0 -> ActorId.of(text);
      case 1 -> SourceId.of(text);
      case 2 -> DocumentId.of(text);
      case 3 -> MeetingId.of(text);
      case 4 -> FigureId.of(text);
      case 5 -> ProjectId.of(text);
      case 6 -> PersonId.of(text);
      case 7 -> PledgeId.of(text);
      default -> throw unknown(id);
    };
  }

  private static Object getDataset(int property, Dataset bean) {
    return switch (property) {
      case 0 -> bean.getActors();
      case 1 -> bean.getDocuments();
      case 2 -> bean.getFigures();
      case 3 -> bean.getMeetings();
      case 4 -> bean.getPersons();
      case 5 -> bean.getPledges();
      case 6 -> bean.getProjects();
      case 7 -> bean.getSources();
      case 8 -> bean.getTitle();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setDataset(int property, Dataset.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.addAllActors((Iterable<Actor>) value);
      case 1 -> builder.addAllDocuments((Iterable<Document>) value);
      case 2 -> builder.addAllFigures((Iterable<Figure>) value);
      case 3 -> builder.addAllMeetings((Iterable<Meeting>) value);
      case 4 -> builder.addAllPersons((Iterable<Person>) value);
      case 5 -> builder.addAllPledges((Iterable<Pledge>) value);
      case 6 -> builder.addAllProjects((Iterable<Project>) value);
      case 7 -> builder.addAllSources((Iterable<Source>) value);
      case 8 -> builder.title((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getActor(int property, Actor bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getAliases();
      case 2 -> bean.getCountry();
      case 3 -> bean.getDescription();
      case 4 -> bean.getFounded();
      case 5 -> bean.getIdentifiers();
      case 6 -> bean.getKind();
      case 7 -> bean.getMembers();
      case 8 -> bean.getName();
      case 9 -> bean.getParent();
      case 10 -> bean.getSources();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setActor(int property, Actor.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((ActorId) value);
      case 1 -> builder.addAllAliases((Iterable<Text>) value);
      case 2 -> builder.country((String) value);
      case 3 -> builder.description((Text) value);
      case 4 -> builder.founded((PartialDate) value);
      case 5 -> builder.addAllIdentifiers((Iterable<ExternalId>) value);
      case 6 -> builder.kind((ActorKind) value);
      case 7 -> builder.addAllMembers((Iterable<Membership>) value);
      case 8 -> builder.name((Text) value);
      case 9 -> builder.parent((ActorId) value);
      case 10 -> builder.addAllSources((Iterable<SourceId>) value);
      default -> throw unknown(property);
    }
  }

  private static Object getDocument(int property, Document bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getAliases();
      case 2 -> bean.getCountry();
      case 3 -> bean.getDate();
      case 4 -> bean.getDecisions();
      case 5 -> bean.getDescription();
      case 6 -> bean.getEndorsements();
      case 7 -> bean.getKind();
      case 8 -> bean.getMeeting();
      case 9 -> bean.getPeriod();
      case 10 -> bean.getPlace();
      case 11 -> bean.getRelations();
      case 12 -> bean.getSources();
      case 13 -> bean.getStatus();
      case 14 -> bean.getSubjects();
      case 15 -> bean.getSubtitle();
      case 16 -> bean.getSymbol();
      case 17 -> bean.getTitle();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setDocument(int property, Document.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((DocumentId) value);
      case 1 -> builder.addAllAliases((Iterable<Text>) value);
      case 2 -> builder.country((String) value);
      case 3 -> builder.date((PartialDate) value);
      case 4 -> builder.addAllDecisions((Iterable<Decision>) value);
      case 5 -> builder.description((Text) value);
      case 6 -> builder.addAllEndorsements((Iterable<Endorsement>) value);
      case 7 -> builder.kind((DocumentKind) value);
      case 8 -> builder.meeting((MeetingId) value);
      case 9 -> builder.period((DateSpan) value);
      case 10 -> builder.place((Place) value);
      case 11 -> builder.addAllRelations((Iterable<DocumentRelation>) value);
      case 12 -> builder.addAllSources((Iterable<SourceId>) value);
      case 13 -> builder.status((DocumentStatus) value);
      case 14 -> builder.addAllSubjects((Iterable<Subject>) value);
      case 15 -> builder.subtitle((Text) value);
      case 16 -> builder.symbol((String) value);
      case 17 -> builder.title((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getFigure(int property, Figure bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getActor();
      case 2 -> bean.getCountry();
      case 3 -> bean.getDocument();
      case 4 -> bean.getMeasure();
      case 5 -> bean.getMeeting();
      case 6 -> bean.getPartOf();
      case 7 -> bean.getPeriod();
      case 8 -> bean.getProject();
      case 9 -> bean.getQualifier();
      case 10 -> bean.getReportedBy();
      case 11 -> bean.getSources();
      case 12 -> bean.getSubjects();
      case 13 -> bean.getUnit();
      case 14 -> bean.getValue();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setFigure(int property, Figure.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((FigureId) value);
      case 1 -> builder.actor((ActorId) value);
      case 2 -> builder.country((String) value);
      case 3 -> builder.document((DocumentId) value);
      case 4 -> builder.measure((Text) value);
      case 5 -> builder.meeting((MeetingId) value);
      case 6 -> builder.partOf((FigureId) value);
      case 7 -> builder.period((DateSpan) value);
      case 8 -> builder.project((ProjectId) value);
      case 9 -> builder.qualifier((FigureQualifier) value);
      case 10 -> builder.reportedBy((ActorId) value);
      case 11 -> builder.addAllSources((Iterable<SourceId>) value);
      case 12 -> builder.addAllSubjects((Iterable<Subject>) value);
      case 13 -> builder.unit((Text) value);
      case 14 -> builder.value((BigDecimal) value);
      default -> throw unknown(property);
    }
  }

  private static Object getMeeting(int property, Meeting bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getClaims();
      case 2 -> bean.getDates();
      case 3 -> bean.getDescription();
      case 4 -> bean.getDocuments();
      case 5 -> bean.getEdition();
      case 6 -> bean.getFormat();
      case 7 -> bean.getKind();
      case 8 -> bean.getLinks();
      case 9 -> bean.getOutcomes();
      case 10 -> bean.getPartOf();
      case 11 -> bean.getParticipations();
      case 12 -> bean.getPlace();
      case 13 -> bean.getProject();
      case 14 -> bean.getRegion();
      case 15 -> bean.getSchedule();
      case 16 -> bean.getScope();
      case 17 -> bean.getSources();
      case 18 -> bean.getStatements();
      case 19 -> bean.getStatus();
      case 20 -> bean.getSubjects();
      case 21 -> bean.getTitle();
      case 22 -> bean.getTopics();
      case 23 -> bean.getVirtualLocation();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setMeeting(int property, Meeting.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((MeetingId) value);
      case 1 -> builder.addAllClaims((Iterable<Claim>) value);
      case 2 -> builder.addAllDates((Iterable<DateSpan>) value);
      case 3 -> builder.description((Text) value);
      case 4 -> builder.addAllDocuments((Iterable<MeetingDocument>) value);
      case 5 -> builder.edition((BigDecimal) value);
      case 6 -> builder.format((MeetingFormat) value);
      case 7 -> builder.kind((MeetingKind) value);
      case 8 -> builder.addAllLinks((Iterable<MeetingLink>) value);
      case 9 -> builder.addAllOutcomes((Iterable<Outcome>) value);
      case 10 -> builder.partOf((MeetingId) value);
      case 11 -> builder.addAllParticipations((Iterable<Participation>) value);
      case 12 -> builder.place((Place) value);
      case 13 -> builder.project((ProjectId) value);
      case 14 -> builder.region((UnRegion) value);
      case 15 -> builder.addAllSchedule((Iterable<ScheduleChange>) value);
      case 16 -> builder.scope((MeetingScope) value);
      case 17 -> builder.addAllSources((Iterable<SourceId>) value);
      case 18 -> builder.addAllStatements((Iterable<Statement>) value);
      case 19 -> builder.status((MeetingStatus) value);
      case 20 -> builder.addAllSubjects((Iterable<Subject>) value);
      case 21 -> builder.title((Text) value);
      case 22 -> builder.addAllTopics((Iterable<Text>) value);
      case 23 -> builder.virtualLocation((VirtualLocation) value);
      default -> throw unknown(property);
    }
  }

  private static Object getPerson(int property, Person bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getAliases();
      case 2 -> bean.getContacts();
      case 3 -> bean.getName();
      case 4 -> bean.getPosts();
      case 5 -> bean.getSources();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setPerson(int property, Person.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((PersonId) value);
      case 1 -> builder.addAllAliases((Iterable<Text>) value);
      case 2 -> builder.addAllContacts((Iterable<ContactPoint>) value);
      case 3 -> builder.name((Text) value);
      case 4 -> builder.addAllPosts((Iterable<Post>) value);
      case 5 -> builder.addAllSources((Iterable<SourceId>) value);
      default -> throw unknown(property);
    }
  }

  private static Object getPledge(int property, Pledge bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getDate();
      case 2 -> bean.getForms();
      case 3 -> bean.getMatches();
      case 4 -> bean.getMeeting();
      case 5 -> bean.getPartners();
      case 6 -> bean.getPeriod();
      case 7 -> bean.getPledgers();
      case 8 -> bean.getSources();
      case 9 -> bean.getStatus();
      case 10 -> bean.getSubjects();
      case 11 -> bean.getText();
      case 12 -> bean.getTitle();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setPledge(int property, Pledge.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((PledgeId) value);
      case 1 -> builder.date((PartialDate) value);
      case 2 -> builder.addAllForms((Iterable<PledgeForm>) value);
      case 3 -> builder.matches((PledgeId) value);
      case 4 -> builder.meeting((MeetingId) value);
      case 5 -> builder.addAllPartners((Iterable<ActorId>) value);
      case 6 -> builder.period((DateSpan) value);
      case 7 -> builder.addAllPledgers((Iterable<ActorId>) value);
      case 8 -> builder.addAllSources((Iterable<SourceId>) value);
      case 9 -> builder.status((PledgeStatus) value);
      case 10 -> builder.addAllSubjects((Iterable<Subject>) value);
      case 11 -> builder.text((Text) value);
      case 12 -> builder.title((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getProject(int property, Project bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getCountries();
      case 2 -> bean.getDescription();
      case 3 -> bean.getFunders();
      case 4 -> bean.getImplementers();
      case 5 -> bean.getLaunched();
      case 6 -> bean.getPartners();
      case 7 -> bean.getPeriod();
      case 8 -> bean.getSources();
      case 9 -> bean.getSubjects();
      case 10 -> bean.getTitle();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setProject(int property, Project.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((ProjectId) value);
      case 1 -> builder.addAllCountries((Iterable<String>) value);
      case 2 -> builder.description((Text) value);
      case 3 -> builder.addAllFunders((Iterable<ActorId>) value);
      case 4 -> builder.addAllImplementers((Iterable<ActorId>) value);
      case 5 -> builder.launched((PartialDate) value);
      case 6 -> builder.addAllPartners((Iterable<ActorId>) value);
      case 7 -> builder.period((DateSpan) value);
      case 8 -> builder.addAllSources((Iterable<SourceId>) value);
      case 9 -> builder.addAllSubjects((Iterable<Subject>) value);
      case 10 -> builder.title((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getSource(int property, Source bean) {
    return switch (property) {
      case 0 -> bean.getId();
      case 1 -> bean.getAttribution();
      case 2 -> bean.getContacts();
      case 3 -> bean.getDate();
      case 4 -> bean.getDateline();
      case 5 -> bean.getDocument();
      case 6 -> bean.getFile();
      case 7 -> bean.getKind();
      case 8 -> bean.getLanguages();
      case 9 -> bean.getPublisher();
      case 10 -> bean.getTitle();
      case 11 -> bean.getTranslationOf();
      case 12 -> bean.getUrl();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setSource(int property, Source.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.id((SourceId) value);
      case 1 -> builder.attribution((Text) value);
      case 2 -> builder.addAllContacts((Iterable<PersonId>) value);
      case 3 -> builder.date((PartialDate) value);
      case 4 -> builder.dateline((Text) value);
      case 5 -> builder.document((DocumentId) value);
      case 6 -> builder.file((String) value);
      case 7 -> builder.kind((SourceKind) value);
      case 8 -> builder.addAllLanguages((Iterable<String>) value);
      case 9 -> builder.publisher((ActorId) value);
      case 10 -> builder.title((Text) value);
      case 11 -> builder.translationOf((SourceId) value);
      case 12 -> builder.url((String) value);
      default -> throw unknown(property);
    }
  }

  private static Object getExternalId(int property, ExternalId bean) {
    return switch (property) {
      case 0 -> bean.getScheme();
      case 1 -> bean.getValue();
      default -> throw unknown(property);
    };
  }

  private static void setExternalId(int property, ExternalId.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.scheme((String) value);
      case 1 -> builder.value((String) value);
      default -> throw unknown(property);
    }
  }

  private static Object getMembership(int property, Membership bean) {
    return switch (property) {
      case 0 -> bean.getEnd();
      case 1 -> bean.getMember();
      case 2 -> bean.getRole();
      case 3 -> bean.getSources();
      case 4 -> bean.getStart();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setMembership(int property, Membership.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.end((PartialDate) value);
      case 1 -> builder.member((ActorId) value);
      case 2 -> builder.role((MembershipRole) value);
      case 3 -> builder.addAllSources((Iterable<SourceId>) value);
      case 4 -> builder.start((PartialDate) value);
      default -> throw unknown(property);
    }
  }

  private static Object getDecision(int property, Decision bean) {
    return switch (property) {
      case 0 -> bean.getAbstaining();
      case 1 -> bean.getAgainst();
      case 2 -> bean.getBody();
      case 3 -> bean.getDate();
      case 4 -> bean.getInFavour();
      case 5 -> bean.getInstrument();
      case 6 -> bean.getKind();
      case 7 -> bean.getMeeting();
      case 8 -> bean.getMethod();
      case 9 -> bean.getNotVoting();
      case 10 -> bean.getSources();
      case 11 -> bean.getTotal();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setDecision(int property, Decision.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.abstaining((BigDecimal) value);
      case 1 -> builder.against((BigDecimal) value);
      case 2 -> builder.body((ActorId) value);
      case 3 -> builder.date((PartialDate) value);
      case 4 -> builder.inFavour((BigDecimal) value);
      case 5 -> builder.instrument((DocumentId) value);
      case 6 -> builder.kind((DecisionKind) value);
      case 7 -> builder.meeting((MeetingId) value);
      case 8 -> builder.method((DecisionMethod) value);
      case 9 -> builder.notVoting((BigDecimal) value);
      case 10 -> builder.addAllSources((Iterable<SourceId>) value);
      case 11 -> builder.total((BigDecimal) value);
      default -> throw unknown(property);
    }
  }

  private static Object getEndorsement(int property, Endorsement bean) {
    return switch (property) {
      case 0 -> bean.getActor();
      case 1 -> bean.getDate();
      case 2 -> bean.getGroup();
      case 3 -> bean.getGroupCount();
      case 4 -> bean.getGroupKinds();
      case 5 -> bean.getRole();
      case 6 -> bean.getSources();
      case 7 -> bean.getStatus();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setEndorsement(int property, Endorsement.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.actor((ActorId) value);
      case 1 -> builder.date((PartialDate) value);
      case 2 -> builder.group((Text) value);
      case 3 -> builder.groupCount((GroupCount) value);
      case 4 -> builder.addAllGroupKinds((Iterable<ActorKind>) value);
      case 5 -> builder.role((EndorsementRole) value);
      case 6 -> builder.addAllSources((Iterable<SourceId>) value);
      case 7 -> builder.status((PlanStatus) value);
      default -> throw unknown(property);
    }
  }

  private static Object getPlace(int property, Place bean) {
    return switch (property) {
      case 0 -> bean.getCountry();
      case 1 -> bean.getLocality();
      case 2 -> bean.getName();
      default -> throw unknown(property);
    };
  }

  private static void setPlace(int property, Place.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.country((String) value);
      case 1 -> builder.locality((Text) value);
      case 2 -> builder.name((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getDocumentRelation(int property, DocumentRelation bean) {
    return switch (property) {
      case 0 -> bean.getKind();
      case 1 -> bean.getTarget();
      default -> throw unknown(property);
    };
  }

  private static void setDocumentRelation(
      int property, DocumentRelation.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.kind((DocumentRelationKind) value);
      case 1 -> builder.target((DocumentId) value);
      default -> throw unknown(property);
    }
  }

  private static Object getClaim(int property, Claim bean) {
    return switch (property) {
      case 0 -> bean.getNote();
      case 1 -> bean.getProperty();
      case 2 -> bean.getSource();
      case 3 -> bean.getValue();
      default -> throw unknown(property);
    };
  }

  private static void setClaim(int property, Claim.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.note((Text) value);
      case 1 -> builder.property((String) value);
      case 2 -> builder.source((SourceId) value);
      case 3 -> builder.value((String) value);
      default -> throw unknown(property);
    }
  }

  private static Object getMeetingDocument(int property, MeetingDocument bean) {
    return switch (property) {
      case 0 -> bean.getDocument();
      case 1 -> bean.getRole();
      default -> throw unknown(property);
    };
  }

  private static void setMeetingDocument(
      int property, MeetingDocument.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.document((DocumentId) value);
      case 1 -> builder.role((MeetingDocumentRole) value);
      default -> throw unknown(property);
    }
  }

  private static Object getMeetingLink(int property, MeetingLink bean) {
    return switch (property) {
      case 0 -> bean.getKind();
      case 1 -> bean.getTarget();
      default -> throw unknown(property);
    };
  }

  private static void setMeetingLink(int property, MeetingLink.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.kind((MeetingLinkKind) value);
      case 1 -> builder.target((MeetingId) value);
      default -> throw unknown(property);
    }
  }

  private static Object getOutcome(int property, Outcome bean) {
    return switch (property) {
      case 0 -> bean.getDescription();
      case 1 -> bean.getDocument();
      case 2 -> bean.getKind();
      case 3 -> bean.getMeeting();
      case 4 -> bean.getProject();
      case 5 -> bean.getSubjects();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setOutcome(int property, Outcome.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.description((Text) value);
      case 1 -> builder.document((DocumentId) value);
      case 2 -> builder.kind((OutcomeKind) value);
      case 3 -> builder.meeting((MeetingId) value);
      case 4 -> builder.project((ProjectId) value);
      case 5 -> builder.addAllSubjects((Iterable<Subject>) value);
      default -> throw unknown(property);
    }
  }

  private static Object getParticipation(int property, Participation bean) {
    return switch (property) {
      case 0 -> bean.getActor();
      case 1 -> bean.getAttendance();
      case 2 -> bean.getCapacity();
      case 3 -> bean.getGroup();
      case 4 -> bean.getGroupCount();
      case 5 -> bean.getGroupKinds();
      case 6 -> bean.getOnBehalfOf();
      case 7 -> bean.getOnBehalfOfDescription();
      case 8 -> bean.getPerson();
      case 9 -> bean.getRoles();
      case 10 -> bean.getSources();
      case 11 -> bean.getStatus();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setParticipation(int property, Participation.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.actor((ActorId) value);
      case 1 -> builder.attendance((AttendanceMode) value);
      case 2 -> builder.capacity((Text) value);
      case 3 -> builder.group((Text) value);
      case 4 -> builder.groupCount((GroupCount) value);
      case 5 -> builder.addAllGroupKinds((Iterable<ActorKind>) value);
      case 6 -> builder.onBehalfOf((ActorId) value);
      case 7 -> builder.onBehalfOfDescription((Text) value);
      case 8 -> builder.person((PersonId) value);
      case 9 -> builder.addAllRoles((Iterable<ParticipantRole>) value);
      case 10 -> builder.addAllSources((Iterable<SourceId>) value);
      case 11 -> builder.status((PlanStatus) value);
      default -> throw unknown(property);
    }
  }

  private static Object getScheduleChange(int property, ScheduleChange bean) {
    return switch (property) {
      case 0 -> bean.getAnnounced();
      case 1 -> bean.getDates();
      case 2 -> bean.getNote();
      case 3 -> bean.getSource();
      case 4 -> bean.getStatus();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setScheduleChange(
      int property, ScheduleChange.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.announced((PartialDate) value);
      case 1 -> builder.addAllDates((Iterable<DateSpan>) value);
      case 2 -> builder.note((Text) value);
      case 3 -> builder.source((SourceId) value);
      case 4 -> builder.status((MeetingStatus) value);
      default -> throw unknown(property);
    }
  }

  private static Object getStatement(int property, Statement bean) {
    return switch (property) {
      case 0 -> bean.getActor();
      case 1 -> bean.getKind();
      case 2 -> bean.getPerson();
      case 3 -> bean.getSubjects();
      case 4 -> bean.getText();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setStatement(int property, Statement.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.actor((ActorId) value);
      case 1 -> builder.kind((StatementKind) value);
      case 2 -> builder.person((PersonId) value);
      case 3 -> builder.addAllSubjects((Iterable<Subject>) value);
      case 4 -> builder.text((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getVirtualLocation(int property, VirtualLocation bean) {
    return switch (property) {
      case 0 -> bean.getDescription();
      case 1 -> bean.getUrl();
      default -> throw unknown(property);
    };
  }

  private static void setVirtualLocation(
      int property, VirtualLocation.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.description((Text) value);
      case 1 -> builder.url((String) value);
      default -> throw unknown(property);
    }
  }

  private static Object getContactPoint(int property, ContactPoint bean) {
    return switch (property) {
      case 0 -> bean.getEmail();
      case 1 -> bean.getPhone();
      case 2 -> bean.getSources();
      case 3 -> bean.getUrl();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setContactPoint(int property, ContactPoint.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.email((String) value);
      case 1 -> builder.phone((String) value);
      case 2 -> builder.addAllSources((Iterable<SourceId>) value);
      case 3 -> builder.url((String) value);
      default -> throw unknown(property);
    }
  }

  private static Object getPost(int property, Post bean) {
    return switch (property) {
      case 0 -> bean.getCountries();
      case 1 -> bean.getEnd();
      case 2 -> bean.getObservedOn();
      case 3 -> bean.getOrganisation();
      case 4 -> bean.getSources();
      case 5 -> bean.getStart();
      case 6 -> bean.getTitle();
      default -> throw unknown(property);
    };
  }

  @SuppressWarnings("unchecked") // a list property is set from a list
  private static void setPost(int property, Post.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.addAllCountries((Iterable<String>) value);
      case 1 -> builder.end((PartialDate) value);
      case 2 -> builder.addAllObservedOn((Iterable<PartialDate>) value);
      case 3 -> builder.organisation((ActorId) value);
      case 4 -> builder.addAllSources((Iterable<SourceId>) value);
      case 5 -> builder.start((PartialDate) value);
      case 6 -> builder.title((Text) value);
      default -> throw unknown(property);
    }
  }

  private static Object getGroupCount(int property, GroupCount bean) {
    return switch (property) {
      case 0 -> bean.getCount();
      case 1 -> bean.getCountries();
      case 2 -> bean.getNamed();
      case 3 -> bean.getQualifier();
      default -> throw unknown(property);
    };
  }

  private static void setGroupCount(int property, GroupCount.Builder builder, Object value) {
    switch (property) {
      case 0 -> builder.count((BigDecimal) value);
      case 1 -> builder.countries((BigDecimal) value);
      case 2 -> builder.named((NamedMembers) value);
      case 3 -> builder.qualifier((FigureQualifier) value);
      default -> throw unknown(property);
    }
  }

  private static IllegalArgumentException unknown(int number) {
    return new IllegalArgumentException("no number " + number);
  }
}
