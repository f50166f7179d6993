package org.gcmkit.validation.constraints;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives an application's own constraint annotation the code that gcm's reports carry for it, in
 * place of the generic {@code constraint}. Put it on the annotation type, beside
 * {@code @Constraint}; the severity comes from the {@link Warning} payload (an error without it)
 * and the message from the constraint's own, as the application's Jakarta validator interpolates
 * it.
 *
 * <pre>{@code
 * @RuleCode("myapp.title-too-short")
 * @Constraint(validatedBy = TitleLongEnoughValidator.class)
 * @Target({ElementType.METHOD, ElementType.FIELD})
 * @Retention(RetentionPolicy.RUNTIME)
 * public @interface TitleLongEnough { ... }
 * }</pre>
 *
 * <p>Use a prefix of the application's own ({@code myapp.}), so that a code never means two rules.
 */
@Documented
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RuleCode {
  /** {@return the code, for example {@code myapp.title-too-short}} */
  String value();
}
