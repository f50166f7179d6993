package org.gcmkit.validation.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.jspecify.annotations.Nullable;

/**
 * Finds every {@link RecordId} a record refers to, with its path, by walking the record's {@code
 * getX} accessors. Reflection keeps the walk in step with the model: a reference field added to any
 * type is checked without touching this class.
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
    for (Accessor a : ACCESSORS.get(record.getClass())) {
      if (a.isId) {
        continue;
      }
      walk(a.read.apply(record), new Segment(prefix, null, a.property), sink);
    }
  }

  private static void walk(
      @Nullable Object value, Segment path, BiConsumer<Supplier<List<Object>>, RecordId> sink) {
    if (value instanceof RecordId recordId) {
      sink.accept(path, recordId);
    } else if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        walk(optional.get(), path, sink);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), new Segment(path.prefix, path, i), sink);
      }
    } else if (value != null) {
      for (Accessor a : ACCESSORS.get(value.getClass())) {
        walk(a.read.apply(value), new Segment(path.prefix, path, a.property), sink);
      }
    }
  }

  /**
   * The getters of a generated model implementation (a package-private subclass of a public
   * abstract model type) whose declared type can hold an id; none for any other class.
   */
  private static List<Accessor> accessors(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    if (parent == null
        || !parent.getPackageName().equals(MODEL_PACKAGE)
        || !Modifier.isAbstract(parent.getModifiers())) {
      return List.of();
    }
    Class<?> api = OneOfPresentValidator.publicType(type);
    List<Method> methods = new ArrayList<>();
    for (Method m : api.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers())
          && m.getParameterCount() == 0
          && m.getName().startsWith("get")
          && mayHoldId(m.getGenericReturnType())) {
        methods.add(m);
      }
    }
    // getMethods() has no defined order; sort so that reports come out the same each run.
    methods.sort(Comparator.comparing(Method::getName));
    List<Accessor> result = new ArrayList<>(methods.size());
    for (Method m : methods) {
      try {
        result.add(new Accessor(Getters.of(m), property(m), m.getName().equals("getId")));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + m, e);
      }
    }
    return List.copyOf(result);
  }

  /** Ids, model value types, and Optionals or lists of them; not texts, codes or dates. */
  private static boolean mayHoldId(Type type) {
    if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        if (mayHoldId(arg)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof WildcardType w) {
      return w.getUpperBounds().length > 0 && mayHoldId(w.getUpperBounds()[0]);
    }
    return type instanceof Class<?> c
        && (RecordId.class.isAssignableFrom(c)
            || (c.getPackageName().equals(MODEL_PACKAGE) && Modifier.isAbstract(c.getModifiers())));
  }

  private static String property(Method m) {
    String n = m.getName().substring(3);
    return n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1);
  }

  /** An accessor, its property name, and whether it is the record's own id. */
  private static final class Accessor {
    final Function<Object, Object> read;
    final String property;
    final boolean isId;

    Accessor(Function<Object, Object> read, String property, boolean isId) {
      this.read = read;
      this.property = property;
      this.isId = isId;
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
