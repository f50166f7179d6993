package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Optional;
import org.gcmkit.validation.constraints.OneOfPresent;

/** Checks {@link OneOfPresent} by calling each property's {@code getX} accessor. */
public final class OneOfPresentValidator implements ConstraintValidator<OneOfPresent, Object> {
  private String[] properties = new String[0];

  /** Creates the validator; called by the Jakarta Validation provider. */
  public OneOfPresentValidator() {}

  @Override
  public void initialize(OneOfPresent annotation) {
    properties = annotation.value();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (String property : properties) {
      if (read(value, property).isPresent()) {
        return true;
      }
    }
    return Messages.fail(
        context,
        "expected at least one of " + String.join(", ", properties) + " but none was given");
  }

  private static Optional<?> read(Object bean, String property) {
    String getter =
        "get" + property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
    try {
      Method m = publicType(bean.getClass()).getMethod(getter);
      return (Optional<?>) m.invoke(bean);
    } catch (NoSuchMethodException | IllegalAccessException | ClassCastException e) {
      throw new IllegalStateException(
          "@OneOfPresent names '"
              + property
              + "' but "
              + bean.getClass().getName()
              + " has no public "
              + getter
              + "() returning Optional",
          e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(getter + "() failed", e.getCause());
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
