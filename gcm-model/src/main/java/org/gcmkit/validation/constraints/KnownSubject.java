package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link org.gcmkit.model.Subject} must name an objective or principle that exists in
 * the built-in code lists.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#SUBJECT_UNKNOWN}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.KnownSubjectValidator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownSubject {
  /** {@return the message} */
  String message() default "must name an objective or principle of the code lists";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
