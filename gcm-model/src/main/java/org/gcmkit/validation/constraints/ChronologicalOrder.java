package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.gcmkit.model.Period} must not end before it starts: the last day its end
 * can mean must not precede the first day its start can mean.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#DATE_ORDER}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.ChronologicalOrderValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ChronologicalOrder {
  /** {@return the message} */
  String message() default "must not end before it starts";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
