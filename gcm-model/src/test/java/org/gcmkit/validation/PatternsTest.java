package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gcmkit.model.Claim;
import org.gcmkit.model.ContactPoint;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Person;
import org.gcmkit.model.VirtualLocation;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression that validation runs, on long repetitive input: java.util.regex recurses
 * once per repetition of a group, so a pattern such as {@code (/[a-z]+)+} overflowed the stack on a
 * 3 KB document symbol. Each must answer in linear time, from the pattern alone and through the
 * validator (whose fast path and provider both run it).
 */
class PatternsTest {
  private static final GcmValidator VALIDATOR = GcmValidator.create();

  /** Repetitive inputs: each unit repeated after each prefix, 200,000 characters and more. */
  private static List<String> longInputs() {
    String[] prefixes = {"", "A", "a", "+1", "a@", "https://", "gcm:"};
    String[] units = {
      "/x", "x", "a.", ".a", "1 ", " ", "/", "x-", "(", "a@b.", "-a", "aA", "//", "\n", "A/1."
    };
    List<String> inputs = new ArrayList<>();
    for (String prefix : prefixes) {
      for (String unit : units) {
        inputs.add(prefix + unit.repeat(200_000 / unit.length()));
        inputs.add(prefix + unit.repeat(200_000 / unit.length()) + "!");
      }
    }
    return inputs;
  }

  /** The regular expressions of every @Pattern of the model, with their flags. */
  static Set<java.util.regex.Pattern> modelPatterns() {
    Set<java.util.regex.Pattern> patterns = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Class<?> type : ConstraintInventoryTest.modelTypes()) {
      for (Method m : ConstraintInventoryTest.getters(type)) {
        for (Annotation a : ConstraintInventoryTest.constraintsOn(m)) {
          if (a instanceof Pattern p && seen.add(p.regexp())) {
            int flags = 0;
            for (Pattern.Flag f : p.flags()) {
              flags |= f.getValue();
            }
            patterns.add(java.util.regex.Pattern.compile(p.regexp(), flags));
          }
        }
      }
    }
    // Claim.property, ContactPoint.phone, Document.symbol, Source.file at least.
    assertThat(patterns).hasSizeGreaterThanOrEqualTo(4);
    return patterns;
  }

  @Test
  void everyModelPattern_longRepetitiveInput_answersWithoutRecursion() {
    List<String> inputs = longInputs();
    for (java.util.regex.Pattern p : modelPatterns()) {
      for (String s : inputs) {
        assertThatCode(() -> p.matcher(s).matches())
            .as("%s on %s... of %d characters", p, s.substring(0, 12), s.length())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void validate_longRepetitiveValuesInEveryPatternedProperty_reportsWithoutCrashing() {
    for (String s : longInputs()) {
      List<Object> values =
          List.of(
              Fixtures.document().symbol(s).build(),
              Fixtures.source().file(s).url(s).build(),
              Claim.builder().property(s).value("v").source(Fixtures.S1).build(),
              ContactPoint.builder().email(s).url(s).phone(s).build(),
              VirtualLocation.builder().url(s).build());
      for (Object value : values) {
        assertThatCode(() -> VALIDATOR.validate(value))
            .as("%s... of %d characters in %s", s.substring(0, 12), s.length(), value.getClass())
            .doesNotThrowAnyException();
      }
    }
  }

  /** The case of issue 12: a letter and 1,500 "/x" groups, and a hundred times more. */
  @Test
  void validate_symbolOfManyGroups_validWithoutStackOverflow() {
    for (int groups : new int[] {1_500, 150_000}) {
      String symbol = "A" + "/x".repeat(groups);
      Dataset d = Fixtures.with(Fixtures.document().symbol(symbol));
      assertThat(VALIDATOR.validate(d).getViolations()).isEmpty();
      Dataset bad = Fixtures.with(Fixtures.document().symbol(symbol + "/"));
      assertThat(VALIDATOR.validate(bad).getViolations())
          .extracting(Violation::getCode, Violation::getPointer)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Rule.PATTERN.code(), "/documents/0/symbol"));
    }
  }

  @Test
  void validate_emailOfManyDots_reportedInLinearTime() {
    String email = "a" + ".a".repeat(100_000) + "@example.org";
    Person p = Fixtures.person().addContacts(ContactPoint.builder().email(email).build()).build();
    assertThat(VALIDATOR.validate(p).getViolations().stream().map(Violation::getCode).toList())
        .containsExactly(Rule.EMAIL.code());
  }

  /** The possessive symbol pattern against the greedy one it replaces, on random symbols. */
  @Test
  void symbolPattern_randomStrings_sameAsTheGreedyPattern() throws Exception {
    java.util.regex.Pattern greedy =
        java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9]*(/[A-Za-z0-9.()-]+)+");
    Pattern annotation =
        (Pattern)
            ((java.lang.reflect.AnnotatedParameterizedType)
                    org.gcmkit.model.Document.class.getMethod("getSymbol").getAnnotatedReturnType())
                .getAnnotatedActualTypeArguments()[0]
                .getAnnotations()[0];
    java.util.regex.Pattern possessive = java.util.regex.Pattern.compile(annotation.regexp());
    assertThat(possessive.pattern()).isNotEqualTo(greedy.pattern());
    Random random = new Random(12);
    String alphabet = "AZaz09/.()-/ #\u00e9";
    int matched = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder b = new StringBuilder();
      if (random.nextBoolean()) {
        b.append('A');
      }
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      boolean expected = greedy.matcher(s).matches();
      matched += expected ? 1 : 0;
      assertThat(possessive.matcher(s).matches()).as(s).isEqualTo(expected);
    }
    assertThat(matched).isGreaterThan(1_000);
  }
}
