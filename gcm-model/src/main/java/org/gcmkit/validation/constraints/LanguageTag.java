package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must be a well-formed BCP 47 language tag, such as {@code en}, {@code ar} or
 * {@code ru-Latn}.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#LANGUAGE_TAG}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.LanguageTagValidator.class)
@Target({ElementType.TYPE_USE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {
  /** {@return the message} */
  String message() default "must be a well-formed BCP 47 language tag";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
