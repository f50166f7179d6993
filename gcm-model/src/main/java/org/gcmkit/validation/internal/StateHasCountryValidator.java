package org.gcmkit.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorKind;
import org.gcmkit.validation.constraints.StateHasCountry;

/** Checks {@link StateHasCountry}. */
public final class StateHasCountryValidator
    implements ConstraintValidator<StateHasCountry, Actor>, ContextFreeCheck<Actor> {
  /** Creates the validator; called by the Jakarta Validation provider. */
  public StateHasCountryValidator() {}

  @Override
  public boolean passes(Actor actor) {
    return actor == null || actor.getKind() != ActorKind.STATE || actor.getCountry().isPresent();
  }

  @Override
  public boolean isValid(Actor actor, ConstraintValidatorContext context) {
    if (passes(actor)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(
            "expected the ISO 3166-1 code of a State but the actor of kind state has no country")
        .addPropertyNode("country")
        .addConstraintViolation();
    return false;
  }
}
