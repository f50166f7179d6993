package org.gcmkit.io.internal;

import java.util.List;
import java.util.Map;
import org.gcmkit.model.Actor;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.Figure;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.Person;
import org.gcmkit.model.Project;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Source;

/**
 * The top-level record types: their model class and the dataset property ("meetings") that lists
 * them, in {@link RecordType} order.
 */
public final class RecordTypes {
  private static final Map<RecordType, Class<?>> CLASSES =
      Map.of(
          RecordType.SOURCE, Source.class,
          RecordType.ACTOR, Actor.class,
          RecordType.PERSON, Person.class,
          RecordType.DOCUMENT, Document.class,
          RecordType.PROJECT, Project.class,
          RecordType.MEETING, Meeting.class,
          RecordType.FIGURE, Figure.class);

  private RecordTypes() {}

  /** The model class of records of {@code type}. */
  public static Class<?> modelClass(RecordType type) {
    return java.util.Objects.requireNonNull(CLASSES.get(type), "record type");
  }

  /** The dataset property that lists records of {@code type}: its code plus "s". */
  public static String datasetProperty(RecordType type) {
    return type.code() + "s";
  }

  /** The records of {@code type} in {@code dataset}, in order. */
  public static List<Object> records(Dataset dataset, RecordType type) {
    return Shape.of(Dataset.class).property(datasetProperty(type)).orElseThrow().values(dataset);
  }
}
