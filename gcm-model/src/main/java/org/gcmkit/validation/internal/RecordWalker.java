package org.gcmkit.validation.internal;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * Finds every {@link RecordId} a record refers to, with its path, by walking the properties the
 * metamodel ({@link Shape}) gives each model type: a reference field added to any type is checked
 * without touching this class.
 */
final class RecordWalker {
  // Per class, computed once: the accessors that can lead to an id, with their property names. The
  // walk runs for every record a reader streams, so it does no string work and builds a path list
  // only for a reference it reports.
  private static final ClassValue<List<Accessor>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected List<Accessor> computeValue(Class<?> type) {
          return accessors(type);
        }
      };
  private static final String MODEL_PACKAGE = Dataset.class.getPackageName();

  private RecordWalker() {}

  /**
   * Calls {@code sink} with the path (made only when asked for) and value of each id {@code record}
   * refers to; its own {@code id} is a definition, not a reference, and is skipped.
   */
  static void references(
      Object record, List<Object> prefix, BiConsumer<Supplier<List<Object>>, RecordId> sink) {
    List<Accessor> accessors = ACCESSORS.get(record.getClass());
    for (int i = 0; i < accessors.size(); i++) {
      Accessor a = accessors.get(i);
      if (a.isId) {
        continue;
      }
      walk(record, a, prefix, null, sink);
    }
  }

  /**
   * Walks the values of property {@code a} of {@code bean}, found below {@code parent}. What each
   * value is (an id or an object; one, an Optional or a List) comes from the metamodel, not from
   * {@code instanceof}: a test against an interface that fails scans all the interfaces of the
   * value's class, and each value was tested against {@code RecordId} and {@code List}.
   *
   * <p>A path segment is made only for a value that can lead to an id: most properties walked are
   * empty or plain values, and a segment for each was a twentieth of the bytes that reading
   * allocated.
   */
  private static void walk(
      Object bean,
      Accessor a,
      List<Object> prefix,
      @Nullable Segment parent,
      BiConsumer<Supplier<List<Object>>, RecordId> sink) {
    Object value = a.property.get(bean);
    switch (a.property.cardinality()) {
      case LIST -> {
        List<?> list = (List<?>) value;
        if (!list.isEmpty()) {
          Segment path = new Segment(prefix, parent, a.property.name());
          for (int i = 0; i < list.size(); i++) {
            value(list.get(i), a, prefix, path, i, sink);
          }
        }
      }
      case OPTIONAL -> {
        Object present = ((Optional<?>) value).orElse(null);
        if (present != null) {
          value(present, a, prefix, parent, a.property.name(), sink);
        }
      }
      case REQUIRED -> {
        if (value != null) {
          value(value, a, prefix, parent, a.property.name(), sink);
        }
      }
    }
  }

  /** One value of property {@code a}, at step {@code step} below {@code parent}. */
  private static void value(
      Object v,
      Accessor a,
      List<Object> prefix,
      @Nullable Segment parent,
      Object step,
      BiConsumer<Supplier<List<Object>>, RecordId> sink) {
    if (a.isReference) {
      sink.accept(new Segment(prefix, parent, step), (RecordId) v);
      return;
    }
    List<Accessor> accessors = a.forClass(v.getClass());
    if (!accessors.isEmpty()) {
      Segment path = new Segment(prefix, parent, step);
      for (int i = 0; i < accessors.size(); i++) {
        walk(v, accessors.get(i), prefix, path, sink);
      }
    }
  }

  /**
   * The properties of a generated model implementation (a package-private subclass of a public
   * abstract model type) that can hold an id, from the metamodel; none for any other class.
   */
  static List<Accessor> accessors(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    if (parent == null
        || !parent.getPackageName().equals(MODEL_PACKAGE)
        || !Modifier.isAbstract(parent.getModifiers())) {
      return List.of();
    }
    List<Accessor> result = new ArrayList<>();
    for (Property p : Shape.of(OneOfPresentValidator.publicType(type)).properties()) {
      if (mayHoldIds(p, new HashSet<>())) {
        result.add(new Accessor(p, p.name().equals("id")));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Whether a value of model type {@code type} can hold an id, in its own properties or deeper. The
   * walk leaves out the others (a meeting's place, an actor's external identifiers, a group count):
   * each was a getter called, and an Optional or List looked into, for every record, to find
   * nothing. A type met again below itself is answered yes, which can only keep a property that
   * need not be walked, never leave out one that must.
   */
  static boolean mayHoldIds(Class<?> type) {
    return mayHoldIds(type, new HashSet<>());
  }

  private static boolean mayHoldIds(Class<?> type, Set<Class<?>> onPath) {
    if (!onPath.add(type)) {
      return true;
    }
    boolean may = false;
    for (Property p : Shape.of(type).properties()) {
      if (mayHoldIds(p, onPath)) {
        may = true;
        break;
      }
    }
    onPath.remove(type);
    return may;
  }

  /** Whether property {@code p} holds ids or objects that may hold some. */
  private static boolean mayHoldIds(Property p, Set<Class<?>> onPath) {
    return p.kind() == ValueKind.ID
        || (p.kind() == ValueKind.OBJECT && mayHoldIds(p.elementType(), onPath));
  }

  /**
   * A property that can hold an id, and whether it is the record's own id. It remembers the class
   * of the last object it held with that class's accessors ({@link LastClass}).
   */
  static final class Accessor extends LastClass<List<Accessor>> {
    final Property property;
    final boolean isId;
    // Holds ids (ValueKind.ID); else objects (ValueKind.OBJECT) that may hold some.
    final boolean isReference;

    Accessor(Property property, boolean isId) {
      super(ACCESSORS);
      this.property = property;
      this.isId = isId;
      this.isReference = property.kind() == ValueKind.ID;
    }
  }

  /**
   * One step of a path, linked to its parent; made into a list only when a reference is reported.
   */
  private static final class Segment implements Supplier<List<Object>> {
    final List<Object> prefix;
    final @Nullable Segment parent;
    final Object value;

    Segment(List<Object> prefix, @Nullable Segment parent, Object value) {
      this.prefix = prefix;
      this.parent = parent;
      this.value = value;
    }

    @Override
    public List<Object> get() {
      int depth = 0;
      for (Segment s = this; s != null; s = s.parent) {
        depth++;
      }
      Object[] steps = new Object[depth];
      int i = depth;
      for (Segment s = this; s != null; s = s.parent) {
        steps[--i] = s.value;
      }
      List<Object> path = new ArrayList<>(prefix.size() + depth);
      path.addAll(prefix);
      for (Object step : steps) {
        path.add(step);
      }
      return path;
    }
  }
}
