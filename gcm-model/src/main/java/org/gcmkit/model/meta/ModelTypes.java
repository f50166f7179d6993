package org.gcmkit.model.meta;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.gcmkit.model.Dataset;

/** The model value types reachable from {@link Dataset}, found through {@link Shape}. */
public final class ModelTypes {
  private static final Set<Class<?>> ALL = find();
  private static final Map<Class<?>, ValueKind> SCALARS = findScalars();

  private ModelTypes() {}

  /** {@return dataset first, then each object type in the order first reached; immutable} */
  public static Set<Class<?>> all() {
    return ALL;
  }

  /**
   * {@return the model type of {@code value}, such as Meeting for an instance of its generated
   * class}
   *
   * @param value the value
   */
  public static Class<?> typeOf(Object value) {
    for (Class<?> t : ALL) {
      if (t.isInstance(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "expected a Dataset, Text or another model value but was "
            + ReportParts.withArticle(value.getClass().getName()));
  }

  /**
   * {@return whether {@code type} can be read and written on its own: Dataset, Text or an object
   * type}
   *
   * @param type the type
   */
  public static boolean isModelType(Class<?> type) {
    return type == org.gcmkit.model.Text.class || ALL.contains(type);
  }

  /**
   * {@return the types of scalar model values other than String and BigDecimal (ids, enums, dates,
   * spans, subjects) with their kind, in the order first reached; immutable}
   */
  public static Map<Class<?>, ValueKind> scalars() {
    return SCALARS;
  }

  private static Map<Class<?>, ValueKind> findScalars() {
    Map<Class<?>, ValueKind> found = new LinkedHashMap<>();
    for (Class<?> type : ALL) {
      for (Property p : Shape.of(type).properties()) {
        if (p.kind().isScalar() && p.kind() != ValueKind.STRING && p.kind() != ValueKind.DECIMAL) {
          found.putIfAbsent(p.elementType(), p.kind());
        }
      }
    }
    return Collections.unmodifiableMap(found);
  }

  private static Set<Class<?>> find() {
    Set<Class<?>> found = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(Dataset.class);
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (found.add(type)) {
        for (Property p : Shape.of(type).properties()) {
          if (p.kind() == ValueKind.OBJECT) {
            todo.add(p.elementType());
          }
        }
      }
    }
    return Collections.unmodifiableSet(found);
  }
}
