package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;

/**
 * Reads the model by reflection, from {@link Dataset} down, and checks that {@link
 * RuleCoverageTest} breaks every constraint it finds and every reference property: a constraint or
 * reference added to the model without a case fails here.
 */
class ConstraintInventoryTest {
  private static final String MODEL = Dataset.class.getPackageName();
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator STOCK = FACTORY.getValidator();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  @Test
  void cases_everyConstraintOfEveryModelType_brokenByACase() {
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : modelTypes()) {
      for (Annotation a : type.getAnnotations()) {
        if (isConstraint(a)) {
          declared.add(type.getSimpleName() + " @" + a.annotationType().getSimpleName());
        }
      }
      for (Method m : getters(type)) {
        for (Annotation a : constraintsOn(m)) {
          declared.add(
              type.getSimpleName() + "." + property(m) + " @" + a.annotationType().getSimpleName());
        }
      }
    }

    Set<String> broken = new TreeSet<>();
    for (Object invalid : invalidValues()) {
      for (ConstraintViolation<Object> cv : STOCK.validate(invalid)) {
        Class<?> leaf = publicType(cv.getLeafBean().getClass());
        Class<? extends Annotation> a =
            cv.getConstraintDescriptor().getAnnotation().annotationType();
        broken.add(
            leaf.isAnnotationPresent(a)
                ? leaf.getSimpleName() + " @" + a.getSimpleName()
                : leaf.getSimpleName()
                    + "."
                    + lastProperty(cv.getPropertyPath())
                    + " @"
                    + a.getSimpleName());
      }
    }

    // Guards against an inventory that finds nothing and so passes trivially.
    assertThat(declared)
        .contains(
            "Dataset @ReferencesResolve",
            "Text.values @LanguageTag",
            "Figure.value @PositiveOrZero");
    // A blank Claim.property also breaks its @Pattern, so no single-rule case can break @NotBlank
    // alone; ValidationReportTest.validate_samePointerTwoRules_ordersByCode covers both together.
    Set<String> notAlone = Set.of("Claim.property @NotBlank");
    assertThat(declared).containsAll(notAlone);
    assertThat(broken)
        .containsAll(
            declared.stream().filter(d -> !notAlone.contains(d)).collect(Collectors.toList()));
  }

  @Test
  void cases_everyReferencePropertyOfEveryModelType_leftUnresolvedByACase() {
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : modelTypes()) {
      for (Method m : getters(type)) {
        if (!m.getName().equals("getId")
            && RecordId.class.isAssignableFrom(elementType(m.getGenericReturnType()))) {
          declared.add(type.getSimpleName() + "." + property(m));
        }
      }
    }

    Set<String> unresolved = new TreeSet<>();
    for (Object invalid : invalidValues()) {
      for (Violation v : GcmValidator.create().validate(invalid).getViolations()) {
        if (v.getCode().equals(Rule.REFERENCE_UNRESOLVED.code())) {
          unresolved.add(propertyAt(invalid.getClass(), v.getPointer()));
        }
      }
    }

    assertThat(declared)
        .hasSizeGreaterThan(30)
        .contains("Outcome.document", "Figure.partOf", "Source.contacts");
    assertThat(unresolved).containsAll(declared);
  }

  private static List<Object> invalidValues() {
    return RuleCoverageTest.cases()
        .map(a -> ((Named<?>) a.get()[0]).getPayload())
        .collect(Collectors.toList());
  }

  /** Every model type reachable from Dataset through getters, in lists and Optionals too. */
  static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Dataset.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type)) {
        continue;
      }
      for (Method m : getters(type)) {
        Class<?> t = elementType(m.getGenericReturnType());
        if (t.getPackageName().equals(MODEL)
            && !t.isEnum()
            && !RecordId.class.isAssignableFrom(t)) {
          todo.add(t);
        }
      }
    }
    assertThat(seen).hasSizeGreaterThan(20);
    return seen;
  }

  static List<Method> getters(Class<?> type) {
    return Stream.of(type.getMethods())
        .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getName().startsWith("get") && !m.getName().equals("getClass"))
        .collect(Collectors.toList());
  }

  /**
   * Constraints on a getter and on its return type's type arguments (List<@CountryCode String>).
   */
  static Set<Annotation> constraintsOn(Method m) {
    Set<Annotation> found = new LinkedHashSet<>();
    Stream.of(m.getAnnotations()).filter(ConstraintInventoryTest::isConstraint).forEach(found::add);
    AnnotatedType returned = m.getAnnotatedReturnType();
    Stream.of(returned.getAnnotations())
        .filter(ConstraintInventoryTest::isConstraint)
        .forEach(found::add);
    if (returned instanceof AnnotatedParameterizedType annotatedParameterizedType) {
      for (AnnotatedType arg : annotatedParameterizedType.getAnnotatedActualTypeArguments()) {
        Stream.of(arg.getAnnotations())
            .filter(ConstraintInventoryTest::isConstraint)
            .forEach(found::add);
      }
    }
    return found;
  }

  private static String property(Method getter) {
    String n = getter.getName().substring(3);
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(Constraint.class);
  }

  /** The type a getter yields: the element of a List or Optional, else the type itself. */
  private static Class<?> elementType(Type type) {
    if (type instanceof ParameterizedType p) {

      if ((p.getRawType() == List.class || p.getRawType() == Optional.class)
          && p.getActualTypeArguments()[0] instanceof Class) {
        return (Class<?>) p.getActualTypeArguments()[0];
      }
      return (Class<?>) p.getRawType();
    }
    return type instanceof Class ? (Class<?>) type : Object.class;
  }

  /**
   * {@code Type.property} of the value a JSON Pointer names, found by following getters from {@code
   * root}.
   */
  private static String propertyAt(Class<?> root, String pointer) {
    Class<?> type = publicType(root);
    String owner = null;
    String name = null;
    for (String token : pointer.substring(1).split("/", -1)) {
      if (token.chars().allMatch(Character::isDigit)) {
        continue;
      }
      String getter = "get" + Character.toUpperCase(token.charAt(0)) + token.substring(1);
      Method m =
          getters(type).stream()
              .filter(g -> g.getName().equals(getter))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no " + getter + " on the way to " + pointer));
      owner = type.getSimpleName();
      name = token;
      type = elementType(m.getGenericReturnType());
    }
    return owner + "." + name;
  }

  private static String lastProperty(Path path) {
    String last = "";
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        last = node.getName();
      }
    }
    return last;
  }

  /** The public model type behind a generated, package-private implementation. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (!Modifier.isPublic(t.getModifiers()) && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t;
  }
}
