package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gcmkit.model.Subject;
import org.gcmkit.validation.constraints.KnownSubject;

/** Checks {@link KnownSubject} against the built-in code lists. */
public final class KnownSubjectValidator
    implements ConstraintValidator<KnownSubject, Subject>, ContextFreeCheck<Subject> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public KnownSubjectValidator() {}

  @Override
  public boolean passes(Subject value) {
    return value == null || value.isKnown();
  }

  @Override
  public boolean isValid(Subject value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    String expected =
        value.getAspect() == Subject.Aspect.PRINCIPLE
            ? "a guiding principle letter from a to j"
            : value.getCompact().name()
                + " objective number from 1 to "
                + (value.getCompact().name().equals("GCM") ? 23 : 4);
    return Messages.fail(context, "expected " + expected + " but was " + Messages.quote(value));
  }
}
