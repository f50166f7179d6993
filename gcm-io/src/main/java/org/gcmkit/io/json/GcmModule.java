package org.gcmkit.io.json;

import java.util.Objects;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.ModelTypes;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of gcm's JSON format, for an application's own {@code JsonMapper}: {@code
 * Dataset}, {@code Text}, every model object type and every scalar model type (ids, enum constants,
 * dates, spans, subjects, also as map keys) are written and read exactly as {@link GcmJson} writes
 * and reads them.
 *
 * <p>Registered as a service, so {@code JsonMapper.builder().findAndAddModules()} (and Spring Boot,
 * which calls it) finds it: that instance only binds, so that a framework's {@code @Valid} sees the
 * model rules and reports them with everything else. {@link #validating()} also checks each model
 * value as it is read. Either way, input that cannot be bound (bad syntax, an unknown field, a
 * value of the wrong type, a missing required value) throws {@link GcmJsonException} with the
 * located report, its pointers from the root of the document being read, not of the model value.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(GcmModule.validating()).build();
 * Meeting meeting = mapper.readValue(json, Meeting.class); // GcmJsonException if invalid
 * }</pre>
 */
public final class GcmModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /**
   * This library's version, which Jackson shows in module listings; a test checks that it is the
   * Maven project version, so a release cannot forget it.
   */
  static final String VERSION = "0.1.0-SNAPSHOT";

  /** Null when the module only binds. */
  private final transient @Nullable GcmValidator validator;

  /** A module that binds only; the one {@code findAndAddModules()} finds. */
  public GcmModule() {
    this(null);
  }

  private GcmModule(@Nullable GcmValidator validator) {
    // One registration id for both forms: a mapper holds at most one gcm module.
    super("gcm", VersionUtil.parseVersion(VERSION, "org.gcmkit", "gcm-io"), "org.gcmkit.io.json");
    this.validator = validator;
    for (Class<?> type : ModelTypes.all()) {
      register(type);
    }
    register(Text.class);
    ModelTypes.scalars().forEach(this::registerScalar);
  }

  /**
   * {@return a module that also validates each model value it reads with {@link
   * GcmValidator#create()}, throwing {@link GcmJsonException} when the value has an error}
   */
  public static GcmModule validating() {
    return new GcmModule(GcmValidator.create());
  }

  /**
   * {@return a module that also validates each model value it reads with {@code validator}}
   *
   * @param validator the validator, such as one with an application's own constraints
   */
  public static GcmModule validating(GcmValidator validator) {
    return new GcmModule(Objects.requireNonNull(validator, "validator"));
  }

  /** {@return whether values read are validated, not only bound} */
  public boolean isValidating() {
    return validator != null;
  }

  @Override
  public Version version() {
    return _version;
  }

  private <T> void registerScalar(Class<T> type, ValueKind kind) {
    addSerializer(type, new ScalarSerializer<>(type, kind, false));
    addDeserializer(type, new ScalarDeserializer<>(type, kind));
    addKeySerializer(type, new ScalarSerializer<>(type, kind, true));
    addKeyDeserializer(type, new ScalarKeyDeserializer(type, kind));
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new Serializer<>(type));
    addDeserializer(type, new Deserializer<>(type, validator));
  }

  /**
   * Reads with gcm's reader from the parser's current token; throws with the report, its pointers
   * moved under the value's place in the whole input.
   */
  private static Object read(JsonParser parser, Class<?> type, @Nullable GcmValidator validator) {
    JsonPointer at = parser.streamReadContext().pathAsPointer();
    JsonReading reading =
        new JsonReading(parser, null, false, validator == null ? GcmValidator.create() : validator);
    ReadResult<Object> result =
        validator == null
            ? reading.bindOnly().readValue(type, false)
            : reading.readValue(type, false);
    if (!result.isValid()) {
      throw new GcmJsonException(parser, underPointer(at.toString(), result.getReport()));
    }
    return result.getValue().orElseThrow();
  }

  private static ValidationReport underPointer(String prefix, ValidationReport report) {
    return prefix.isEmpty()
        ? report
        : report.map(v -> v.toBuilder().pointer(prefix + v.getPointer()).build());
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

  /** Writes an id, enum constant, date, span or subject as its text in files, or as a key. */
  private static final class ScalarSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final ValueKind kind;
    private final boolean key;

    ScalarSerializer(Class<T> type, ValueKind kind, boolean key) {
      this.type = type;
      this.kind = kind;
      this.key = key;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext context) {
      String text = Scalars.format(kind, value);
      if (key) {
        g.writeName(text);
      } else {
        g.writeString(text);
      }
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
      JsonPointer at = parser.streamReadContext().pathAsPointer();
      ReadResult<Object> result =
          new JsonReading(parser, null, false, GcmValidator.create()).readScalar(kind, type);
      if (!result.isValid()) {
        throw new GcmJsonException(parser, underPointer(at.toString(), result.getReport()));
      }
      return type.cast(result.getValue().orElseThrow());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Reads an id, enum constant, date, span or subject from a map key. */
  private static final class ScalarKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final ValueKind kind;

    ScalarKeyDeserializer(Class<?> type, ValueKind kind) {
      this.type = type;
      this.kind = kind;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
      try {
        return Scalars.parse(kind, type, key);
      } catch (IllegalArgumentException e) {
        JsonParser parser = context.getParser();
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        tools.jackson.core.TokenStreamLocation l = parser.currentTokenLocation();
        Violation.Builder v =
            Violation.of(
                    Rule.VALUE_SYNTAX,
                    pointer,
                    "expected a key that is "
                        + e.getMessage()
                        + " but was "
                        + ReportParts.quote(key))
                .value(ReportParts.shorten(key));
        if (l.getLineNr() > 0) {
          v.location(Location.builder().line(l.getLineNr()).column(l.getColumnNr()).build());
        }
        throw new GcmJsonException(parser, ValidationReport.of(java.util.List.of(v.build())));
      }
    }
  }

  private static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final @Nullable GcmValidator validator;

    Deserializer(Class<T> type, @Nullable GcmValidator validator) {
      this.type = type;
      this.validator = validator;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
      return type.cast(read(parser, type, validator));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
