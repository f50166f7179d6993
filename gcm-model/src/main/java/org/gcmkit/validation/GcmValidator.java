package org.gcmkit.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.validation.constraints.CanonicalLanguageTags;
import org.gcmkit.validation.constraints.ChronologicalOrder;
import org.gcmkit.validation.constraints.ClaimsFitTheRecord;
import org.gcmkit.validation.constraints.CountryCode;
import org.gcmkit.validation.constraints.DistinctLanguageTags;
import org.gcmkit.validation.constraints.HeldHasDate;
import org.gcmkit.validation.constraints.HybridHasLocations;
import org.gcmkit.validation.constraints.KnownSubject;
import org.gcmkit.validation.constraints.LanguageTag;
import org.gcmkit.validation.constraints.NoLoops;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.gcmkit.validation.constraints.ReferencesResolve;
import org.gcmkit.validation.constraints.RuleCode;
import org.gcmkit.validation.constraints.StateHasCountry;
import org.gcmkit.validation.constraints.UniqueIds;
import org.gcmkit.validation.constraints.VoteCountsAddUp;
import org.gcmkit.validation.constraints.Warning;
import org.gcmkit.validation.constraints.WebAddress;
import org.gcmkit.validation.internal.Precheck;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates model objects, from a single value to a whole {@link org.gcmkit.model.Dataset}, and
 * returns a {@link ValidationReport} of every violation, never only the first.
 *
 * <p>Immutable and thread-safe: create one and share it. {@link #create()} answers valid values
 * with a check compiled from the model's constraints and hands any other value to one Hibernate
 * Validator factory per JVM, built without Jakarta EL when first needed; {@link #using(Validator)}
 * wraps an application's own validator (Spring's or Quarkus's) instead.
 *
 * <pre>{@code
 * ValidationReport report = GcmValidator.create().validate(dataset);
 * report.getViolations().forEach(System.out::println);
 * }</pre>
 */
public final class GcmValidator {

  private static final Map<Class<? extends Annotation>, Rule> RULES =
      Map.ofEntries(
          Map.entry(NotNull.class, Rule.REQUIRED),
          Map.entry(NotBlank.class, Rule.BLANK),
          Map.entry(NotEmpty.class, Rule.EMPTY),
          Map.entry(Size.class, Rule.EMPTY),
          Map.entry(Pattern.class, Rule.PATTERN),
          Map.entry(Email.class, Rule.EMAIL),
          Map.entry(WebAddress.class, Rule.URL),
          Map.entry(Min.class, Rule.RANGE),
          Map.entry(Max.class, Rule.RANGE),
          Map.entry(DecimalMin.class, Rule.RANGE),
          Map.entry(DecimalMax.class, Rule.RANGE),
          Map.entry(Positive.class, Rule.RANGE),
          Map.entry(PositiveOrZero.class, Rule.RANGE),
          Map.entry(Negative.class, Rule.RANGE),
          Map.entry(NegativeOrZero.class, Rule.RANGE),
          Map.entry(LanguageTag.class, Rule.LANGUAGE_TAG),
          Map.entry(DistinctLanguageTags.class, Rule.LANGUAGE_TAG_DUPLICATE),
          Map.entry(CanonicalLanguageTags.class, Rule.LANGUAGE_TAG_CASE),
          Map.entry(CountryCode.class, Rule.COUNTRY_CODE),
          Map.entry(KnownSubject.class, Rule.SUBJECT_UNKNOWN),
          Map.entry(ChronologicalOrder.class, Rule.DATE_ORDER),
          Map.entry(OneOfPresent.class, Rule.ONE_OF),
          Map.entry(StateHasCountry.class, Rule.STATE_COUNTRY),
          Map.entry(HybridHasLocations.class, Rule.HYBRID_LOCATION),
          Map.entry(HeldHasDate.class, Rule.HELD_WITHOUT_DATE),
          Map.entry(VoteCountsAddUp.class, Rule.VOTE_TOTAL),
          Map.entry(ClaimsFitTheRecord.class, Rule.CLAIM_INVALID),
          Map.entry(UniqueIds.class, Rule.ID_DUPLICATE),
          Map.entry(ReferencesResolve.class, Rule.REFERENCE_UNRESOLVED),
          Map.entry(NoLoops.class, Rule.REFERENCE_LOOP));

  /** gcm's own constraints compose messages that name the value; the rest get one here. */
  private static final Set<Rule> OWN_MESSAGES =
      Set.of(
          Rule.LANGUAGE_TAG,
          Rule.LANGUAGE_TAG_DUPLICATE,
          Rule.LANGUAGE_TAG_CASE,
          Rule.COUNTRY_CODE,
          Rule.SUBJECT_UNKNOWN,
          Rule.DATE_ORDER,
          Rule.ONE_OF,
          Rule.STATE_COUNTRY,
          Rule.HYBRID_LOCATION,
          Rule.HELD_WITHOUT_DATE,
          Rule.VOTE_TOTAL,
          Rule.CLAIM_INVALID,
          Rule.ID_DUPLICATE,
          Rule.REFERENCE_UNRESOLVED,
          Rule.REFERENCE_LOOP);

  private static final GcmValidator SHARED = new GcmValidator(null);

  // Null for gcm's own provider, which is created only when a value fails Precheck: valid data,
  // the CLI on clean files for one, never pays for the provider's start-up.
  private final @Nullable Validator validator;

  private GcmValidator(@Nullable Validator validator) {
    this.validator = validator;
  }

  /**
   * {@return a validator on gcm's shared Hibernate Validator factory, which it uses only for values
   * that a faster check compiled from the same constraints cannot pass; reports are the provider's}
   */
  public static GcmValidator create() {
    return SHARED;
  }

  /**
   * {@return a validator that delegates every value to {@code validator}, such as the one an
   * application configured (with its own constraint mappings, which gcm's fast path would not
   * know)}
   *
   * @param validator the Jakarta validator to delegate to
   */
  public static GcmValidator using(Validator validator) {
    return new GcmValidator(Objects.requireNonNull(validator, "validator"));
  }

  /**
   * {@return every violation in {@code value}, with pointers relative to it}
   *
   * @param value the value
   */
  public ValidationReport validate(Object value) {
    return validate(value, "");
  }

  /**
   * {@return every violation in {@code value}, with pointers under {@code pointerPrefix}: a reader
   * that validates the record at {@code /meetings/3} passes that prefix}
   *
   * @param value the value
   * @param pointerPrefix the pointer of the value in its input
   */
  public ValidationReport validate(Object value, String pointerPrefix) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pointerPrefix, "pointerPrefix");
    Set<ConstraintViolation<Object>> found;
    if (validator != null) {
      found = validator.validate(value);
    } else if (Precheck.passes(value)) {
      return ValidationReport.empty();
    } else {
      found = SharedFactory.VALIDATOR.validate(value);
    }
    if (found.isEmpty()) {
      return ValidationReport.empty();
    }
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> cv : found) {
      violations.add(convert(cv, pointerPrefix));
    }
    // A Jakarta provider returns a Set in no order; sort so that reports are stable.
    violations.sort(
        Comparator.comparing(Violation::getPointer, GcmValidator::comparePointers)
            .thenComparing(Violation::getCode)
            .thenComparing(Violation::getMessage));
    return ValidationReport.of(violations);
  }

  /**
   * {@return {@code value} when it has no error}
   *
   * @param <T> the type of the value
   * @param value the value
   * @throws ValidationException carrying the report otherwise
   */
  public <T> T requireValid(T value) {
    ValidationReport report = validate(value);
    if (!report.isValid()) {
      throw new ValidationException(report);
    }
    return value;
  }

  /**
   * {@return the violation, as gcm reports it, of one constraint violation that a Jakarta validator
   * found in a model value or in an application's object holding model values: the rule's code and
   * severity, a message that says what was expected and what was found, and the JSON Pointer of the
   * value from the object validated (a framework that validates a request body gets pointers from
   * the root of the body)}
   *
   * @param violation what the Jakarta validator found
   */
  @SuppressWarnings("unchecked") // convert reads the violation only.
  public static Violation violationOf(ConstraintViolation<?> violation) {
    return convert(
        (ConstraintViolation<Object>) Objects.requireNonNull(violation, "violation"), "");
  }

  private static Violation convert(ConstraintViolation<Object> cv, String prefix) {
    Class<? extends Annotation> type =
        cv.getConstraintDescriptor().getAnnotation().annotationType();
    Rule rule = RULES.getOrDefault(type, Rule.CONSTRAINT);
    Object invalid = cv.getInvalidValue();
    // Class-level rules name the value themselves; showing the whole record would be noise.
    boolean classLevel = cv.getLeafBean() == invalid;
    String value =
        invalid == null || classLevel ? null : ReportParts.shorten(String.valueOf(invalid));
    String message =
        OWN_MESSAGES.contains(rule) || rule == Rule.CONSTRAINT
            ? cv.getMessage()
            : message(rule, cv, value);
    // The payload says the severity, as it does to an application on any provider; an
    // application's own constraint says its code with @RuleCode.
    RuleCode own = rule == Rule.CONSTRAINT ? type.getAnnotation(RuleCode.class) : null;
    return Violation.of(rule, prefix + pointer(cv), message)
        .code(own == null || own.value().isBlank() ? rule.code() : own.value())
        .severity(
            cv.getConstraintDescriptor().getPayload().contains(Warning.class)
                ? Severity.WARNING
                : Severity.ERROR)
        .value(java.util.Optional.ofNullable(value))
        .build();
  }

  private static String message(Rule rule, ConstraintViolation<Object> cv, @Nullable String value) {
    Map<String, Object> attributes = cv.getConstraintDescriptor().getAttributes();
    String found = value == null ? "nothing" : "'" + value + "'";
    return switch (rule) {
      case REQUIRED -> "expected a value but was missing";
      case BLANK -> "expected a non-blank text but was " + found;
      case EMPTY ->
          "expected at least " + attributes.getOrDefault("min", 1) + " entry but was empty";
      case PATTERN -> "expected a value that " + cv.getMessage() + " but was " + found;
      case EMAIL -> "expected an e-mail address such as name@example.org but was " + found;
      case URL -> "expected a web address such as https://example.org but was " + found;
      case RANGE -> "expected a value that " + cv.getMessage() + " but was " + found;
      default -> cv.getMessage();
    };
  }

  /** The JSON Pointer of a Jakarta property path; Text is written as its map of values. */
  static String pointer(ConstraintViolation<Object> cv) {
    StringBuilder s = new StringBuilder();
    List<Path.Node> nodes = new ArrayList<>();
    cv.getPropertyPath().forEach(nodes::add);
    boolean inText = cv.getLeafBean() instanceof Text;
    for (int i = 0; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      if (node.isInIterable()) {
        if (node.getIndex() != null) {
          s.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          s.append('/').append(ReportParts.pointerToken(String.valueOf(node.getKey())));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        boolean textValues = inText && node.getName().equals("values") && isLastProperty(nodes, i);
        if (!textValues) {
          s.append('/').append(ReportParts.pointerToken(node.getName()));
        }
      }
    }
    return s.toString();
  }

  private static boolean isLastProperty(List<Path.Node> nodes, int index) {
    for (int i = index + 1; i < nodes.size(); i++) {
      if (nodes.get(i).getKind() == ElementKind.PROPERTY) {
        return false;
      }
    }
    return true;
  }

  /** Orders pointers by their tokens, numbers numerically, so /a/10 follows /a/9. */
  static int comparePointers(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c;
      if (isNumber(x[i]) && isNumber(y[i])) {
        c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit);
  }

  /** Builds the factory once, on first use: it costs 100 ms or more. */
  private static final class SharedFactory {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            // gcm's messages are English, so the provider's texts inside them must be too, whatever
            // the JVM locale.
            .messageInterpolator(
                new ParameterMessageInterpolator(
                    Set.of(Locale.ENGLISH), Locale.ENGLISH, context -> Locale.ENGLISH, false))
            .buildValidatorFactory()
            .getValidator();
  }
}
