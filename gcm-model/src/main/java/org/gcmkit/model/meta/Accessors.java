package org.gcmkit.model.meta;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The factory of model accessors (getters, builder setters and factories) as plain functions, with
 * one policy for when they are compiled: for what the generated {@link ModelAccess} does not serve
 * (a model type changed since it was generated, a getter that is no property of a shape).
 *
 * <p>Reading and validating call model methods millions of times on a large file; {@code
 * Method.invoke} checks access and boxes an argument array on each call, where a function made by
 * {@link LambdaMetafactory} is an ordinary call the JIT can inline. Making one costs a hidden
 * class, and the model has over a hundred accessors: so each accessor is compiled when it is first
 * called, and a run compiles only the accessors it uses (on the bundled examples, the command line
 * pays about 20 ms for it).
 *
 * <p>Why not later: accessors that first ran on reflection and were compiled after 2,000 calls left
 * the JIT profiling both paths of one shared call site. In one jar and one sitting, the streaming
 * validation's median of 10 forks was 447 thousand records per second that way and 487 thousand
 * with every accessor compiled at its first call; reading JSON Lines and CSV packages gained 4 %
 * (BENCHMARKS.md, 2026-12-04).
 *
 * <p>What the method throws, such as a builder's IllegalStateException, reaches callers as it is. A
 * method that gcm-model cannot call is refused when its function is made, with an
 * IllegalArgumentException.
 */
public final class Accessors {
  private Accessors() {}

  /**
   * {@return {@code m}, an instance method without parameters or static with one, as a Function}
   *
   * @param m the method
   */
  public static Function<Object, Object> function(Method m) {
    Lazy<Function<Object, Object>> f =
        new Lazy<>(m, Function.class, "apply", MethodType.methodType(Object.class, Object.class));
    return arg -> f.get().apply(arg);
  }

  /**
   * {@return {@code m}, an instance method with one parameter, as a BiConsumer of receiver and
   * value}
   *
   * @param m the method
   */
  public static BiConsumer<Object, Object> consumer(Method m) {
    Lazy<BiConsumer<Object, Object>> f =
        new Lazy<>(
            m,
            BiConsumer.class,
            "accept",
            MethodType.methodType(void.class, Object.class, Object.class));
    return (receiver, value) -> f.get().accept(receiver, value);
  }

  /**
   * {@return {@code m}, static without parameters, as a Supplier}
   *
   * @param m the method
   */
  public static Supplier<Object> supplier(Method m) {
    Lazy<Supplier<Object>> f =
        new Lazy<>(m, Supplier.class, "get", MethodType.methodType(Object.class));
    return () -> f.get().get();
  }

  /** Compiles the function at its first call. */
  private static final class Lazy<F> {
    private final Method method;
    private final MethodHandle target;
    private final Class<?> face;
    private final String name;
    private final MethodType erased;
    // A plain field: two threads that both find it empty each compile a function, and either
    // serves. The function itself is safely published: the metafactory's class has only final
    // fields.
    private @Nullable F compiled;

    Lazy(Method method, Class<?> face, String name, MethodType erased) {
      this.method = method;
      try {
        // Checked now, so that a method gcm cannot call fails where it is found, not when called.
        this.target = MethodHandles.lookup().unreflect(method);
      } catch (IllegalAccessException e) {
        throw new IllegalArgumentException("cannot call " + method, e);
      }
      this.face = face;
      this.name = name;
      this.erased = erased;
    }

    F get() {
      F f = compiled;
      if (f == null) {
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
}
