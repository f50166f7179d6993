package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.gcmkit.validation.constraints.OneOfPresent;

/** Checks {@link OneOfPresent} by calling each property's {@code getX} accessor. */
public final class OneOfPresentValidator
    implements ConstraintValidator<OneOfPresent, Object>, ContextFreeCheck<Object> {
  private String[] properties = new String[0];
  // The accessors of each class seen, looked up once: this runs for every record validated.
  private final ClassValue<List<Function<Object, Object>>> getters =
      new ClassValue<>() {
        @Override
        protected List<Function<Object, Object>> computeValue(Class<?> type) {
          List<Function<Object, Object>> methods = new ArrayList<>(properties.length);
          for (int i = 0; i < properties.length; i++) {
            methods.add(getter(type, properties[i]));
          }
          return List.copyOf(methods);
        }
      };

  /** Creates the validator; called by the Jakarta Validation provider. */
  public OneOfPresentValidator() {}

  @Override
  public void initialize(OneOfPresent annotation) {
    properties = annotation.value();
  }

  @Override
  public boolean passes(Object value) {
    if (value == null) {
      return true;
    }
    for (Function<Object, Object> getter : getters.get(value.getClass())) {
      if (((Optional<?>) getter.apply(value)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    return Messages.fail(
        context,
        "expected at least one of " + String.join(", ", properties) + " but none was given");
  }

  private static Function<Object, Object> getter(Class<?> type, String property) {
    String getter =
        "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    try {
      Method m = publicType(type).getMethod(getter);
      if (m.getReturnType() == Optional.class) {
        return Getters.of(m);
      }
    } catch (NoSuchMethodException | IllegalAccessException e) {
      // reported below
    }
    throw new IllegalStateException(
        "@OneOfPresent names '"
            + property
            + "' but "
            + type.getName()
            + " has no public "
            + getter
            + "() returning Optional");
  }

  /** The public abstract model type behind a generated, package-private implementation. */
  static Class<?> publicType(Class<?> type) {
    Class<?> t = type;
    while (!java.lang.reflect.Modifier.isPublic(t.getModifiers()) && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t;
  }
}
