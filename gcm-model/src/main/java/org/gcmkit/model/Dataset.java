package org.gcmkit.model;

import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gcmkit.validation.constraints.NoLoops;
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
@NoLoops
public abstract class Dataset {
  Dataset() {}

  /** {@return a title for the collection} */
  public abstract Optional<@Valid Text> getTitle();

  /** {@return the sources the records were taken from} */
  public abstract List<@Valid Source> getSources();

  /** {@return states, organisations, networks and groups} */
  public abstract List<@Valid Actor> getActors();

  /** {@return named persons} */
  public abstract List<@Valid Person> getPersons();

  /** {@return declarations, resolutions, plans, reviews and reports} */
  public abstract List<@Valid Document> getDocuments();

  /** {@return projects} */
  public abstract List<@Valid Project> getProjects();

  /** {@return meetings, events and series} */
  public abstract List<@Valid Meeting> getMeetings();

  /** {@return figures} */
  public abstract List<@Valid Figure> getFigures();

  /** {@return pledges (format 1.1)} */
  public abstract List<@Valid Pledge> getPledges();

  /**
   * {@return the source with this id}
   *
   * @param id the id
   */
  public Optional<Source> findSource(SourceId id) {
    return find(id, Source.class);
  }

  /**
   * {@return the actor with this id}
   *
   * @param id the id
   */
  public Optional<Actor> findActor(ActorId id) {
    return find(id, Actor.class);
  }

  /**
   * {@return the person with this id}
   *
   * @param id the id
   */
  public Optional<Person> findPerson(PersonId id) {
    return find(id, Person.class);
  }

  /**
   * {@return the document with this id}
   *
   * @param id the id
   */
  public Optional<Document> findDocument(DocumentId id) {
    return find(id, Document.class);
  }

  /**
   * {@return the project with this id}
   *
   * @param id the id
   */
  public Optional<Project> findProject(ProjectId id) {
    return find(id, Project.class);
  }

  /**
   * {@return the meeting with this id}
   *
   * @param id the id
   */
  public Optional<Meeting> findMeeting(MeetingId id) {
    return find(id, Meeting.class);
  }

  /**
   * {@return the figure with this id}
   *
   * @param id the id
   */
  public Optional<Figure> findFigure(FigureId id) {
    return find(id, Figure.class);
  }

  /**
   * {@return the pledge with this id}
   *
   * @param id the id
   */
  public Optional<Pledge> findPledge(PledgeId id) {
    return find(id, Pledge.class);
  }

  /** {@return the number of records of all types} */
  public int size() {
    int size = 0;
    for (RecordType t : RecordType.values()) {
      size += t.recordsOf(this).size();
    }
    return size;
  }

  /**
   * {@return a copy without personal data: every person's contact points removed} Names and posts
   * stay, as they are published in the sources.
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
    return Optional.ofNullable(index().getOrDefault(id.type(), Map.of()).get(id.value()))
        .map(type::cast);
  }

  /**
   * The records of each type by id value. Keyed by the value, a String, not by the id: a HashMap
   * keeps keys of one hash in a tree only when they compare, and ids of one String hash are easy to
   * make; with ids as keys, each lookup among them walked them all.
   */
  @Value.Lazy
  Map<RecordType, Map<String, DatasetRecord>> index() {
    Map<RecordType, Map<String, DatasetRecord>> index = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      Map<String, DatasetRecord> ofType = new HashMap<>();
      for (DatasetRecord r : t.recordsOf(this)) {
        // First record wins on duplicates; UniqueIds reports them.
        ofType.putIfAbsent(r.getId().value(), r);
      }
      index.put(t, ofType);
    }
    return index;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this dataset's records, to derive a changed copy} */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends ImmutableDataset.Builder {
    Builder() {}
  }
}
