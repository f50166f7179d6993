package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every id a record of a {@link org.gcmkit.model.Dataset} refers to must name a record of that
 * dataset.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#REFERENCE_UNRESOLVED}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.ReferencesResolveValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferencesResolve {
  /** {@return the message} */
  String message() default "every reference must name a record of the dataset";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
