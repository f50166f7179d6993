package org.gcmkit.spring;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashSet;
import java.util.Set;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Severity;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives Spring MVC's {@code @Valid} a validator that leaves gcm warnings out of the binding result:
 * a warning says the data is suspect but usable, so it must not turn a request into a 400.
 * Everything else is the application's Jakarta validator unchanged.
 */
final class WarningsPass implements WebMvcConfigurer {
  private final ObjectProvider<jakarta.validation.Validator> validator;

  WarningsPass(ObjectProvider<jakarta.validation.Validator> validator) {
    this.validator = validator;
  }

  @Override
  public @Nullable Validator getValidator() {
    jakarta.validation.Validator target = validator.getIfUnique();
    return target == null ? null : new Adapter(target);
  }

  /** Spring's adapter, with warnings dropped before they become binding errors. */
  private static final class Adapter extends SpringValidatorAdapter {
    Adapter(jakarta.validation.Validator target) {
      super(target);
    }

    @Override
    protected void processConstraintViolations(
        Set<ConstraintViolation<Object>> violations, Errors errors) {
      Set<ConstraintViolation<Object>> errorsOnly = new LinkedHashSet<>();
      for (ConstraintViolation<Object> v : violations) {
        if (GcmValidator.violationOf(v).getSeverity() != Severity.WARNING) {
          errorsOnly.add(v);
        }
      }
      super.processConstraintViolations(errorsOnly, errors);
    }
  }
}
