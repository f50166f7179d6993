package org.gcmkit.validation.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The language tags of a text's values or of a list of languages are written in the case the IANA
 * registry gives them ({@code en}, {@code zh-Hant}, {@code en-GB}). A tag in another case is the
 * same tag, so the model uses it with {@code payload = Warning.class}: gcm's writers write it in
 * the registry's case. Tags that are not registered, or that another tag of the same value repeats
 * in another case, are left to {@link LanguageTag} and {@link DistinctLanguageTags}.
 *
 * <p>Reported as {@link org.gcmkit.validation.Rule#LANGUAGE_TAG_CASE}.
 */
@Documented
@Constraint(validatedBy = org.gcmkit.validation.internal.CanonicalLanguageTagsValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface CanonicalLanguageTags {
  /** {@return the message} */
  String message() default "language tags must be in the case the registry gives them";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};
}
