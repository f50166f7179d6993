package org.gcmkit.validation.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.Function;

/**
 * Getters as plain functions. Validation calls model getters millions of times on a large file;
 * {@code Method.invoke} checks access and boxes an argument array on each call, where a function
 * generated once per getter is an ordinary call the JIT can inline.
 */
final class Getters {
  private Getters() {}

  /**
   * A function calling {@code getter}, a public no-argument method of a public type of this module
   * (or of a module that exports it).
   *
   * @throws IllegalAccessException when this module cannot call it
   */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> of(Method getter) throws IllegalAccessException {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    MethodHandle target = lookup.unreflect(getter);
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
