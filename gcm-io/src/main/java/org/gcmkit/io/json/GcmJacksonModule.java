package org.gcmkit.io.json;

import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.ModelTypes;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.GcmValidator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Serializers and deserializers for Dataset, Text, every model object type and every scalar model
 * type (ids, enums, dates, spans, subjects) that delegate to gcm's own binding, so an application's
 * mapper writes and reads the documented format.
 */
final class GcmJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  GcmJacksonModule() {
    super("gcm-json");
    for (Class<?> type : ModelTypes.all()) {
      register(type);
    }
    register(Text.class);
    ModelTypes.scalars().forEach(this::registerScalar);
  }

  private <T> void registerScalar(Class<T> type, ValueKind kind) {
    addSerializer(type, new ScalarSerializer<>(type, kind));
    addDeserializer(type, new ScalarDeserializer<>(type, kind));
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new Serializer<>(type));
    addDeserializer(type, new Deserializer<>(type));
  }

  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    Serializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      JsonWriting.writeValue(g, value);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Writes an id, enum constant, date, span or subject as its text in files. */
  private static final class ScalarSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final ValueKind kind;

    ScalarSerializer(Class<T> type, ValueKind kind) {
      this.type = type;
      this.kind = kind;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      g.writeString(Scalars.format(kind, value));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads an id, enum constant, date, span or subject from its text in files. */
  private static final class ScalarDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final ValueKind kind;

    ScalarDeserializer(Class<T> type, ValueKind kind) {
      this.type = type;
      this.kind = kind;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      ReadResult<Object> result =
          new JsonReading(parser, null, false, GcmValidator.create()).readScalar(kind, type);
      if (!result.isValid()) {
        throw new GcmJsonException(parser, result.getReport());
      }
      return type.cast(result.getValue().orElseThrow());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;

    Deserializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      ReadResult<Object> result =
          new JsonReading(parser, null, false, GcmValidator.create()).readValue(type, false);
      if (!result.isValid()) {
        throw new GcmJsonException(parser, result.getReport());
      }
      return type.cast(result.getValue().orElseThrow());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
