package org.gcmkit.examples.recipes;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;

/**
 * Recipe: an application that already has a Jakarta Validator (as Spring and Quarkus provide)
 * validates gcm types with it, and wraps it in a GcmValidator to get gcm's report.
 */
public final class EmbedWithOwnValidator {
  private EmbedWithOwnValidator() {}

  /** Validates a seed dataset with a stock validator, then breaks it and reports the problems. */
  public static void main(String[] args) {
    // snippet:embed-validator
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator(); // the application's own, stock validator
      Dataset dataset = SeedDatasets.seed004();
      Set<ConstraintViolation<Dataset>> violations = validator.validate(dataset);
      System.out.println("stock validator: " + violations.size() + " violations");

      Meeting broken =
          dataset.getMeetings().get(0).toBuilder()
              .title(org.gcmkit.model.Text.of("e n", ""))
              .build();
      Dataset invalid = dataset.toBuilder().meetings(java.util.List.of(broken)).build();
      ValidationReport report = GcmValidator.using(validator).validate(invalid);
      report.getViolations().forEach(System.out::println);
    }
    // end snippet
  }
}
