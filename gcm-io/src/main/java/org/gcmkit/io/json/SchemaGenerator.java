package org.gcmkit.io.json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gcmkit.io.internal.Cardinality;
import org.gcmkit.io.internal.Property;
import org.gcmkit.io.internal.RecordTypes;
import org.gcmkit.io.internal.Scalars;
import org.gcmkit.io.internal.Shape;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Generates the JSON Schema (2020-12) of the dataset document from the metamodel: one definition
 * per model type with its properties, required ones and no others, enum codes from the model's
 * enums, and patterns for ids, dates, spans, subjects and language tags.
 *
 * <p>The patterns restate the syntax the model's parsers accept; the schema tests check them
 * against the parsers.
 */
final class SchemaGenerator {
  /** {@code RecordId}: 1 to 128 of letters, digits, {@code . _ : -}, starting with a letter or digit. */
  static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$";
  /** {@code PartialDate}: EDTF year, month or day, optionally qualified. */
  static final String DATE = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[~?%]?";
  /** {@code Subject}: a compact, optionally one of its parts. */
  static final String SUBJECT_PATTERN =
      "^(gcm|gcr)(:(objectives|principles|360|objective:[0-9]{1,4}|principle:[a-z]))?$";
  /** The shape of a BCP 47 tag; full well-formedness is checked by the validator. */
  static final String LANGUAGE_TAG_PATTERN = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";
  static final String SCHEMA_ID = "https://gcmkit.org/schema/gcm-dataset-" + JsonReading.FORMAT_VERSION + ".schema.json";

  private final Map<String, Object> defs = new LinkedHashMap<>();

  private SchemaGenerator() {}

  /** The schema text, pretty-printed with a trailing newline. */
  static String generate() {
    return write(new SchemaGenerator().schema());
  }

  static String write(Object tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(JsonWriting.PRETTY_CONTEXT, out)) {
      JsonWriting.writeTree(g, tree);
    }
    return out.append('\n').toString();
  }

  private Map<String, Object> schema() {
    defs.put("Text", text());
    defs.put("RecordId", map("type", "string", "pattern", ID_PATTERN));
    defs.put("PartialDate", map("type", "string", "pattern", "^" + DATE + "$"));
    defs.put("DateSpan", map("type", "string", "pattern", "^" + DATE + "(/" + DATE + ")?$"));
    defs.put("Subject", map("type", "string", "pattern", SUBJECT_PATTERN));

    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "formatVersion",
        map("description", "The version of this format.", "const", JsonReading.FORMAT_VERSION));
    Shape dataset = Shape.of(Dataset.class);
    for (Property p : dataset.properties()) {
      if (!ModelTypes.isRecordList(p)) {
        properties.put(p.name(), property(p));
      }
    }
    for (RecordType t : RecordType.values()) {
      Property p = dataset.property(RecordTypes.datasetProperty(t)).orElseThrow();
      properties.put(p.name(), property(p));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", SCHEMA_ID);
    root.put("title", "GCM dataset document, format version " + JsonReading.FORMAT_VERSION);
    root.put(
        "description",
        "Generated from the gcm model by gcm-io; do not edit. References between records, unique ids"
            + " and cross-field rules are checked by gcm's validator, not by this schema.");
    root.put("type", "object");
    root.put("properties", properties);
    root.put("required", List.of("formatVersion"));
    root.put("additionalProperties", false);
    root.put("$defs", defs);
    return root;
  }

  private Map<String, Object> text() {
    return map(
        "description", "Text by BCP 47 language tag.",
        "type", "object",
        "minProperties", 1,
        "propertyNames", map("pattern", LANGUAGE_TAG_PATTERN),
        "additionalProperties", map("type", "string", "pattern", "\\S"));
  }

  private Object property(Property p) {
    Object single = single(p);
    return p.cardinality() == Cardinality.LIST ? map("type", "array", "items", single) : single;
  }

  private Object single(Property p) {
    return switch (p.kind()) {
      case STRING -> map("type", "string");
      case DECIMAL -> map("type", "number");
      case ENUM -> {
        String name = p.elementType().getSimpleName();
        defs.computeIfAbsent(name, n -> map("type", "string", "enum", Scalars.codes(p.elementType())));
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

  /** Reads a resource of this package as UTF-8 text. */
  static String resource(String name) {
    try (java.io.InputStream in = SchemaGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
