package org.gcmkit.io;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.gcmkit.model.Text;
import org.gcmkit.validation.constraints.RuleCode;

/**
 * An application's own rule, as a user would write one: a title of at least {@code min} letters.
 */
@RuleCode("myapp.title-too-short")
@Constraint(validatedBy = TitleLongEnough.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TitleLongEnough {
  /** {@return the message} */
  String message() default "expected a title of at least {min} characters in each language";

  /** {@return the least length} */
  int min() default 12;

  /** {@return the groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /** Checks each language of the title. */
  class Check implements ConstraintValidator<TitleLongEnough, Text> {
    private int min;

    /** Created by the provider. */
    public Check() {}

    @Override
    public void initialize(TitleLongEnough annotation) {
      min = annotation.min();
    }

    @Override
    public boolean isValid(Text value, ConstraintValidatorContext context) {
      return value == null || value.getValues().values().stream().allMatch(t -> t.length() >= min);
    }
  }
}
