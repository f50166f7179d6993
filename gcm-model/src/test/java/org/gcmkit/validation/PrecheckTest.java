package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gcmkit.validation.Fixtures.S1;
import static org.gcmkit.validation.Fixtures.source;
import static org.gcmkit.validation.Fixtures.valid;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.gcmkit.model.Claim;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Text;
import org.gcmkit.validation.internal.Precheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Precheck} may only say "valid" when the Jakarta provider would find nothing: a wrong
 * "valid" would hide a violation from every reader. A wrong "invalid" only costs speed, but a model
 * type it cannot compile would cost it on every record, so that is pinned too.
 */
class PrecheckTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator STOCK = FACTORY.getValidator();

  @AfterAll
  static void closeFactory() {
    FACTORY.close();
  }

  @Test
  void isSupported_everyModelType() {
    for (Class<?> type : ConstraintInventoryTest.modelTypes()) {
      assertThat(Precheck.isSupported(type)).as(type.getName()).isTrue();
    }
  }

  /** What the precheck cannot reproduce must fail every value, never pass it unchecked. */
  @Test
  void isSupported_ruleItCannotReproduce_false() {
    assertThat(Precheck.isSupported(Plain.class)).isTrue();
    assertThat(Precheck.passes(new Plain())).isTrue();
    for (Object unsupported :
        List.of(new UnknownConstraint(), new FieldConstraint(), new ConstraintInWildcard())) {
      assertThat(Precheck.isSupported(unsupported.getClass())).as("%s", unsupported).isFalse();
      assertThat(Precheck.passes(unsupported)).as("%s", unsupported).isFalse();
    }
  }

  static final class Plain {
    public List<String> getNames() {
      return List.of("x");
    }
  }

  static final class UnknownConstraint {
    public @Min(1) int getCount() {
      return 5;
    }
  }

  static final class FieldConstraint {
    @NotBlank private final String name = "x";

    @Override
    public String toString() {
      return name;
    }
  }

  static final class ConstraintInWildcard {
    public List<? extends @NotBlank String> getNames() {
      return List.of("x");
    }
  }

  /**
   * A cascade remembers the class it last met with that class's check: values of another class in
   * the same property must get their own check.
   */
  @Test
  void passes_cascadeIntoValuesOfTwoClasses_eachByItsOwnRules() {
    Mixed goodThenBad = new Mixed(List.of(new Good(), new Bad(), new Good()));

    assertThat(Precheck.passes(new Mixed(List.of(new Good(), new Good())))).isTrue();
    assertThat(Precheck.passes(goodThenBad)).isFalse();
    assertThat(Precheck.passes(new Mixed(List.of(new Bad())))).isFalse();
  }

  public static final class Mixed {
    private final List<Object> values;

    Mixed(List<Object> values) {
      this.values = values;
    }

    public List<@jakarta.validation.Valid Object> getValues() {
      return values;
    }
  }

  public static final class Good {
    public @NotBlank String getName() {
      return "x";
    }
  }

  public static final class Bad {
    public @NotBlank String getName() {
      return " ";
    }
  }

  @Test
  void passes_validDatasetAndEachRecord() {
    Dataset dataset = valid();

    assertThat(Precheck.passes(dataset)).isTrue();
    for (Object record : records(dataset)) {
      assertThat(Precheck.passes(record)).as(record.toString()).isTrue();
    }
  }

  static Stream<Named<?>> invalidValues() {
    return RuleCoverageTest.cases().map(a -> (Named<?>) a.get()[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void passes_oneRuleBroken_false(Object invalid) {
    assertThat(Precheck.passes(invalid)).isFalse();
  }

  /**
   * Strings built from the characters that matter to e-mail, URL, phone and pattern rules, and
   * mutations of valid ones, against the stock provider: every "passes" must be valid there.
   */
  @Test
  void passes_randomStrings_neverWhereProviderFindsAViolation() {
    Random random = new Random(20261123);
    String[] valid = {
      "name@example.org",
      "a.b-c+d@mail.example.co.uk",
      "https://example.org/a?b=c#d",
      "http://x.y:8080/",
      "+993 12 34-56",
      "fieldName",
      "x"
    };
    String alphabet = "aZ09@.-_+:/?#[]()% \t\n\r\u00e9\u0661\u2028~\\\"'<>!,;=&*";
    int passed = 0;
    int checked = 0;
    for (int i = 0; i < 20_000; i++) {
      String s;
      if (random.nextBoolean()) {
        s = randomString(random, alphabet, random.nextInt(24));
      } else {
        StringBuilder b = new StringBuilder(valid[random.nextInt(valid.length)]);
        for (int edits = 1 + random.nextInt(3); edits > 0 && b.length() > 0; edits--) {
          int at = random.nextInt(b.length());
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          switch (random.nextInt(3)) {
            case 0 -> b.setCharAt(at, c);
            case 1 -> b.insert(at, c);
            default -> b.deleteCharAt(at);
          }
        }
        s = b.toString();
      }
      for (Object value : valuesHolding(s)) {
        checked++;
        if (Precheck.passes(value)) {
          passed++;
          assertThat(STOCK.validate(value)).as("%s holding %s", value, s).isEmpty();
        }
      }
    }
    // The comparison means something only if both answers occur often.
    assertThat(passed).isBetween(checked / 20, checked - checked / 20);
  }

  private static List<Object> valuesHolding(String s) {
    List<Object> values = new ArrayList<>();
    values.add(ContactPoint.builder().email(s).build());
    values.add(ContactPoint.builder().url(s).build());
    values.add(ContactPoint.builder().phone(s).build());
    values.add(Claim.builder().property(s).value("v").source(S1).build());
    values.add(source().file(s).build());
    if (!s.isEmpty()) {
      values.add(Text.of(Map.of("en", s)));
      values.add(Text.of(Map.of(s, "value")));
    }
    return values;
  }

  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static List<Object> records(Dataset d) {
    List<Object> all = new ArrayList<>();
    all.addAll(d.getSources());
    all.addAll(d.getActors());
    all.addAll(d.getPersons());
    all.addAll(d.getDocuments());
    all.addAll(d.getProjects());
    all.addAll(d.getMeetings());
    all.addAll(d.getFigures());
    return all;
  }
}
