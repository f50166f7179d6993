package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated string must be a web address: an absolute {@code http} or {@code https} URI with a
 * host, such as {@code https://example.org/page}, of printable ASCII (an internationalised domain
 * in its {@code xn--} form, other characters percent-encoded). {@code file:}, {@code mailto:},
 * {@code javascript:} and relative references are refused.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#URL}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.WebAddressValidator.class)
@Target({ElementType.TYPE_USE, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebAddress {
  /** {@return the message} */
  String message() default "must be an http or https web address";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
