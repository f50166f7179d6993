package org.gcmkit.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.gcmkit.model.meta.Accessors;
import org.gcmkit.model.meta.ModelTypes;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Shape;
import org.jspecify.annotations.Nullable;

/**
 * A fast answer to "would a Jakarta provider find nothing wrong with this value?", for the common
 * case of valid data.
 *
 * <p>Hibernate Validator costs several microseconds and kilobytes per record even when nothing is
 * wrong: it builds property paths and value contexts for every cascaded element. Readers validate
 * every record they stream, so {@link org.gcmkit.validation.GcmValidator} asks this class first and
 * runs the provider only for a value that does not pass here, where it builds the exact report.
 *
 * <p>The contract is one-sided: {@code passes(v)} implies that the provider reports no violation
 * for {@code v}; a value may fail here and still be valid (it then costs one provider call, with
 * the provider's answer). So each check below is the provider's rule or stricter. The checks are
 * compiled once per class from the same annotations the provider reads: getters' declaration and
 * type-use constraints, container elements ({@code Optional}, lists, map keys and values), {@link
 * Valid} cascades and class-level constraints. gcm's own constraints run their validators' {@link
 * ContextFreeCheck}. Whatever this class cannot compile (a constraint it does not know, a
 * constraint on a field, a composed or repeated constraint) makes every value of that class fail
 * here, so an unknown rule can only cost speed, never a missed violation.
 */
public final class Precheck {
  private static final Check ALWAYS = v -> true;
  private static final Check NEVER = v -> false;

  private static final ClassValue<Check> BEANS =
      new ClassValue<>() {
        @Override
        protected Check computeValue(Class<?> type) {
          try {
            return bean(type);
          } catch (Unsupported e) {
            return NEVER;
          }
        }
      };

  private Precheck() {}

  /**
   * Whether {@code value} certainly has no violation; false when it may have one.
   *
   * @throws IllegalStateException when a getter of the value throws
   */
  public static boolean passes(Object value) {
    return BEANS.get(value.getClass()).test(value);
  }

  /** Whether every value of {@code type} can be checked here, rather than failing unchecked. */
  public static boolean isSupported(Class<?> type) {
    try {
      bean(type);
      return true;
    } catch (Unsupported e) {
      return false;
    }
  }

  /** One compiled check of a value, which may be null. */
  @FunctionalInterface
  private interface Check {
    boolean test(@Nullable Object value);
  }

  /** Thrown while compiling when a class has a rule this class does not reproduce. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  private static Check bean(Class<?> type) throws Unsupported {
    List<Check> checks = new ArrayList<>();
    // The annotations of each getter over the whole hierarchy, by name: the provider applies the
    // constraints of a method and of every method it overrides.
    Map<String, List<Method>> getters = new LinkedHashMap<>();
    for (Class<?> t : hierarchy(type)) {
      for (Annotation a : t.getDeclaredAnnotations()) {
        if (isConstraint(a)) {
          checks.add(constraint(a, null));
        } else {
          refuseHidden(a);
        }
      }
      for (Field f : t.getDeclaredFields()) {
        if (isConstrained(f.getDeclaredAnnotations(), f.getAnnotatedType())) {
          throw new Unsupported("a constraint on field " + f);
        }
      }
      for (Method m : t.getDeclaredMethods()) {
        if (isGetter(m) && isConstrained(m.getDeclaredAnnotations(), m.getAnnotatedReturnType())) {
          getters.computeIfAbsent(m.getName(), n -> new ArrayList<>()).add(m);
        }
      }
    }
    List<Function<Object, Object>> reads = new ArrayList<>();
    List<Check> valueChecks = new ArrayList<>();
    for (Map.Entry<String, List<Method>> getter : getters.entrySet()) {
      List<Check> onValue = new ArrayList<>();
      for (Method m : getter.getValue()) {
        onValue.add(value(m.getAnnotatedReturnType(), m.getDeclaredAnnotations()));
      }
      Check valueCheck = all(onValue);
      if (valueCheck == NEVER) {
        return NEVER;
      }
      Function<Object, Object> read = accessor(type, publicMethod(type, getter.getKey()));
      if (valueCheck != ALWAYS) {
        reads.add(read);
        valueChecks.add(valueCheck);
      }
    }
    if (!reads.isEmpty()) {
      checks.add(new Getters(reads, valueChecks));
    }
    return all(checks);
  }

  /**
   * The checks of a bean's getters, run in one loop: one lambda per getter made every getter a call
   * that the JIT could not inline (a call site shared by all of them), on top of the getter's own
   * and its check's.
   */
  private static final class Getters implements Check {
    private final Function<?, ?>[] reads;
    private final Check[] checks;

    Getters(List<Function<Object, Object>> reads, List<Check> checks) {
      this.reads = reads.toArray(new Function<?, ?>[0]);
      this.checks = checks.toArray(new Check[0]);
    }

    @Override
    @SuppressWarnings("unchecked") // every read is a Function<Object, Object>
    public boolean test(@Nullable Object bean) {
      for (int i = 0; i < reads.length; i++) {
        if (!checks[i].test(((Function<Object, Object>) reads[i]).apply(bean))) {
          return false;
        }
      }
      return true;
    }
  }

  /** The checks of one value from its declared type's annotations, containers included. */
  private static Check value(AnnotatedType type, Annotation... declared) throws Unsupported {
    Set<Annotation> annotations = new LinkedHashSet<>(Arrays.asList(declared));
    // An annotation allowed on both methods and types appears in both places: count it once.
    annotations.addAll(Arrays.asList(type.getAnnotations()));
    List<Check> checks = new ArrayList<>();
    boolean cascade = false;
    for (Annotation a : annotations) {
      if (a instanceof Valid) {
        cascade = true;
      } else if (isConstraint(a)) {
        checks.add(constraint(a, declaredClass(type.getType())));
      } else {
        refuseHidden(a);
      }
    }
    if (type instanceof AnnotatedParameterizedType p) {
      checks.add(elements(p));
    } else {
      for (AnnotatedType inner : nested(type)) {
        if (isConstrained(new Annotation[0], inner)) {
          throw new Unsupported("constraints inside " + type);
        }
      }
    }
    if (cascade) {
      checks.add(new Cascade(mayBeContainer(type.getType())));
    }
    return all(checks);
  }

  private static Check elements(AnnotatedParameterizedType type) throws Unsupported {
    AnnotatedType[] args = type.getAnnotatedActualTypeArguments();
    Class<?> raw = raw(type.getType());
    if (raw == Optional.class) {
      Check element = value(args[0]);
      return element == ALWAYS
          ? ALWAYS
          : v -> v == null || element.test(((Optional<?>) v).orElse(null));
    }
    if (raw == List.class) {
      Check element = value(args[0]);
      return element == ALWAYS ? ALWAYS : v -> v == null || all((List<?>) v, element);
    }
    if (Collection.class.isAssignableFrom(raw) && args.length == 1) {
      Check element = value(args[0]);
      return element == ALWAYS ? ALWAYS : v -> v == null || all((Collection<?>) v, element);
    }
    if (Map.class.isAssignableFrom(raw) && args.length == 2) {
      Check key = value(args[0]);
      Check entry = value(args[1]);
      if (key == ALWAYS && entry == ALWAYS) {
        return ALWAYS;
      }
      return v -> v == null || new Entries(key, entry).all((Map<?, ?>) v);
    }
    for (AnnotatedType arg : args) {
      if (isConstrained(new Annotation[0], arg)) {
        throw new Unsupported("constrained type arguments of " + raw);
      }
    }
    return ALWAYS;
  }

  /**
   * A {@link Valid} value: containers are cascaded into element by element, as the provider does.
   * Each cascade remembers the class it last met with that class's check ({@link LastClass}).
   */
  private static final class Cascade extends LastClass<Check> implements Check {
    // Whether a value may be an Optional, an Iterable or a Map, from its declared type: testing a
    // model object against two interfaces that it does not implement scans all of its class's
    // interfaces twice (BENCHMARKS.md, "Validation of prebuilt records, taken again").
    private final boolean containers;

    Cascade(boolean containers) {
      super(BEANS);
      this.containers = containers;
    }

    @Override
    public boolean test(@Nullable Object value) {
      if (value == null) {
        return true;
      }
      return containers ? element(value) : bean(value);
    }

    private boolean element(Object value) {
      if (value instanceof Optional<?> optional) {
        return optional.isEmpty() || test(optional.get());
      }
      if (value instanceof Iterable<?> iterable) {
        for (Object element : iterable) {
          if (!test(element)) {
            return false;
          }
        }
        return true;
      }
      if (value instanceof Map<?, ?> map) {
        return test(map.values());
      }
      return bean(value);
    }

    private boolean bean(Object value) {
      return forClass(value.getClass()).test(value);
    }
  }

  /**
   * Whether a value of a declared type may be a container that the provider cascades into: any but
   * a class that is none of them (a model type, for one).
   */
  private static boolean mayBeContainer(Type declared) {
    if (!(declared instanceof Class<?> c) || c.isInterface() || c == Object.class) {
      return true;
    }
    return c == Optional.class
        || Iterable.class.isAssignableFrom(c)
        || Map.class.isAssignableFrom(c);
  }

  /**
   * The check of one constraint annotation, exactly the provider's rule or a stricter one, on a
   * value declared as {@code declared} (null for a constraint on a class).
   */
  private static Check constraint(Annotation a, @Nullable Class<?> declared) throws Unsupported {
    if (a instanceof NotNull) {
      return v -> v != null;
    }
    if (a instanceof NotBlank) {
      return v -> v instanceof CharSequence s && !s.toString().isBlank();
    }
    if (a instanceof NotEmpty) {
      ToIntFunction<Object> size = size(declared);
      return v -> v != null && size.applyAsInt(v) > 0;
    }
    if (a instanceof Size bounds) {
      int min = bounds.min();
      int max = bounds.max();
      ToIntFunction<Object> size = size(declared);
      return v -> {
        if (v == null) {
          return true;
        }
        int n = size.applyAsInt(v);
        return n >= min && n <= max;
      };
    }
    if (a instanceof Pattern pattern) {
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      return v -> v == null || (v instanceof CharSequence s && regex.matcher(s).matches());
    }
    if (a instanceof PositiveOrZero) {
      return v -> v == null || isPositiveOrZero(v);
    }
    if (a instanceof Positive) {
      return v -> v == null || (isPositiveOrZero(v) && !isZero(v));
    }
    if (a instanceof Email email) {
      requireDefaults(a, email.regexp(), email.flags().length);
      return v ->
          v == null
              || (v instanceof CharSequence s && (s.length() == 0 || isSimpleEmail(s.toString())));
    }
    return ownConstraint(a);
  }

  /** gcm's own constraints: their validators' rule, without a Jakarta context. */
  private static Check ownConstraint(Annotation a) throws Unsupported {
    Class<?>[] validators = a.annotationType().getAnnotation(Constraint.class).validatedBy();
    for (Annotation meta : a.annotationType().getAnnotations()) {
      if (isConstraint(meta)) {
        throw new Unsupported("composed constraint " + a);
      }
    }
    if (validators.length != 1 || !ContextFreeCheck.class.isAssignableFrom(validators[0])) {
      throw new Unsupported("no context-free check for " + a);
    }
    Class<?> validated = validatedType(validators[0]);
    Object instance;
    try {
      instance = validators[0].getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + validators[0], e);
    }
    @SuppressWarnings("unchecked")
    ConstraintValidator<Annotation, Object> validator =
        (ConstraintValidator<Annotation, Object>) instance;
    validator.initialize(a);
    @SuppressWarnings("unchecked")
    ContextFreeCheck<Object> check = (ContextFreeCheck<Object>) instance;
    // A value of another type would make the provider throw; fail it so that the provider does.
    return v -> v == null || (validated.isInstance(v) && check.passes(v));
  }

  /** The {@code T} of a {@code ConstraintValidator<A, T>} implementation. */
  private static Class<?> validatedType(Class<?> validator) throws Unsupported {
    for (Type t : validator.getGenericInterfaces()) {
      if (t instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
        return raw(p.getActualTypeArguments()[1]);
      }
    }
    throw new Unsupported("cannot tell what " + validator + " validates");
  }

  private static void requireDefaults(Annotation a, String regexp, int flags) throws Unsupported {
    if (!regexp.equals(".*") || flags != 0) {
      throw new Unsupported("a regular expression on " + a);
    }
  }

  /** Refuses annotations that hold constraints, such as {@code @Pattern.List}. */
  private static void refuseHidden(Annotation a) throws Unsupported {
    if (holdsConstraints(a)) {
      throw new Unsupported("repeated constraints in " + a);
    }
  }

  /** Whether an annotation holds constraints in an array member, as {@code @Pattern.List} does. */
  private static boolean holdsConstraints(Annotation a) {
    for (Method m : a.annotationType().getDeclaredMethods()) {
      Class<?> r = m.getReturnType();
      if (r.isArray() && r.getComponentType().isAnnotationPresent(Constraint.class)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** Whether any constraint or cascade is declared on a value or inside its type arguments. */
  private static boolean isConstrained(Annotation[] declared, AnnotatedType type) {
    for (Annotation a : declared) {
      if (a instanceof Valid || isConstraint(a) || holdsConstraints(a)) {
        return true;
      }
    }
    for (Annotation a : type.getAnnotations()) {
      if (a instanceof Valid || isConstraint(a) || holdsConstraints(a)) {
        return true;
      }
    }
    for (AnnotatedType inner : nested(type)) {
      if (isConstrained(new Annotation[0], inner)) {
        return true;
      }
    }
    return false;
  }

  /** The types inside a type: arguments, array components and wildcard bounds. */
  private static List<AnnotatedType> nested(AnnotatedType type) {
    List<AnnotatedType> inner = new ArrayList<>();
    if (type instanceof AnnotatedParameterizedType p) {
      inner.addAll(Arrays.asList(p.getAnnotatedActualTypeArguments()));
    } else if (type instanceof AnnotatedArrayType a) {
      inner.add(a.getAnnotatedGenericComponentType());
    } else if (type instanceof AnnotatedWildcardType w) {
      inner.addAll(Arrays.asList(w.getAnnotatedUpperBounds()));
      inner.addAll(Arrays.asList(w.getAnnotatedLowerBounds()));
    }
    // Not a type variable's bounds: they can refer to the variable itself, and the provider reads
    // constraints where a type is used, not where a variable is declared.
    return inner;
  }

  /**
   * The provider's getters: {@code getX()} returning a value, {@code isX()}/{@code hasX()} a
   * boolean.
   */
  private static boolean isGetter(Method m) {
    if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
      return false;
    }
    String n = m.getName();
    Class<?> r = m.getReturnType();
    boolean bool = r == boolean.class || r == Boolean.class;
    if (n.startsWith("get")) {
      return n.length() > 3 && r != void.class;
    }
    return bool
        && ((n.startsWith("is") && n.length() > 2) || (n.startsWith("has") && n.length() > 3));
  }

  /** The class, its superclasses and all their interfaces. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    List<Class<?>> result = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> t = todo.poll();
      if (t == Object.class || result.contains(t)) {
        continue;
      }
      result.add(t);
      if (t.getSuperclass() != null) {
        todo.add(t.getSuperclass());
      }
      todo.addAll(Arrays.asList(t.getInterfaces()));
    }
    return result;
  }

  /** The public method to call: generated implementations are package-private classes. */
  private static Method publicMethod(Class<?> type, String name) throws Unsupported {
    try {
      Method m = OneOfPresentValidator.publicType(type).getMethod(name);
      if (Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
        return m;
      }
    } catch (NoSuchMethodException e) {
      // reported below
    }
    throw new Unsupported("no public " + name + "() on " + type);
  }

  private static Function<Object, Object> accessor(Class<?> type, Method getter)
      throws Unsupported {
    Class<?> model = OneOfPresentValidator.publicType(type);
    if (ModelTypes.all().contains(model)) {
      for (Property p : Shape.of(model).properties()) {
        if (p.getter().getName().equals(getter.getName())) {
          // The metamodel's getter, which the generated access serves: a function of its own for
          // each getter was 2 % of the samples of reading JSON Lines, in its dispatch alone.
          return p::get;
        }
      }
    }
    try {
      return Accessors.function(getter);
    } catch (IllegalArgumentException e) {
      throw new Unsupported("cannot call " + getter);
    }
  }

  private static Check all(List<Check> checks) {
    List<Check> needed = new ArrayList<>(checks);
    needed.removeIf(c -> c == ALWAYS);
    if (needed.contains(NEVER)) {
      return NEVER;
    }
    if (needed.isEmpty()) {
      return ALWAYS;
    }
    if (needed.size() == 1) {
      return needed.get(0);
    }
    Check[] array = needed.toArray(new Check[0]);
    return v -> {
      for (Check c : array) {
        if (!c.test(v)) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * The checks of a map's keys and values, run through {@link Map#forEach}: a text's map is a
   * singleton map, whose {@code keySet()} and {@code values()} make a new collection and iterator
   * on every call, and checking the keys and then the values made four objects for every text of
   * every record. This makes one.
   */
  private static final class Entries implements BiConsumer<Object, Object> {
    private final Check key;
    private final Check value;
    private boolean passed = true;

    Entries(Check key, Check value) {
      this.key = key;
      this.value = value;
    }

    boolean all(Map<?, ?> map) {
      map.forEach(this);
      return passed;
    }

    @Override
    public void accept(Object k, Object v) {
      if (passed && !(key.test(k) && value.test(v))) {
        passed = false;
      }
    }
  }

  /**
   * Every element of a list, by index: no iterator made for each list of each record. The model's
   * lists are random access (Immutables makes them), so each element is one step.
   */
  private static boolean all(List<?> values, Check check) {
    for (int i = 0; i < values.size(); i++) {
      if (!check.test(values.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean all(Collection<?> values, Check check) {
    for (Object v : values) {
      if (!check.test(v)) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> raw(Type type) throws Unsupported {
    Class<?> c = declaredClass(type);
    if (c == null) {
      throw new Unsupported("cannot resolve " + type);
    }
    return c;
  }

  /**
   * How to take the length or size of a value declared as {@code declared}: the model declares
   * Strings and Lists, whose size is then taken without asking what the value is. A value tested
   * against an interface it does not implement (a List against CharSequence) costs a scan of its
   * class's interfaces, and this check runs on every text and list of every record.
   */
  private static ToIntFunction<Object> size(@Nullable Class<?> declared) {
    if (declared == String.class) {
      return v -> ((String) v).length();
    }
    if (declared == List.class) {
      return v -> ((List<?>) v).size();
    }
    return Precheck::size;
  }

  /** The class a value is declared as, or null for a type variable or wildcard. */
  private static @Nullable Class<?> declaredClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** Length or size; -1 (failing every bound) for a type the provider would refuse. */
  private static int size(Object v) {
    if (v instanceof CharSequence s) {
      return s.length();
    }
    if (v instanceof Collection<?> c) {
      return c.size();
    }
    if (v instanceof Map<?, ?> m) {
      return m.size();
    }
    return -1;
  }

  private static boolean isZero(Object v) {
    if (v instanceof BigDecimal d) {
      return d.signum() == 0;
    }
    if (v instanceof BigInteger i) {
      return i.signum() == 0;
    }
    return ((Number) v).longValue() == 0;
  }

  private static boolean isPositiveOrZero(Object v) {
    if (v instanceof BigDecimal d) {
      return d.signum() >= 0;
    }
    if (v instanceof BigInteger i) {
      return i.signum() >= 0;
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue() >= 0;
    }
    // Floating point (NaN, negative zero) is left to the provider.
    return false;
  }

  /**
   * Stricter than Hibernate Validator's e-mail rule (which allows quoted local parts, IP domains,
   * single-label domains and non-ASCII): a dot-separated ASCII local part of at most 64 characters
   * and a domain of at most 255 of at least two labels of letters, digits and inner hyphens, each
   * of 1 to 63 characters: the language of {@code
   * [A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@LABEL(?:\.LABEL)+} with {@code LABEL} {@code
   * [A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?}, checked by hand in one pass: java.util.regex
   * recurses once per repetition of a group.
   */
  static boolean isSimpleEmail(String s) {
    int at = s.lastIndexOf('@');
    if (at <= 0 || at > 64 || s.length() - at - 1 > 255) {
      return false;
    }
    // Local part: atoms joined by single dots.
    char previous = '.';
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (previous == '.') {
          return false;
        }
      } else if (!isAsciiAlphanumeric(c) && c != '_' && c != '+' && c != '-') {
        return false;
      }
      previous = c;
    }
    if (previous == '.') {
      return false;
    }
    // Domain: two or more labels of 1 to 63 characters that start and end alphanumeric.
    int labels = 0;
    int start = at + 1;
    for (int i = start; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        int length = i - start;
        if (length < 1
            || length > 63
            || !isAsciiAlphanumeric(s.charAt(start))
            || !isAsciiAlphanumeric(s.charAt(i - 1))) {
          return false;
        }
        labels++;
        start = i + 1;
      } else if (!isAsciiAlphanumeric(s.charAt(i)) && s.charAt(i) != '-') {
        return false;
      }
    }
    return labels >= 2;
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
