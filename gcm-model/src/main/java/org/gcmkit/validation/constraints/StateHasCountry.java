package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link org.gcmkit.model.Actor} of kind {@code state} must give its ISO 3166-1 country code.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#STATE_COUNTRY}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.StateHasCountryValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface StateHasCountry {
  /** {@return the message} */
  String message() default "a State must have a country code";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
