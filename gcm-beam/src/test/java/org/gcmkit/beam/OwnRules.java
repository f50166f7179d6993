package org.gcmkit.beam;

import jakarta.validation.Validation;
import org.gcmkit.model.Actor;
import org.gcmkit.validation.GcmValidator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * An application's own rule, as a data team would add one: every actor is backed by two sources or
 * more (a programmatic constraint on a model getter, next to gcm's own). Made on each worker
 * through {@code OwnRules::validator}.
 */
final class OwnRules {
  private OwnRules() {}

  static GcmValidator validator() {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class).configure();
    config.messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.type(Actor.class).getter("sources").constraint(new SizeDef().min(2));
    return GcmValidator.using(config.addMapping(mapping).buildValidatorFactory().getValidator());
  }
}
