package org.gcmkit.io.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DatasetRecord;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.ModelTypes;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueLimits;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes model values as canonical JSON through a Jackson generator: properties in {@link Shape}
 * order, empty lists and absent optionals left out, dataset head values before the records, and
 * records in {@link RecordType} order then dataset order. Stateless and thread-safe.
 */
final class JsonWriting {
  /** Two-space indentation, "\n" line ends, {@code "name": value}, one array element per line. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** Pretty-printed output for documents. */
  static final ObjectWriteContext PRETTY_CONTEXT =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return PRETTY.createInstance();
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  /** Compact output with root values separated by "\n", for JSON Lines. */
  private static final ObjectWriteContext LINES_CONTEXT =
      new ObjectWriteContext.Base() {
        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
          return new SerializedString("\n");
        }
      };

  private JsonWriting() {}

  /** Writes {@code value} pretty-printed with a trailing newline. */
  static void writeDocument(JsonFactory factory, Writer out, Object value) throws IOException {
    try (JsonGenerator g = factory.createGenerator(PRETTY_CONTEXT, out)) {
      writeValue(g, value);
    }
    out.write('\n');
  }

  /** Writes {@code dataset} as JSON Lines: a header line, then one record per line. */
  static void writeLines(JsonFactory factory, Writer out, Dataset dataset) throws IOException {
    try (JsonGenerator g = factory.createGenerator(LINES_CONTEXT, out)) {
      writeHeaderLine(g, dataset);
      for (RecordType t : RecordType.values()) {
        Shape shape = Shape.of(t.modelClass());
        for (Object record : t.recordsOf(dataset)) {
          writeRecordLine(g, t, record, shape);
        }
      }
    }
    out.write('\n');
  }

  /** {@return the JSON Lines header line of {@code dataset}'s head, without its line end} */
  static String headerLine(JsonFactory factory, Dataset dataset) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = factory.createGenerator(LINES_CONTEXT, out)) {
      writeHeaderLine(g, dataset);
    }
    return out.toString();
  }

  /** {@return the JSON Lines line of one record of type {@code type}, without its line end} */
  static String recordLine(JsonFactory factory, RecordType type, Object record) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = factory.createGenerator(LINES_CONTEXT, out)) {
      writeRecordLine(g, type, record, Shape.of(type.modelClass()));
    }
    return out.toString();
  }

  private static void writeHeaderLine(JsonGenerator g, Dataset dataset) {
    g.writeStartObject();
    g.writeName("formatVersion");
    g.writeString(FormatVersion.CURRENT.toString());
    g.writeName("type");
    g.writeString("dataset");
    writeHead(g, dataset);
    g.writeEndObject();
  }

  private static void writeRecordLine(JsonGenerator g, RecordType t, Object record, Shape shape) {
    g.writeStartObject();
    g.writeName("type");
    g.writeString(t.code());
    writeProperties(g, record, shape);
    g.writeEndObject();
  }

  /** Writes a Dataset as a document with its format version, or any other model value or Text. */
  static void writeValue(JsonGenerator g, Object value) {
    if (value instanceof Dataset d) {
      g.writeStartObject();
      g.writeName("formatVersion");
      g.writeString(FormatVersion.CURRENT.toString());
      writeHead(g, d);
      for (RecordType t : RecordType.values()) {
        List<? extends DatasetRecord> records = t.recordsOf(d);
        if (!records.isEmpty()) {
          Shape shape = Shape.of(t.modelClass());
          g.writeName(t.listName());
          g.writeStartArray();
          for (Object r : records) {
            writeObject(g, r, shape);
          }
          g.writeEndArray();
        }
      }
      g.writeEndObject();
    } else if (value instanceof Text t) {
      writeText(g, t);
    } else {
      writeObject(g, value, Shape.of(ModelTypes.typeOf(value)));
    }
  }

  /**
   * Writes a tree of maps (keys in iteration order), lists, strings, numbers and booleans, for
   * schemas and reports.
   */
  static void writeTree(JsonGenerator g, Object node) {
    if (node instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        writeTree(g, e.getValue());
      }
      g.writeEndObject();
    } else if (node instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeTree(g, o);
      }
      g.writeEndArray();
    } else if (node instanceof String string) {
      g.writeString(string);
    } else if (node instanceof Boolean bool) {
      g.writeBoolean(bool);
    } else if (node instanceof Long || node instanceof Integer) {
      g.writeNumber(((Number) node).longValue());
    } else if (node instanceof BigDecimal decimal) {
      g.writeNumber(ValueLimits.formatNumber(decimal));
    } else {
      throw new IllegalArgumentException(
          "cannot write " + ReportParts.withArticle(node.getClass().getName()) + " as JSON");
    }
  }

  /** The dataset's properties other than its record lists, in Shape order. */
  private static void writeHead(JsonGenerator g, Dataset d) {
    for (Property p : Shape.of(Dataset.class).properties()) {
      if (!RecordType.ofListName(p.name()).isPresent()) {
        writeProperty(g, d, p);
      }
    }
  }

  static void writeObject(JsonGenerator g, Object bean, Shape shape) {
    g.writeStartObject();
    writeProperties(g, bean, shape);
    g.writeEndObject();
  }

  private static void writeProperties(JsonGenerator g, Object bean, Shape shape) {
    for (Property p : shape.properties()) {
      writeProperty(g, bean, p);
    }
  }

  private static void writeProperty(JsonGenerator g, Object bean, Property p) {
    List<Object> values = p.values(bean);
    if (values.isEmpty()) {
      return;
    }
    g.writeName(p.name());
    if (p.cardinality() == Cardinality.LIST) {
      g.writeStartArray();
      for (Object v : values) {
        writeSingle(g, p, v);
      }
      g.writeEndArray();
    } else {
      writeSingle(g, p, values.get(0));
    }
  }

  private static void writeSingle(JsonGenerator g, Property p, Object v) {
    switch (p.kind()) {
      // Bounded and exact, scale included: never the plain form of 1e999999999.
      case DECIMAL -> g.writeNumber(ValueLimits.formatNumber((BigDecimal) v));
      case TEXT -> writeText(g, (Text) v);
      case OBJECT -> writeObject(g, v, p.shape());
      default -> g.writeString(p.format(v));
    }
  }

  private static void writeText(JsonGenerator g, Text text) {
    g.writeStartObject();
    for (Map.Entry<String, String> e : Scalars.writtenValues(text).entrySet()) {
      g.writeName(e.getKey());
      g.writeString(e.getValue());
    }
    g.writeEndObject();
  }

  /** A tree of maps, lists and scalars as pretty JSON text with a trailing newline. */
  static String writePretty(Object tree) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(PRETTY_CONTEXT, out)) {
      writeTree(g, tree);
    }
    return out.append('\n').toString();
  }

  /**
   * A resource of this package as UTF-8 text: the published schemas, generated from the model by
   * the tests (SchemaGenerator) and checked in, so that the library serves a file it never derives.
   */
  static String resource(String name) {
    try (java.io.InputStream in = JsonWriting.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
