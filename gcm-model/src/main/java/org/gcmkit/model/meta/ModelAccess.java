package org.gcmkit.model.meta;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Calls the model's accessors, builders, {@code build()} and ids' {@code of(String)} by number,
 * through plain {@code switch} statements generated from the model ({@code GeneratedAccess},
 * written by {@code GeneratedAccessTest}), instead of one function per accessor.
 *
 * <p>Why: readers and validators call accessors through {@link Property} from one place for every
 * property of every type. With a function made by {@link Accessors} for each accessor, that one
 * call site sees hundreds of classes, so the JIT can neither inline nor predict it: the dispatch
 * was 9-10 % of the samples of reading JSON Lines (BENCHMARKS.md, "Accessors compiled from the
 * model"). A switch calls each getter directly, on the model type whose only implementation is its
 * generated class.
 *
 * <p>The generated class is an optimisation, never the only way: it is found by name, like
 * Caffeine's generated nodes, and a model type is served by it only when its getters are those it
 * was generated from (a fingerprint per type). Any other type, or all of them if the class is
 * missing, is served by {@link Accessors}; {@code GeneratedAccessTest} fails until the class is
 * generated again.
 */
abstract class ModelAccess {
  /** The generated access, or null when it is absent. */
  private static final @Nullable ModelAccess GENERATED = load();

  /** {@return how many model types it serves, numbered from 0} */
  abstract int count();

  /** {@return the model type of number {@code type}} */
  abstract Class<?> type(int type);

  /**
   * {@return the fingerprint of the getters that type number {@code type} was generated from}, as
   * {@link #fingerprint} computes it
   */
  abstract int fingerprint(int type);

  /** {@return property number {@code property} of {@code bean}, a value of type {@code type}} */
  abstract Object get(int type, int property, Object bean);

  /** Sets property number {@code property} on {@code builder}, a builder of type {@code type}. */
  abstract void set(int type, int property, Object builder, Object value);

  /** {@return a new builder of type number {@code type}} */
  abstract Object newBuilder(int type);

  /** {@return the value that {@code builder}, a builder of type number {@code type}, builds} */
  abstract Object build(int type, Object builder);

  /** {@return how many id types it makes values of, numbered from 0} */
  abstract int idCount();

  /** {@return the id type of number {@code id}} */
  abstract Class<?> idType(int id);

  /** {@return an id of type number {@code id}: its {@code of(text)}} */
  abstract Object newId(int id, String text);

  /**
   * {@return {@code type}'s {@code of(String)} through the generated access, or null when none
   * serves it}
   *
   * @param type an id type
   */
  static @Nullable Function<Object, Object> idFactory(Class<?> type) {
    ModelAccess access = GENERATED;
    if (access == null) {
      return null;
    }
    int id = numberOf(type, access.idCount(), access::idType);
    return id < 0 ? null : text -> access.newId(id, (String) text);
  }

  /**
   * {@return the generated access and the number it gives {@code type}, or null when none serves
   * it}
   *
   * @param type a model type
   * @param getters its getters, in the order of its shape's properties
   */
  static @Nullable Numbered find(Class<?> type, List<Method> getters) {
    ModelAccess access = GENERATED;
    if (access == null) {
      return null;
    }
    int number = numberOf(type, access.count(), access::type);
    return number >= 0 && access.fingerprint(number) == fingerprint(getters)
        ? new Numbered(access, number)
        : null;
  }

  /** {@return the number of {@code type} among {@code count} numbered types, or -1} */
  private static int numberOf(Class<?> type, int count, IntFunction<Class<?>> numbered) {
    for (int number = 0; number < count; number++) {
      if (numbered.apply(number) == type) {
        return number;
      }
    }
    return -1;
  }

  /** The generated access and the number it gives one model type. */
  record Numbered(ModelAccess access, int type) {}

  /**
   * {@return a hash of the getters' generic signatures, in order}: a property added, removed,
   * renamed or retyped since the class was generated changes it
   *
   * @param getters the getters
   */
  static int fingerprint(List<Method> getters) {
    int hash = 1;
    for (Method g : getters) {
      hash = 31 * hash + g.toGenericString().hashCode();
    }
    return hash;
  }

  private static @Nullable ModelAccess load() {
    try {
      Class<?> c = Class.forName(ModelAccess.class.getPackageName() + ".GeneratedAccess");
      return (ModelAccess)
          MethodHandles.lookup()
              .findConstructor(c, java.lang.invoke.MethodType.methodType(void.class))
              .invoke();
    } catch (ClassNotFoundException e) {
      return null;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make the generated model access", e);
    }
  }
}
