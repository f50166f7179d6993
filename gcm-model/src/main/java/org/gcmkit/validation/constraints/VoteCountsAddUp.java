package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The vote counts of a {@link org.gcmkit.model.Decision} add up to its total, where a total is
 * given: exactly when all four counts are given, to no more than it when some are missing.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#VOTE_TOTAL}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.VoteCountsAddUpValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VoteCountsAddUp {
  /** {@return the message} */
  String message() default "the vote counts must add up to the total";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
