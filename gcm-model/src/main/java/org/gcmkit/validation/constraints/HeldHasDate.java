package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link org.gcmkit.model.Meeting} whose status is {@code held} should have at least one date (a
 * warning: the model declares it with the payload {@link Warning}).
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#HELD_WITHOUT_DATE}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.HeldHasDateValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HeldHasDate {
  /** {@return the message} */
  String message() default "a held meeting should have a date";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
