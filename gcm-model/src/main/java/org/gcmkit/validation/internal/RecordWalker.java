package org.gcmkit.validation.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.jspecify.annotations.Nullable;

/**
 * Finds every {@link RecordId} a record refers to, with its path, by walking the record's {@code
 * getX} accessors. Reflection keeps the walk in step with the model: a reference field added to any
 * type is checked without touching this class.
 */
final class RecordWalker {
  // Per class, computed once: the accessors with their property names, and whether instances are
  // value types to descend into. The walk runs for every record a reader streams, so it does no
  // string work and builds a path list only for a reference it reports.
  private static final Map<Class<?>, List<Accessor>> ACCESSORS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Boolean> VALUE_TYPES = new ConcurrentHashMap<>();
  private static final String MODEL_PACKAGE = Dataset.class.getPackageName();

  private RecordWalker() {}

  /**
   * Calls {@code sink} with the path and value of each id {@code record} refers to; its own {@code
   * id} is a definition, not a reference, and is skipped.
   */
  static void references(
      Object record, List<Object> prefix, BiConsumer<List<Object>, RecordId> sink) {
    for (Accessor a : accessors(record.getClass())) {
      if (a.isId) {
        continue;
      }
      walk(invoke(a.method, record), new Segment(prefix, null, a.property), sink);
    }
  }

  private static void walk(Object value, Segment path, BiConsumer<List<Object>, RecordId> sink) {
    if (value instanceof RecordId recordId) {
      sink.accept(path.toList(), recordId);
    } else if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        walk(optional.get(), path, sink);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), new Segment(path.prefix, path, i), sink);
      }
    } else if (value != null && isValueType(value.getClass())) {
      for (Accessor a : accessors(value.getClass())) {
        walk(invoke(a.method, value), new Segment(path.prefix, path, a.property), sink);
      }
    }
  }

  /** Generated model implementations: package-private subclasses of public abstract types. */
  private static boolean isValueType(Class<?> type) {
    return VALUE_TYPES.computeIfAbsent(
        type,
        t -> {
          Class<?> parent = t.getSuperclass();
          return parent != null
              && parent.getPackageName().equals(MODEL_PACKAGE)
              && Modifier.isAbstract(parent.getModifiers());
        });
  }

  private static List<Accessor> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(
        type,
        t -> {
          Class<?> api = OneOfPresentValidator.publicType(t);
          List<Method> methods = new ArrayList<>();
          for (Method m : api.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers())
                && m.getParameterCount() == 0
                && m.getName().startsWith("get")) {
              methods.add(m);
            }
          }
          // getMethods() has no defined order; sort so that reports come out the same each run.
          methods.sort(Comparator.comparing(Method::getName));
          List<Accessor> result = new ArrayList<>(methods.size());
          for (Method m : methods) {
            result.add(new Accessor(m, property(m), m.getName().equals("getId")));
          }
          return List.copyOf(result);
        });
  }

  private static String property(Method m) {
    String n = m.getName().substring(3);
    return n.substring(0, 1).toLowerCase(Locale.ROOT) + n.substring(1);
  }

  private static Object invoke(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + m, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(m + " failed", e.getCause());
    }
  }

  /** An accessor, its property name, and whether it is the record's own id. */
  private static final class Accessor {
    final Method method;
    final String property;
    final boolean isId;

    Accessor(Method method, String property, boolean isId) {
      this.method = method;
      this.property = property;
      this.isId = isId;
    }
  }

  /** One step of a path, linked to its parent; made into a list only when a reference is found. */
  private static final class Segment {
    final List<Object> prefix;
    final @Nullable Segment parent;
    final Object value;

    Segment(List<Object> prefix, @Nullable Segment parent, Object value) {
      this.prefix = prefix;
      this.parent = parent;
      this.value = value;
    }

    List<Object> toList() {
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
