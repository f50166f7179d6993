package org.gcmkit.model.meta;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one factory of model accessors (getters, builder setters and factories) as plain functions,
 * with one policy for when they are compiled.
 *
 * <p>Reading and validating call model methods millions of times on a large file; {@code
 * Method.invoke} checks access and boxes an argument array on each call, where a function made by
 * {@link LambdaMetafactory} is an ordinary call the JIT can inline. Making one costs a hidden
 * class, a few milliseconds in a cold JVM, and the model has over a hundred accessors: so each
 * accessor starts on reflection and is compiled once it has been called {@value
 * #CALLS_BEFORE_COMPILING} times, and a command-line run on small files never pays for it.
 *
 * <p>What the method throws, such as a builder's IllegalStateException, reaches callers as it is. A
 * method that gcm-model cannot call is refused when its function is made, with an
 * IllegalArgumentException.
 */
public final class Accessors {
  static final int CALLS_BEFORE_COMPILING = 2_000;

  private Accessors() {}

  /**
   * {@return {@code m}, an instance method without parameters or static with one, as a Function}
   *
   * @param m the method
   */
  public static Function<Object, Object> function(Method m) {
    Hot<Function<Object, Object>> hot =
        new Hot<>(m, Function.class, "apply", MethodType.methodType(Object.class, Object.class));
    boolean isStatic = Modifier.isStatic(m.getModifiers());
    return arg -> {
      Function<Object, Object> f = hot.compiled();
      if (f != null) {
        return f.apply(arg);
      }
      return isStatic ? invoke(m, null, arg) : invoke(m, arg);
    };
  }

  /**
   * {@return {@code m}, an instance method with one parameter, as a BiConsumer of receiver and
   * value}
   *
   * @param m the method
   */
  public static BiConsumer<Object, Object> consumer(Method m) {
    Hot<BiConsumer<Object, Object>> hot =
        new Hot<>(
            m,
            BiConsumer.class,
            "accept",
            MethodType.methodType(void.class, Object.class, Object.class));
    return (receiver, value) -> {
      BiConsumer<Object, Object> f = hot.compiled();
      if (f != null) {
        f.accept(receiver, value);
      } else {
        invoke(m, receiver, value);
      }
    };
  }

  /**
   * {@return {@code m}, static without parameters, as a Supplier}
   *
   * @param m the method
   */
  public static Supplier<Object> supplier(Method m) {
    Hot<Supplier<Object>> hot =
        new Hot<>(m, Supplier.class, "get", MethodType.methodType(Object.class));
    return () -> {
      Supplier<Object> f = hot.compiled();
      return f != null ? f.get() : invoke(m, null);
    };
  }

  /** Counts calls and compiles the function once it is hot. */
  private static final class Hot<F> {
    private final Method method;
    private final MethodHandle target;
    private final Class<?> face;
    private final String name;
    private final MethodType erased;
    // Plain fields: a lost count between threads only delays compiling, and a compiled function
    // seen late by another thread only means a few more reflective calls there. The function
    // itself is safely published: the metafactory's class has only final fields.
    private int calls;
    private @Nullable F compiled;

    Hot(Method method, Class<?> face, String name, MethodType erased) {
      this.method = method;
      try {
        // Checked now, so that a method gcm cannot call fails where it is found, not when hot.
        this.target = MethodHandles.lookup().unreflect(method);
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException("cannot call " + method, e);
      }
      this.face = face;
      this.name = name;
      this.erased = erased;
    }

    @Nullable F compiled() {
      F f = compiled;
      if (f == null && ++calls >= CALLS_BEFORE_COMPILING) {
        f = compile();
        compiled = f;
      }
      return f;
    }

    @SuppressWarnings("unchecked") // the metafactory made an instance of face, which is F
    private F compile() {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        MethodType boxed = target.type().wrap();
        MethodType instantiated =
            erased.returnType() == void.class ? boxed.changeReturnType(void.class) : boxed;
        return (F)
            LambdaMetafactory.metafactory(
                    lookup, name, MethodType.methodType(face), erased, target, instantiated)
                .getTarget()
                .invoke();
      } catch (Throwable e) {
        // Not accessible, or not convertible to the interface: not a model accessor.
        throw new IllegalStateException("cannot compile " + method, e);
      }
    }
  }

  private static Object invoke(Method m, @Nullable Object receiver, Object... args) {
    try {
      return m.invoke(receiver, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + m, e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(m + " failed", cause);
    }
  }
}
