package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    return find(id, Source.class);
  }

  /** The actor with this id. */
  public Optional<Actor> findActor(ActorId id) {
    return find(id, Actor.class);
  }

  /** The person with this id. */
  public Optional<Person> findPerson(PersonId id) {
    return find(id, Person.class);
  }

  /** The document with this id. */
  public Optional<Document> findDocument(DocumentId id) {
    return find(id, Document.class);
  }

  /** The project with this id. */
  public Optional<Project> findProject(ProjectId id) {
    return find(id, Project.class);
  }

  /** The meeting with this id. */
  public Optional<Meeting> findMeeting(MeetingId id) {
    return find(id, Meeting.class);
  }

  /** The figure with this id. */
  public Optional<Figure> findFigure(FigureId id) {
    return find(id, Figure.class);
  }

  /** The number of records of all types. */
  public int size() {
    int size = 0;
    for (RecordType t : RecordType.values()) {
      size += t.recordsOf(this).size();
    }
    return size;
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

  private <T extends DatasetRecord> Optional<T> find(RecordId id, Class<T> type) {
    // Ids of different types never compare equal, so one index serves every record type.
    return Optional.ofNullable(index().get(id)).map(type::cast);
  }

  @Value.Lazy
  Map<RecordId, DatasetRecord> index() {
    Map<RecordId, DatasetRecord> index = new HashMap<>();
    for (RecordType t : RecordType.values()) {
      for (DatasetRecord r : t.recordsOf(this)) {
        // First record wins on duplicates; UniqueIds reports them.
        index.putIfAbsent(r.getId(), r);
      }
    }
    return index;
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
