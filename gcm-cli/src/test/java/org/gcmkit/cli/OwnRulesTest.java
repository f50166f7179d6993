package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.Text;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.constraints.RuleCode;
import org.gcmkit.validation.constraints.Warning;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that runs gcm's command line inside itself ({@link Gcm#run(GcmValidator,
 * PrintWriter, PrintWriter, String...)}) gets its own rules in the reports of {@code validate} and
 * {@code convert}, with their codes, severities and messages, for JSON and CSV alike.
 */
class OwnRulesTest {
  @TempDir Path dir;

  private String out = "";

  /** An application's rule: a meeting title of at least {@code min} characters in each language. */
  @RuleCode("myapp.short-title")
  @Constraint(validatedBy = TitleLength.Check.class)
  @Target({ElementType.METHOD, ElementType.FIELD})
  @Retention(RetentionPolicy.RUNTIME)
  public @interface TitleLength {
    /** {@return the message} */
    String message() default "expected a meeting title of at least {min} characters";

    /** {@return the least length} */
    int min();

    /** {@return the groups} */
    Class<?>[] groups() default {};

    /** {@return the payload} */
    Class<? extends Payload>[] payload() default {};

    /** Checks each language of the title. */
    class Check implements ConstraintValidator<TitleLength, Text> {
      private int min;

      /** Created by the provider. */
      public Check() {}

      @Override
      public void initialize(TitleLength annotation) {
        min = annotation.min();
      }

      @Override
      public boolean isValid(Text value, ConstraintValidatorContext context) {
        return value == null
            || value.getValues().values().stream().allMatch(t -> t.length() >= min);
      }
    }
  }

  @SuppressWarnings("unchecked") // payload(Class<? extends Payload>...) with one class
  private static GcmValidator titlesOfAtLeast(int min, boolean warning) {
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class).configure();
    config.messageInterpolator(new ParameterMessageInterpolator());
    ConstraintMapping mapping = config.createConstraintMapping();
    GenericConstraintDef<TitleLength> rule =
        new GenericConstraintDef<>(TitleLength.class).param("min", min);
    mapping
        .type(Meeting.class)
        .getter("title")
        .constraint(warning ? rule.payload(Warning.class) : rule);
    return GcmValidator.using(config.addMapping(mapping).buildValidatorFactory().getValidator());
  }

  private int run(GcmValidator validator, String... args) {
    StringWriter o = new StringWriter();
    int code = Gcm.run(validator, new PrintWriter(o), new PrintWriter(new StringWriter()), args);
    out = o.toString();
    return code;
  }

  private Path seedJson() throws IOException {
    Path file = dir.resolve("001.json");
    GcmJson.create().writeDataset(SeedDatasets.seed001(), file);
    return file;
  }

  @Test
  void validate_ownErrorRule_failsTheJsonAndCsvInputsWithItsCodeAndMessage() throws IOException {
    Path json = seedJson();
    Path csv = dir.resolve("001-csv");
    GcmCsv.create().writeDataset(SeedDatasets.seed001(), csv);
    GcmValidator strict = titlesOfAtLeast(500, false);

    assertThat(run(strict, "validate", json.toString(), csv.toString())).isEqualTo(1);
    assertThat(out)
        .contains("myapp.short-title")
        .contains("expected a meeting title of at least 500 characters")
        .contains("/meetings/0/title")
        .contains("meetings.csv")
        .contains("2 inputs checked: 0 valid, 2 invalid.");

    // The same files pass gcm's own rules: the failure is the application's rule alone.
    assertThat(run(GcmValidator.create(), "validate", json.toString(), csv.toString())).isZero();
    assertThat(out).doesNotContain("myapp.short-title");
  }

  @Test
  void validateAndConvert_ownWarningRule_reportedAsAWarningAndTheInputStaysValid()
      throws IOException {
    Path json = seedJson();
    GcmValidator lenient = titlesOfAtLeast(500, true);

    assertThat(run(lenient, "validate", "--format", "json", json.toString())).isZero();
    assertThat(out)
        .contains("\"code\" : \"myapp.short-title\"")
        .contains("\"severity\" : \"warning\"");

    Path converted = dir.resolve("out.jsonl");
    assertThat(run(lenient, "convert", json.toString(), converted.toString())).isZero();
    assertThat(out).contains("myapp.short-title");
    assertThat(Files.exists(converted)).isTrue();
  }
}
