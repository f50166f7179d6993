package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gcmkit.validation.constraints.ReferencesResolve;
import org.gcmkit.validation.constraints.UniqueIds;
import org.immutables.value.Value;

/**
 * A whole collection of records that refer to each other by id: sources, actors, persons,
 * documents, projects, meetings and figures.
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. Each list keeps the order its
 * records were added in, which is the order files are written in. Records refer to each other by
 * typed ids ({@link ActorId}, {@link MeetingId}...); {@link UniqueIds} and {@link
 * ReferencesResolve} check, when validated, that ids are unique per record type and that every
 * reference names a record of this dataset. The {@code findX} lookups return the first record with
 * the id.
 */
@Value.Immutable
@UniqueIds
@ReferencesResolve
public abstract class Dataset {
  Dataset() {}

  /** A title for the collection. */
  public abstract Optional<@Valid Text> getTitle();

  /** The sources the records were taken from. */
  public abstract List<@Valid Source> getSources();

  /** States, organisations, networks and groups. */
  public abstract List<@Valid Actor> getActors();

  /** Named persons. */
  public abstract List<@Valid Person> getPersons();

  /** Declarations, resolutions, plans, reviews and reports. */
  public abstract List<@Valid Document> getDocuments();

  /** Projects. */
  public abstract List<@Valid Project> getProjects();

  /** Meetings, events and series. */
  public abstract List<@Valid Meeting> getMeetings();

  /** Figures. */
  public abstract List<@Valid Figure> getFigures();

  /** The source with this id. */
  public Optional<Source> findSource(SourceId id) {
    return Optional.ofNullable(sourceIndex().get(id));
  }

  /** The actor with this id. */
  public Optional<Actor> findActor(ActorId id) {
    return Optional.ofNullable(actorIndex().get(id));
  }

  /** The person with this id. */
  public Optional<Person> findPerson(PersonId id) {
    return Optional.ofNullable(personIndex().get(id));
  }

  /** The document with this id. */
  public Optional<Document> findDocument(DocumentId id) {
    return Optional.ofNullable(documentIndex().get(id));
  }

  /** The project with this id. */
  public Optional<Project> findProject(ProjectId id) {
    return Optional.ofNullable(projectIndex().get(id));
  }

  /** The meeting with this id. */
  public Optional<Meeting> findMeeting(MeetingId id) {
    return Optional.ofNullable(meetingIndex().get(id));
  }

  /** The figure with this id. */
  public Optional<Figure> findFigure(FigureId id) {
    return Optional.ofNullable(figureIndex().get(id));
  }

  /** The number of records of all types. */
  public int size() {
    return getSources().size()
        + getActors().size()
        + getPersons().size()
        + getDocuments().size()
        + getProjects().size()
        + getMeetings().size()
        + getFigures().size();
  }

  /**
   * A copy without personal data: every person's contact points removed. Names and posts stay, as
   * they are published in the sources.
   */
  public Dataset withoutPersonalData() {
    return toBuilder()
        .persons(
            getPersons().stream()
                .map(p -> p.toBuilder().contacts(List.of()).build())
                .collect(Collectors.toList()))
        .build();
  }

  @Value.Lazy
  Map<SourceId, Source> sourceIndex() {
    return index(getSources(), Source::getId);
  }

  @Value.Lazy
  Map<ActorId, Actor> actorIndex() {
    return index(getActors(), Actor::getId);
  }

  @Value.Lazy
  Map<PersonId, Person> personIndex() {
    return index(getPersons(), Person::getId);
  }

  @Value.Lazy
  Map<DocumentId, Document> documentIndex() {
    return index(getDocuments(), Document::getId);
  }

  @Value.Lazy
  Map<ProjectId, Project> projectIndex() {
    return index(getProjects(), Project::getId);
  }

  @Value.Lazy
  Map<MeetingId, Meeting> meetingIndex() {
    return index(getMeetings(), Meeting::getId);
  }

  @Value.Lazy
  Map<FigureId, Figure> figureIndex() {
    return index(getFigures(), Figure::getId);
  }

  private static <K, V> Map<K, V> index(List<V> records, Function<V, K> id) {
    // First record wins on duplicates; UniqueIds reports them.
    return records.stream().collect(Collectors.toUnmodifiableMap(id, r -> r, (a, b) -> a));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this dataset's records, to derive a changed copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
