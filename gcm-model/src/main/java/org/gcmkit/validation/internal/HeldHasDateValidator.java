package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.validation.constraints.HeldHasDate;

/** Checks {@link HeldHasDate}. */
public final class HeldHasDateValidator
    implements ConstraintValidator<HeldHasDate, Meeting>, ContextFreeCheck<Meeting> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public HeldHasDateValidator() {}

  @Override
  public boolean passes(Meeting meeting) {
    return meeting == null
        || meeting.getStatus() != MeetingStatus.HELD
        || !meeting.getDates().isEmpty();
  }

  @Override
  public boolean isValid(Meeting meeting, ConstraintValidatorContext context) {
    if (passes(meeting)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            "expected at least one date for a held meeting but none was given")
        .addPropertyNode("dates")
        .addConstraintViolation();
    return false;
  }
}
