package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * At least one of the named optional properties of the annotated type must be present.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#ONE_OF}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.OneOfPresentValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOfPresent {
  /** {@return the message} */
  String message() default "must have at least one of the listed properties";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /**
   * {@return the properties, as named in files; each has an accessor {@code getX} returning
   * Optional}
   */
  String[] value();
}
