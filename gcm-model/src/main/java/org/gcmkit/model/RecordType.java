package org.gcmkit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of top-level record a {@link Dataset} holds, in the order datasets list them: the one
 * table of record types that readers, writers and validators read.
 *
 * <p>Each knows its model class, its id type and the names files use for it: {@link #code()} is the
 * {@code type} of a JSON Lines record, {@link #listName()} the dataset property that lists the
 * records and the name of their CSV table. A new record type is its model class (implementing
 * {@link DatasetRecord}, with its list on {@link Dataset}), its id type, and one constant here.
 */
public enum RecordType {
  /** {@link Source}: a document the data was taken from. */
  SOURCE(Source.class, SourceId.class, Dataset::getSources),
  /** {@link Actor}: a State, organisation, network, city or group. */
  ACTOR(Actor.class, ActorId.class, Dataset::getActors),
  /** {@link Person}: a named person with posts. */
  PERSON(Person.class, PersonId.class, Dataset::getPersons),
  /** {@link Document}: a declaration, resolution, plan, review or report. */
  DOCUMENT(Document.class, DocumentId.class, Dataset::getDocuments),
  /** {@link Project}: a project with implementers and funders. */
  PROJECT(Project.class, ProjectId.class, Dataset::getProjects),
  /** {@link Meeting}: a meeting, event or series of them. */
  MEETING(Meeting.class, MeetingId.class, Dataset::getMeetings),
  /** {@link Figure}: a number with its context. */
  FIGURE(Figure.class, FigureId.class, Dataset::getFigures),
  /** {@link Pledge}: a commitment to implement the Compact (format 1.1). */
  PLEDGE(Pledge.class, PledgeId.class, Dataset::getPledges);

  private static final Map<String, RecordType> BY_LIST_NAME = new HashMap<>();
  private static final Map<Class<?>, RecordType> BY_ID_CLASS = new HashMap<>();

  static {
    for (RecordType t : values()) {
      BY_LIST_NAME.put(t.listName, t);
      BY_ID_CLASS.put(t.idClass, t);
    }
  }

  private final Class<? extends DatasetRecord> modelClass;
  private final Class<? extends RecordId> idClass;

  @SuppressWarnings("ImmutableEnumChecker") // Each is a stateless reference to a Dataset getter.
  private final Function<Dataset, List<? extends DatasetRecord>> records;

  private final String code;
  private final String listName;

  RecordType(
      Class<? extends DatasetRecord> modelClass,
      Class<? extends RecordId> idClass,
      Function<Dataset, List<? extends DatasetRecord>> records) {
    this.modelClass = modelClass;
    this.idClass = idClass;
    this.records = records;
    this.code = name().toLowerCase(Locale.ROOT);
    // The plural the dataset's list and the CSV table are named by: "meetings".
    this.listName = code + "s";
  }

  /** {@return the lower-case name used in files: the {@code type} of a JSON Lines record} */
  public String code() {
    return code;
  }

  /**
   * {@return the dataset property that lists these records, which is also their CSV table's name}
   */
  public String listName() {
    return listName;
  }

  /** {@return the model class of these records, such as {@code Meeting.class}} */
  public Class<? extends DatasetRecord> modelClass() {
    return modelClass;
  }

  /** {@return the type of these records' ids, such as {@code MeetingId.class}} */
  public Class<? extends RecordId> idClass() {
    return idClass;
  }

  /**
   * {@return the records of this type in {@code dataset}, in order}
   *
   * @param dataset the dataset
   */
  public List<? extends DatasetRecord> recordsOf(Dataset dataset) {
    return records.apply(dataset);
  }

  /**
   * {@return the record type listed under {@code listName} ("meetings"), if there is one}
   *
   * @param listName the listName
   */
  public static Optional<RecordType> ofListName(String listName) {
    return Optional.ofNullable(BY_LIST_NAME.get(listName));
  }

  /**
   * {@return the record type whose ids are of {@code idClass}, if there is one}
   *
   * @param idClass the idClass
   */
  public static Optional<RecordType> ofIdClass(Class<?> idClass) {
    return Optional.ofNullable(BY_ID_CLASS.get(idClass));
  }
}
