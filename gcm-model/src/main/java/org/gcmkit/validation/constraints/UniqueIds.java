package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Within a {@link org.gcmkit.model.Dataset}, no two records of one type may share an id.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#ID_DUPLICATE}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.UniqueIdsValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {
  /** {@return the message} */
  String message() default "ids must be unique per record type";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
