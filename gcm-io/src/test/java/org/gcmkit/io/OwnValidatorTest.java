package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Actor;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.gcmkit.validation.constraints.Warning;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
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
  private static GcmValidator ownRule;

  @BeforeAll
  @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...) with one class
  static void ownValidator() {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class).configure();
    // No Jakarta EL here: the parameter interpolator, as an application without EL would use.
    config.messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.type(Actor.class).getter("sources").constraint(new SizeDef().max(0));
    Validator validator = config.addMapping(mapping).buildValidatorFactory().getValidator();
    own = GcmValidator.using(validator);

    // The application's own constraint, with its own code (@RuleCode), severity (the Warning
    // payload) and message, put on a model getter.
    HibernateValidatorConfiguration withRule =
        Validation.byProvider(HibernateValidator.class).configure();
    withRule.messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping titles = withRule.createConstraintMapping();
    titles
        .type(Meeting.class)
        .getter("title")
        .constraint(
            new GenericConstraintDef<>(TitleLongEnough.class)
                .param("min", 30)
                .payload(Warning.class));
    ownRule =
        GcmValidator.using(withRule.addMapping(titles).buildValidatorFactory().getValidator());
  }

  @Test
  void ownConstraint_itsCodeSeverityAndMessage_inJsonAndCsvReports(@TempDir Path dir)
      throws Exception {
    Path pkg = dir.resolve("pkg");
    GcmCsv.create().writeDataset(GcmJson.create().readDataset(BASE).requireValid(), pkg);

    ValidationReport json = GcmJson.create().withValidator(ownRule).readDataset(BASE).getReport();
    ValidationReport csv = GcmCsv.create().withValidator(ownRule).readDataset(pkg).getReport();

    for (ValidationReport report : java.util.List.of(json, csv)) {
      assertThat(report.isValid()).isTrue();
      assertThat(report.getViolations())
          .extracting(
              Violation::getCode,
              Violation::getSeverity,
              Violation::getPointer,
              Violation::getMessage)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "myapp.title-too-short",
                  Severity.WARNING,
                  "/meetings/0/title",
                  "expected a title of at least 30 characters in each language"));
      // gcm has no template for it: its own message in every language.
      assertThat(report.getViolations().get(0).getLocalizedMessage(java.util.Locale.FRENCH))
          .isEqualTo("expected a title of at least 30 characters in each language");
    }
    assertThat(json.getViolations().get(0).getLocation()).isPresent();
    assertThat(csv.getViolations().get(0).getLocation().orElseThrow().getFile())
        .hasValueSatisfying(f -> assertThat(f).endsWith("meetings.csv"));
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
