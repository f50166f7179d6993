package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Actor;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's own validator, given with {@code withValidator}, checks every record that {@link
 * GcmJson} and {@link GcmCsv} read or validate, and its findings are located like gcm's own. Here
 * the application's rule (an actor cites no source) is added as a programmatic constraint.
 */
class OwnValidatorTest {
  private static final Path BASE = Path.of("src/test/resources/hostile/base.json");
  private static GcmValidator own;

  @BeforeAll
  static void ownValidator() {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class).configure();
    // No Jakarta EL here: the parameter interpolator, as an application without EL would use.
    config.messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.type(Actor.class).getter("sources").constraint(new SizeDef().max(0));
    Validator validator = config.addMapping(mapping).buildValidatorFactory().getValidator();
    own = GcmValidator.using(validator);
  }

  @Test
  void json_ownRule_reportedAtItsPointerOnReadAndValidate() {
    assertThat(GcmJson.create().readDataset(BASE).isValid()).isTrue();

    GcmJson json = GcmJson.create().withValidator(own);

    assertThat(pointers(json.readDataset(BASE).getReport())).containsExactly("/actors/0/sources");
    assertThat(pointers(json.validateDataset(BASE))).containsExactly("/actors/0/sources");
  }

  @Test
  void csv_ownRule_reportedAtItsPointerAndCell(@TempDir Path dir) throws Exception {
    Dataset base = GcmJson.create().readDataset(BASE).requireValid();
    Path pkg = dir.resolve("pkg");
    GcmCsv.create().writeDataset(base, pkg);

    GcmCsv csv = GcmCsv.create().withValidator(own);
    ValidationReport report = csv.readDataset(pkg).getReport();

    assertThat(pointers(report)).containsExactly("/actors/0/sources");
    assertThat(report.getViolations().get(0).getLocation().orElseThrow().getFile())
        .hasValueSatisfying(f -> assertThat(f).endsWith("actors.csv"));
    assertThat(pointers(csv.validateDataset(pkg))).containsExactly("/actors/0/sources");
  }

  private static java.util.List<String> pointers(ValidationReport report) {
    return report.getViolations().stream().map(Violation::getPointer).toList();
  }
}
