package org.gcmkit.validation.internal;

import org.jspecify.annotations.Nullable;

/**
 * A {@link ClassValue}'s value for the class last asked of it, kept by one place that asks: a model
 * property holds values of one class (the model's generated implementation of its type), so the
 * place that walks its values nearly always asks for the same class, and a field compared with
 * {@code ==} answers it without the {@code ClassValue} lookup. Used by the precheck's cascades and
 * the reference walk's properties; in a streaming validation's profile, the lookups' lines had 14 %
 * of the samples (some of them the first read of the value). They extend it rather than hold one,
 * so that the remembered entry is one load away, as when each had a copy of this code.
 *
 * @param <T> what the ClassValue computes
 */
abstract class LastClass<T> {
  private final ClassValue<T> values;
  // A plain field: a thread that misses a newer entry looks the class up again; Entry has final
  // fields only, so an entry seen is seen whole.
  private @Nullable Entry<T> last;

  LastClass(ClassValue<T> values) {
    this.values = values;
  }

  /** {@return the ClassValue's value for {@code type}} */
  final T forClass(Class<?> type) {
    Entry<T> e = last;
    if (e == null || e.type != type) {
      e = new Entry<>(type, values.get(type));
      last = e;
    }
    return e.value;
  }

  private static final class Entry<T> {
    final Class<?> type;
    final T value;

    Entry(Class<?> type, T value) {
      this.type = type;
      this.value = value;
    }
  }
}
