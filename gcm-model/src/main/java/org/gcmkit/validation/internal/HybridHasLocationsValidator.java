package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.validation.constraints.HybridHasLocations;

/** Checks {@link HybridHasLocations}, reporting each missing location at its own property. */
public final class HybridHasLocationsValidator
    implements ConstraintValidator<HybridHasLocations, Meeting>, ContextFreeCheck<Meeting> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public HybridHasLocationsValidator() {}

  @Override
  public boolean passes(Meeting meeting) {
    return meeting == null
        || meeting.getFormat().orElse(null) != MeetingFormat.HYBRID
        || (meeting.getPlace().isPresent() && meeting.getVirtualLocation().isPresent());
  }

  @Override
  public boolean isValid(Meeting meeting, ConstraintValidatorContext context) {
    if (passes(meeting)) {
      return true;
    }
    boolean valid = true;
    context.disableDefaultConstraintViolation();
    if (meeting.getPlace().isEmpty()) {
      context
          .buildConstraintViolationWithTemplate(
              "expected a place for a hybrid meeting but none was given")
          .addPropertyNode("place")
          .addConstraintViolation();
      valid = false;
    }
    if (meeting.getVirtualLocation().isEmpty()) {
      context
          .buildConstraintViolationWithTemplate(
              "expected a virtual location for a hybrid meeting but none was given")
          .addPropertyNode("virtualLocation")
          .addConstraintViolation();
      valid = false;
    }
    return valid;
  }
}
