package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.validation.constraints.OneOfPresent;

/** Checks {@link OneOfPresent} by reading each named property through the metamodel. */
public final class OneOfPresentValidator
    implements ConstraintValidator<OneOfPresent, Object>, ContextFreeCheck<Object> {
  private String[] properties = new String[0];
  // The accessors of each class seen, looked up once: this runs for every record validated.
  private final ClassValue<List<Property>> getters =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          List<Property> methods = new ArrayList<>(properties.length);
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
    List<Property> named = getters.get(value.getClass());
    for (int i = 0; i < named.size(); i++) {
      if (((Optional<?>) named.get(i).get(value)).isPresent()) {
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

  private static Property getter(Class<?> type, String property) {
    return Shape.of(publicType(type))
        .property(property)
        .filter(p -> p.cardinality() == Cardinality.OPTIONAL)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "@OneOfPresent names '"
                        + property
                        + "' but "
                        + type.getName()
                        + " has no optional property of that name"));
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
