package org.gcmkit.io.json;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.constraints.CountryCode;
import org.gcmkit.validation.constraints.HybridHasLocations;
import org.gcmkit.validation.constraints.LanguageTag;
import org.gcmkit.validation.constraints.OneOfPresent;
import org.gcmkit.validation.constraints.StateHasCountry;

/**
 * Generates the JSON Schema (2020-12) of the dataset document from the metamodel: one definition
 * per model type with its properties, required ones and no others, enum codes from the model's
 * enums, patterns for ids, dates, spans, subjects and language tags, and what the model's Jakarta
 * constraints allow JSON Schema to state without being stricter than gcm.
 *
 * <p>The patterns restate the syntax the model's parsers accept; the schema tests check them
 * against the parsers.
 */
final class SchemaGenerator {
  /**
   * {@code RecordId}: 1 to 128 of letters, digits, {@code . _ : -}, starting with a letter or
   * digit.
   */
  static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";

  /**
   * {@code PartialDate}: an EDTF level-1 date (year, season, month or day, digits left unspecified
   * with X, a year before 0000 or a Y-year beyond 9999), optionally qualified; or one day of a span
   * {@code [DATE..DATE]}. Which months, days and spans are real is left to the reader.
   */
  static final String PLAIN_DATE =
      "(Y-?[1-9][0-9]{4,8}|-?[0-9]{4}(-([0-9]{2}|XX)(-([0-9]{2}|XX))?)?|[0-9]{3}X|[0-9]{2}XX)";

  static final String DATE =
      "(" + PLAIN_DATE + "[~?%]?|\\[" + PLAIN_DATE + "\\.\\." + PLAIN_DATE + "\\])";

  /** {@code Subject}: a compact, optionally one of its parts. */
  static final String SUBJECT_PATTERN =
      "^(gcm|gcr)(:(objectives|principles|360|objective:[0-9]{1,4}|principle:[a-z]))?$";

  /** The shape of a BCP 47 tag; full well-formedness is checked by the validator. */
  static final String LANGUAGE_TAG_PATTERN = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

  static final String SCHEMA_ID =
      "https://gcmkit.org/schema/gcm-dataset-" + FormatVersion.CURRENT + ".schema.json";

  private final Map<String, Object> defs = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /** The schema text, pretty-printed with a trailing newline. */
  static String generate() {
    return JsonWriting.writePretty(new SchemaGenerator().schema());
  }

  private Map<String, Object> schema() {
    defs.put("Text", text());
    defs.put("RecordId", map("type", "string", "pattern", ID_PATTERN));
    defs.put("PartialDate", map("type", "string", "pattern", "^" + DATE + "$"));
    // A date, or START/END where one end may be open (..) or unknown (empty), not both.
    defs.put(
        "DateSpan",
        map(
            "type",
            "string",
            "pattern",
            "^(" + DATE + "(/(" + DATE + "|\\.\\.)?)?|(\\.\\.)?/" + DATE + ")$"));
    defs.put("Subject", map("type", "string", "pattern", SUBJECT_PATTERN));

    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "formatVersion",
        map(
            "description",
            "The version of this format; the readers read every version listed.",
            "enum",
            java.util.Arrays.stream(FormatVersion.values()).map(String::valueOf).toList()));
    Shape dataset = Shape.of(Dataset.class);
    for (Property p : dataset.properties()) {
      if (!RecordType.ofListName(p.name()).isPresent()) {
        properties.put(p.name(), property(p));
      }
    }
    for (RecordType t : RecordType.values()) {
      Property p = dataset.property(t.listName()).orElseThrow();
      properties.put(p.name(), property(p));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", SCHEMA_ID);
    root.put("title", "GCM dataset document, format version " + FormatVersion.CURRENT);
    root.put(
        "description",
        "Generated from the gcm model by gcm-io; do not edit. References between records, unique"
            + " ids and the order of dates are checked by gcm's validator, not by this schema; nor"
            + " are code lists beyond their syntax.");
    root.put("type", "object");
    root.put("properties", properties);
    root.put("required", List.of("formatVersion"));
    root.put("additionalProperties", false);
    root.put("$defs", defs);
    return root;
  }

  private Map<String, Object> text() {
    return map(
        "description",
        "Text by BCP 47 language tag.",
        "type",
        "object",
        "minProperties",
        1,
        "propertyNames",
        map("pattern", LANGUAGE_TAG_PATTERN),
        "additionalProperties",
        map("type", "string", "pattern", "\\S"));
  }

  private Object property(Property p) {
    Method getter = p.getter();
    Map<String, Object> single = constrained(single(p), p.kind(), elementConstraints(getter));
    if (p.cardinality() != Cardinality.LIST) {
      return single;
    }
    Map<String, Object> list = map("type", "array", "items", single);
    for (Annotation a : declaredConstraints(getter)) {
      if (a instanceof NotEmpty) {
        list.put("minItems", 1);
      }
    }
    return list;
  }

  /**
   * A value's schema with the keywords of its Jakarta constraints that JSON Schema can state
   * without being stricter than the validator: each keyword here is a necessary condition of the
   * constraint (a country code is two capitals, an e-mail address has an {@code @}), so a document
   * gcm accepts always passes the schema.
   */
  private static Map<String, Object> constrained(
      Map<String, Object> schema, ValueKind kind, List<Annotation> constraints) {
    List<String> patterns = new ArrayList<>();
    for (Annotation a : constraints) {
      if (a instanceof CountryCode) {
        patterns.add("^[A-Z]{2}$");
      } else if (a instanceof LanguageTag) {
        patterns.add(LANGUAGE_TAG_PATTERN);
      } else if (a instanceof Email) {
        patterns.add("@");
      } else if (a instanceof NotBlank && kind == ValueKind.STRING) {
        patterns.add("\\S");
      } else if (a instanceof Pattern p
          && p.flags().length == 0
          && isPortable(greedy(p.regexp()))) {
        patterns.add("^(?:" + greedy(p.regexp()) + ")$");
      } else if (a instanceof PositiveOrZero && kind == ValueKind.DECIMAL) {
        schema = with(schema, "minimum", 0);
      } else if (a instanceof jakarta.validation.constraints.Positive
          && kind == ValueKind.DECIMAL) {
        schema = with(schema, "exclusiveMinimum", 0);
      }
    }
    if (patterns.size() == 1) {
      schema = with(schema, "pattern", patterns.get(0));
    } else if (patterns.size() > 1) {
      List<Object> all = new ArrayList<>();
      patterns.forEach(pattern -> all.add(map("pattern", pattern)));
      schema = with(schema, "allOf", all);
    }
    return schema;
  }

  /**
   * The pattern with its possessive quantifiers (a {@code +} after a quantifier) made greedy, as
   * ECMA-262 has none. The model's patterns are possessive only where no match needs to give
   * characters back (so that java.util.regex loops instead of recursing), so both forms accept the
   * same strings; gcm-model's PatternsTest compares them.
   */
  private static String greedy(String regexp) {
    StringBuilder s = new StringBuilder(regexp.length());
    boolean inClass = false;
    boolean quantifier = false;
    for (int i = 0; i < regexp.length(); i++) {
      char c = regexp.charAt(i);
      if (c == '\\' && i + 1 < regexp.length()) {
        s.append(c).append(regexp.charAt(++i));
        quantifier = false;
        continue;
      }
      if (c == '+' && quantifier) {
        quantifier = false;
        continue;
      }
      s.append(c);
      if (inClass) {
        inClass = c != ']';
        quantifier = false;
      } else {
        inClass = c == '[';
        quantifier = c == '*' || c == '+' || c == '?' || c == '}';
      }
    }
    return s.toString();
  }

  /**
   * Whether a Java regular expression means the same in JSON Schema's ECMA-262 dialect: only
   * literals, classes, groups and quantifiers, no inline flags, possessive quantifiers or Java
   * classes.
   */
  private static boolean isPortable(String regexp) {
    return !regexp.contains("(?") && !regexp.contains("\\p") && !regexp.matches(".*[*+?}]\\+.*");
  }

  private static Map<String, Object> with(Map<String, Object> schema, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(schema);
    copy.put(key, value);
    return copy;
  }

  /** The constraints on the getter and on its value type, for a value not in a container. */
  private static List<Annotation> declaredConstraints(Method getter) {
    List<Annotation> found = new ArrayList<>(List.of(getter.getAnnotations()));
    for (Annotation a : getter.getAnnotatedReturnType().getAnnotations()) {
      if (!found.contains(a)) {
        found.add(a);
      }
    }
    return found;
  }

  /** The constraints on one value: an Optional's or a list's element, or the value itself. */
  private static List<Annotation> elementConstraints(Method getter) {
    AnnotatedType type = getter.getAnnotatedReturnType();
    Class<?> raw = getter.getReturnType();
    if ((raw == Optional.class || raw == List.class)
        && type instanceof AnnotatedParameterizedType p) {
      return List.of(p.getAnnotatedActualTypeArguments()[0].getAnnotations());
    }
    return declaredConstraints(getter);
  }

  /**
   * The class-level rules of a type that JSON Schema states exactly: one of several properties
   * present, a State with a country, a hybrid meeting with both locations. Warnings (a held meeting
   * without a date) are left out: the schema must not reject what gcm accepts.
   */
  private static List<Object> classRules(Class<?> type) {
    List<Object> rules = new ArrayList<>();
    OneOfPresent oneOf = type.getAnnotation(OneOfPresent.class);
    if (oneOf != null) {
      List<Object> any = new ArrayList<>();
      for (String property : oneOf.value()) {
        any.add(map("required", List.of(property)));
      }
      rules.add(map("anyOf", any));
    }
    if (type.isAnnotationPresent(StateHasCountry.class)) {
      rules.add(when("kind", Scalars.code(ActorKind.STATE), List.of("country")));
    }
    if (type.isAnnotationPresent(HybridHasLocations.class)) {
      rules.add(
          when("format", Scalars.code(MeetingFormat.HYBRID), List.of("place", "virtualLocation")));
    }
    return rules;
  }

  private static Map<String, Object> when(String property, String code, List<String> required) {
    return map(
        "if", map("properties", map(property, map("const", code)), "required", List.of(property)),
        "then", map("required", required));
  }

  private Map<String, Object> single(Property p) {
    return switch (p.kind()) {
      case STRING -> map("type", "string");
      case DECIMAL -> map("type", "number");
      case ENUM -> {
        String name = p.elementType().getSimpleName();
        defs.computeIfAbsent(
            name, n -> map("type", "string", "enum", Scalars.codes(p.elementType())));
        yield ref(name);
      }
      case TEXT -> ref("Text");
      case PARTIAL_DATE -> ref("PartialDate");
      case DATE_SPAN -> ref("DateSpan");
      case SUBJECT -> ref("Subject");
      case ID -> ref("RecordId");
      case OBJECT -> {
        String type = p.elementType().getSimpleName();
        if (!defs.containsKey(type)) {
          defs.put(type, Map.of()); // claims the name first, so recursive types terminate
          defs.put(type, object(p.shape()));
        }
        yield ref(type);
      }
    };
  }

  private Map<String, Object> object(Shape shape) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Property p : shape.properties()) {
      properties.put(p.name(), property(p));
      if (p.cardinality() == Cardinality.REQUIRED) {
        required.add(p.name());
      }
    }
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("type", "object");
    def.put("properties", properties);
    if (!required.isEmpty()) {
      def.put("required", required);
    }
    def.put("additionalProperties", false);
    List<Object> rules = classRules(shape.type());
    if (!rules.isEmpty()) {
      def.put("allOf", rules);
    }
    return def;
  }

  private static Map<String, Object> ref(String name) {
    return map("$ref", "#/$defs/" + name);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
