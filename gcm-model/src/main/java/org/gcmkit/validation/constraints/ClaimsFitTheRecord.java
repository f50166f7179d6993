package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each {@link org.gcmkit.model.Claim} of the annotated record names a property the record has (not
 * its id, sources or claims), and, when that property holds codes, dates, numbers or ids, its value
 * is one that the property could hold.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#CLAIM_INVALID}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.ClaimsFitTheRecordValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ClaimsFitTheRecord {
  /** {@return the message} */
  String message() default "a claim must name a property of the record and a value it can hold";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
