package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;

/** Checks {@link OneOfPresent} by calling each property's {@code getX} accessor. */
public final class OneOfPresentValidator
    implements ConstraintValidator<OneOfPresent, Object>, ContextFreeCheck<Object> {
  private String[] properties = new String[0];
  // The accessors of each class seen, looked up once: this runs for every record validated.
  private final ClassValue<Method[]> getters =
      new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
          Method[] methods = new Method[properties.length];
          for (int i = 0; i < properties.length; i++) {
            methods[i] = getter(type, properties[i]);
          }
          return methods;
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
    for (Method getter : getters.get(value.getClass())) {
      if (read(value, getter).isPresent()) {
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

  private static Method getter(Class<?> type, String property) {
    String getter =
        "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    try {
      Method m = publicType(type).getMethod(getter);
      if (m.getReturnType() == Optional.class) {
        return m;
      }
    } catch (NoSuchMethodException e) {
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

  private static Optional<?> read(Object bean, Method getter) {
    try {
      return (Optional<?>) getter.invoke(bean);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + getter, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(getter + " failed", e.getCause());
    }
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
