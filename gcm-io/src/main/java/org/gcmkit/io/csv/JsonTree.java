package org.gcmkit.io.csv;

import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON text read whole into plain values with jackson-core alone, for the package descriptor:
 * objects as {@code Map<String, Object>} in their order, arrays as {@code List<Object>}, strings,
 * numbers ({@code Integer}, {@code Long} or {@code BigInteger} for integers, {@code Double}
 * otherwise), booleans and {@link #NULL}.
 *
 * <p>Why not databind's tree: building a {@code JsonMapper} and its first tree loads some 400
 * classes, a quarter of a second of every cold run that reads a CSV package, where the rest of
 * reading needs only jackson-core. The values and their {@link #text} are those databind's tree
 * gives (numbers as its nodes hold them), so the descriptor's messages did not change.
 */
final class JsonTree {
  /** JSON's null, where a Map's null means absent. */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private JsonTree() {}

  /** {@return a parser of {@code text} that refuses a key repeated in an object} */
  static JsonParser parser(String text) {
    return FACTORY.createParser(ObjectReadContext.empty(), text);
  }

  /**
   * {@return the value of {@code text}, or null when it holds none (blank)}
   *
   * @throws JacksonException when the text is not one JSON value: broken, a key repeated in an
   *     object, nested beyond jackson-core's limit, or followed by more than whitespace
   */
  static @Nullable Object read(String text) {
    try (JsonParser p = parser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      Object value = value(p, t);
      JsonToken after = p.nextToken();
      if (after != null) {
        String more = after.isScalarValue() ? p.getString() : after.asString();
        throw new StreamReadException(
            p,
            "more follows its JSON value: '"
                + (more.length() > 20 ? more.substring(0, 17) + "..." : more)
                + "'",
            p.currentTokenLocation());
      }
      return value;
    }
  }

  // Recursion is bounded: jackson-core refuses nesting deeper than its limit.
  private static Object value(JsonParser p, JsonToken t) {
    return switch (t) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k == JsonToken.PROPERTY_NAME; k = p.nextToken()) {
          String name = p.currentName();
          object.put(name, value(p, p.nextToken()));
        }
        yield object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          array.add(value(p, e));
        }
        yield array;
      }
      case VALUE_STRING -> p.getString();
      case VALUE_NUMBER_INT -> p.getNumberValue();
      case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      case VALUE_NULL -> NULL;
      default -> throw new StreamReadException(p, "expected a JSON value but found " + t);
    };
  }

  /** {@return {@code value} as compact JSON text, as databind's tree writes it} */
  static String text(@Nullable Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(g, value);
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, @Nullable Object value) {
    if (value instanceof Map<?, ?> object) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : object.entrySet()) {
        g.writeName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof List<?> array) {
      g.writeStartArray();
      for (Object e : array) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Integer i) {
      g.writeNumber(i);
    } else if (value instanceof Long l) {
      g.writeNumber(l);
    } else if (value instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (value instanceof Double d) {
      g.writeNumber(d);
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeNull();
    }
  }
}
