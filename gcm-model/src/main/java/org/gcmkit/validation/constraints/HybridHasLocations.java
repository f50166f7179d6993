package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link org.gcmkit.model.Meeting} whose format is {@code hybrid} must have both a place and a
 * virtual location.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#HYBRID_LOCATION}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.HybridHasLocationsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HybridHasLocations {
  /** {@return the message} */
  String message() default "a hybrid meeting must have a place and a virtual location";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
