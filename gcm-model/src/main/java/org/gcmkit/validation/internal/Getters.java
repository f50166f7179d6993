package org.gcmkit.validation.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Getters as plain functions. Validation calls model getters millions of times on a large file;
 * {@code Method.invoke} checks access and boxes an argument array on each call, where a function
 * generated for the getter is an ordinary call the JIT can inline. Generating one costs a hidden
 * class, a few milliseconds in a cold JVM, and a model has over a hundred getters: so each getter
 * starts on reflection and is generated only once it has been called often, and a command-line run
 * on small files never pays for it.
 */
final class Getters {
  private static final int CALLS_BEFORE_GENERATING = 2_000;

  private Getters() {}

  /**
   * A function calling {@code getter}, a public no-argument method of a public type of this module
   * (or of a module that exports it).
   *
   * @throws IllegalAccessException when this module cannot call it
   */
  static Function<Object, Object> of(Method getter) throws IllegalAccessException {
    MethodHandle target = MethodHandles.lookup().unreflect(getter);
    return new Function<>() {
      private int calls;
      private volatile @Nullable Function<Object, Object> generated;

      @Override
      public Object apply(Object bean) {
        Function<Object, Object> f = generated;
        if (f != null) {
          return f.apply(bean);
        }
        // Unsynchronised: a lost count between threads only delays the switch.
        if (++calls == CALLS_BEFORE_GENERATING) {
          generated = generate(getter, target);
        }
        return invoke(getter, bean);
      }
    };
  }

  private static Object invoke(Method getter, Object bean) {
    try {
      return getter.invoke(bean);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + getter, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(getter + " failed", e.getCause());
    }
  }

  @SuppressWarnings("unchecked")
  private static Function<Object, Object> generate(Method getter, MethodHandle target) {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      return (Function<Object, Object>)
          LambdaMetafactory.metafactory(
                  lookup,
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  target,
                  MethodType.methodType(
                      MethodType.methodType(getter.getReturnType()).wrap().returnType(),
                      getter.getDeclaringClass()))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException("cannot link " + getter, e);
    }
  }
}
