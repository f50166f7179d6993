package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must be an ISO 3166-1 alpha-2 country code in upper case, such as {@code
 * TM}.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#COUNTRY_CODE}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.CountryCodeValidator.class)
@Target({ElementType.TYPE_USE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountryCode {
  /** {@return the message} */
  String message() default "must be an ISO 3166-1 alpha-2 country code";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
