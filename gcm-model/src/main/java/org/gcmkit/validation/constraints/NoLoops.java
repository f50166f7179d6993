package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Following the references from a record to another of its own type, held by the record itself (a
 * meeting's {@code partOf}, an actor's {@code parent}, a figure's {@code partOf}, a pledge's {@code
 * matches}), never comes back to where it started.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#REFERENCE_LOOP}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.NoLoopsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoLoops {
  /** {@return the message} */
  String message() default "references from a record to its own type must not loop";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
