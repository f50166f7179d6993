package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The language tags of a text's values or of a list of languages are distinct, compared without
 * regard to case: BCP 47 tags are case-insensitive, so {@code en} and {@code EN} are one language
 * given twice, and one of the two values would be lost or ambiguous.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#LANGUAGE_TAG_DUPLICATE}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.DistinctLanguageTagsValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctLanguageTags {
  /** {@return the message} */
  String message() default "each language tag must appear once, in any case";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
