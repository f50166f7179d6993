package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.Period;
import org.gcmkit.validation.constraints.ChronologicalOrder;

/** Checks {@link ChronologicalOrder}; partial dates compare by the widest span they can mean. */
public final class ChronologicalOrderValidator
    implements ConstraintValidator<ChronologicalOrder, Period>, ContextFreeCheck<Period> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public ChronologicalOrderValidator() {}

  @Override
  public boolean passes(Period value) {
    if (value == null) {
      return true;
    }
    Optional<PartialDate> start = value.getStart();
    Optional<PartialDate> end = value.getEnd();
    return start.isEmpty() || end.isEmpty() || !end.get().latest().isBefore(start.get().earliest());
  }

  @Override
  public boolean isValid(Period value, ConstraintValidatorContext context) {
    if (passes(value)) {
      return true;
    }
    PartialDate start = value.getStart().orElseThrow();
    PartialDate end = value.getEnd().orElseThrow();
    context.disableDefaultConstraintViolation();
    ConstraintValidatorContext.ConstraintViolationBuilder b =
        context.buildConstraintViolationWithTemplate(
            Messages.literal("expected an end on or after the start " + start + " but was " + end));
    if (value instanceof DateSpan) {
      // A span is one string in a file: reported at it, as there is no /end to point at.
      b.addConstraintViolation();
    } else {
      b.addPropertyNode("end").addConstraintViolation();
    }
    return false;
  }
}
