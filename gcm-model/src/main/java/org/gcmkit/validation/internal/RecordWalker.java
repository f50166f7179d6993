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

/**
 * Finds every {@link RecordId} a record refers to, with its path, by walking the record's {@code
 * getX} accessors. Reflection keeps the walk in step with the model: a reference field added to any
 * type is checked without touching this class.
 */
final class RecordWalker {
  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();
  private static final String MODEL_PACKAGE = Dataset.class.getPackageName();

  private RecordWalker() {}

  /**
   * Calls {@code sink} with the path and value of each id {@code record} refers to; its own {@code
   * id} is a definition, not a reference, and is skipped.
   */
  static void references(
      Object record, List<Object> prefix, BiConsumer<List<Object>, RecordId> sink) {
    for (Method m : accessors(record.getClass())) {
      if (m.getName().equals("getId")) {
        continue;
      }
      walk(invoke(m, record), append(prefix, property(m)), sink);
    }
  }

  private static void walk(
      Object value, List<Object> path, BiConsumer<List<Object>, RecordId> sink) {
    if (value instanceof RecordId recordId) {
      sink.accept(path, recordId);
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> walk(v, path, sink));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), append(path, i), sink);
      }
    } else if (value != null && isValueType(value.getClass())) {
      for (Method m : accessors(value.getClass())) {
        walk(invoke(m, value), append(path, property(m)), sink);
      }
    }
  }

  /** Generated model implementations: package-private subclasses of public abstract types. */
  private static boolean isValueType(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    return parent != null
        && parent.getPackageName().equals(MODEL_PACKAGE)
        && Modifier.isAbstract(parent.getModifiers());
  }

  private static List<Method> accessors(Class<?> type) {
    return ACCESSORS.computeIfAbsent(
        type,
        t -> {
          Class<?> api = OneOfPresentValidator.publicType(t);
          List<Method> result = new ArrayList<>();
          for (Method m : api.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers())
                && m.getParameterCount() == 0
                && m.getName().startsWith("get")) {
              result.add(m);
            }
          }
          // getMethods() has no defined order; sort so that reports come out the same each run.
          result.sort(Comparator.comparing(Method::getName));
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

  private static List<Object> append(List<Object> path, Object segment) {
    List<Object> p = new ArrayList<>(path.size() + 1);
    p.addAll(path);
    p.add(segment);
    return p;
  }
}
