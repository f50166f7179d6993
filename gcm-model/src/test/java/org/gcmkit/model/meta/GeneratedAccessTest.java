package org.gcmkit.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code GeneratedAccess} from the model and checks that the committed one is current.
 *
 * <p>After a change to the model this test fails until the build runs with {@code
 * -Dgcm.updateAccess=true}, which writes the class again (then build once more to compile it). A
 * getter removed or retyped can make the old class fail to compile: delete it first. Until then the
 * changed types are read and written through {@link Accessors}, only slower. The source is written
 * as google-java-format would write it, so that Spotless leaves it as it is.
 */
class GeneratedAccessTest {
  private static final Path SOURCE =
      Path.of("src/main/java/org/gcmkit/model/meta/GeneratedAccess.java");

  private static final boolean UPDATE = Boolean.getBoolean("gcm.updateAccess");

  @Test
  void generatedAccess_isWhatTheModelGenerates() throws IOException {
    String generated = generate();
    if (UPDATE) {
      Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(SOURCE) ? Files.readString(SOURCE, StandardCharsets.UTF_8) : "")
        .as(
            "%s is not what the model generates: run the build with -Dgcm.updateAccess=true",
            SOURCE)
        .isEqualTo(generated);
  }

  @Test
  void everyModelType_isServedByTheGeneratedAccess() {
    // The class just written is compiled by the next build, not this one.
    assumeFalse(UPDATE);
    for (Class<?> type : ModelTypes.all()) {
      assertThat(Shape.of(type).generated()).as("%s", type).isTrue();
    }
  }

  @Test
  void find_gettersOtherThanGeneratedFrom_isNotServed() throws NoSuchMethodException {
    assumeFalse(UPDATE);
    List<Method> getters = new ArrayList<>();
    for (Property p : Shape.of(Meeting.class).properties()) {
      getters.add(p.getter());
    }
    assertThat(ModelAccess.find(Meeting.class, getters)).isNotNull();
    // A property that was added since: the numbers would no longer match.
    getters.add(1, Meeting.class.getMethod("getTitle"));
    assertThat(ModelAccess.find(Meeting.class, getters)).isNull();
    assertThat(ModelAccess.find(String.class, List.of())).isNull();
  }

  @Test
  void shape_typeTheGeneratedAccessDoesNotKnow_isReadAndBuiltThroughFunctions() {
    Shape shape = Shape.of(Note.class);
    assertThat(shape.generated()).isFalse();
    Object b = shape.newBuilder();
    shape.property("id").orElseThrow().set(b, "n1");
    shape.property("tags").orElseThrow().set(b, List.of("a", "b"));
    Note n = (Note) shape.build(b);

    assertThat(n.getId()).isEqualTo("n1");
    assertThat(shape.property("tags").orElseThrow().get(n)).isEqualTo(List.of("a", "b"));
  }

  /** A value type with a builder as the model's have, which is not in the model. */
  public abstract static class Note {
    public abstract String getId();

    public abstract List<String> getTags();

    public static Builder builder() {
      return new Builder();
    }

    /** Its builder. */
    public static final class Builder {
      private String id = "";
      private final List<String> tags = new ArrayList<>();

      public Builder id(String value) {
        this.id = value;
        return this;
      }

      public Builder addAllTags(Iterable<String> values) {
        values.forEach(tags::add);
        return this;
      }

      public Note build() {
        String builtId = id;
        List<String> builtTags = List.copyOf(tags);
        return new Note() {
          @Override
          public String getId() {
            return builtId;
          }

          @Override
          public List<String> getTags() {
            return builtTags;
          }
        };
      }
    }
  }

  @Test
  void everyIdType_isMadeByTheGeneratedAccess() {
    for (Map.Entry<Class<?>, ValueKind> scalar : ModelTypes.scalars().entrySet()) {
      if (scalar.getValue() == ValueKind.ID) {
        assumeFalse(UPDATE);
        assertThat(ModelAccess.idFactory(scalar.getKey())).as("%s", scalar.getKey()).isNotNull();
        Object id = Scalars.parse(ValueKind.ID, scalar.getKey(), "x1");
        assertThat(id).isInstanceOf(scalar.getKey()).hasToString("x1");
      }
    }
    assertThat(ModelAccess.idFactory(String.class)).isNull();
  }

  @Test
  void getAndSet_meeting_matchTheAccessorsOfTheSameName() throws Exception {
    Shape shape = Shape.of(Meeting.class);
    Object b = shape.newBuilder();
    shape.property("id").orElseThrow().set(b, MeetingId.of("m1"));
    shape.property("kind").orElseThrow().set(b, MeetingKind.WEBINAR);
    shape.property("status").orElseThrow().set(b, MeetingStatus.HELD);
    shape.property("title").orElseThrow().set(b, Text.en("A webinar"));
    shape.property("format").orElseThrow().set(b, MeetingFormat.ONLINE);
    Meeting m = (Meeting) shape.build(b);

    assertThat(m.getId()).isEqualTo(MeetingId.of("m1"));
    assertThat(m.getTitle()).isEqualTo(Text.en("A webinar"));
    for (Property p : shape.properties()) {
      assertThat(p.get(m)).as("%s", p).isEqualTo(p.getter().invoke(m));
    }
  }

  /** The source of {@code GeneratedAccess}, from the model as it is. */
  static String generate() {
    List<Class<?>> types = new ArrayList<>(ModelTypes.all());
    Set<String> imports = new TreeSet<>();
    StringBuilder body = new StringBuilder();

    line(body, "  @Override");
    line(body, "  int count() {");
    line(body, "    return " + types.size() + ";");
    line(body, "  }");
    line(body, "");
    StringBuilder type = new StringBuilder();
    StringBuilder fingerprint = new StringBuilder();
    StringBuilder get = new StringBuilder();
    StringBuilder set = new StringBuilder();
    StringBuilder newBuilder = new StringBuilder();
    StringBuilder build = new StringBuilder();
    StringBuilder perType = new StringBuilder();
    for (int t = 0; t < types.size(); t++) {
      Class<?> model = types.get(t);
      Shape shape = Shape.of(model);
      String name = ref(model, imports);
      Class<?> builderType = builderType(model);
      String builder = ref(builderType, imports);
      List<Method> getters = new ArrayList<>();
      for (Property p : shape.properties()) {
        getters.add(p.getter());
      }
      String simple = model.getSimpleName();
      line(type, "      case " + t + " -> " + name + ".class;");
      line(fingerprint, "      case " + t + " -> " + ModelAccess.fingerprint(getters) + ";");
      line(get, "      case " + t + " -> get" + simple + "(property, (" + name + ") bean);");
      line(
          set,
          "      case " + t + " -> set" + simple + "(property, (" + builder + ") builder, value);");
      line(newBuilder, "      case " + t + " -> " + name + ".builder();");
      line(build, "      case " + t + " -> ((" + builder + ") builder).build();");

      line(perType, "");
      line(perType, "  private static Object get" + simple + "(int property, " + name + " bean) {");
      line(perType, "    return switch (property) {");
      for (Property p : shape.properties()) {
        line(perType, "      case " + p.index() + " -> bean." + p.getter().getName() + "();");
      }
      line(perType, "      default -> throw unknown(property);");
      line(perType, "    };");
      line(perType, "  }");
      line(perType, "");
      boolean lists =
          shape.properties().stream().anyMatch(p -> p.cardinality() == Cardinality.LIST);
      if (lists) {
        line(perType, "  @SuppressWarnings(\"unchecked\") // a list property is set from a list");
      }
      String setHead = "  private static void set" + simple + "(";
      String setParameters = "int property, " + builder + " builder, Object value) {";
      if (setHead.length() + setParameters.length() <= 100) {
        line(perType, setHead + setParameters);
      } else {
        // As google-java-format breaks a declaration too long for one line.
        line(perType, setHead);
        line(perType, "      " + setParameters);
      }
      line(perType, "    switch (property) {");
      for (Property p : shape.properties()) {
        Method setter = p.setter();
        String cast =
            p.cardinality() == Cardinality.LIST
                ? "Iterable<" + ref(listElement(p.getter()), imports) + ">"
                : ref(setter.getParameterTypes()[0], imports);
        line(
            perType,
            "      case "
                + p.index()
                + " -> builder."
                + setter.getName()
                + "(("
                + cast
                + ") value);");
      }
      line(perType, "      default -> throw unknown(property);");
      line(perType, "    }");
      line(perType, "  }");
    }
    List<Class<?>> ids = new ArrayList<>();
    for (Map.Entry<Class<?>, ValueKind> scalar : ModelTypes.scalars().entrySet()) {
      if (scalar.getValue() == ValueKind.ID) {
        ids.add(scalar.getKey());
      }
    }
    StringBuilder idType = new StringBuilder();
    StringBuilder newId = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      String name = ref(ids.get(i), imports);
      line(idType, "      case " + i + " -> " + name + ".class;");
      line(newId, "      case " + i + " -> " + name + ".of(text);");
    }
    String noType = "      default -> throw unknown(type);";
    method(body, "Class<?> type(int type)", "return switch (type) {", type, noType, "};");
    method(body, "int fingerprint(int type)", "return switch (type) {", fingerprint, noType, "};");
    method(
        body,
        "Object get(int type, int property, Object bean)",
        "return switch (type) {",
        get,
        noType,
        "};");
    method(
        body,
        "void set(int type, int property, Object builder, Object value)",
        "switch (type) {",
        set,
        noType,
        "}");
    method(body, "Object newBuilder(int type)", "return switch (type) {", newBuilder, noType, "};");
    method(
        body,
        "Object build(int type, Object builder)",
        "return switch (type) {",
        build,
        noType,
        "};");
    line(body, "  @Override");
    line(body, "  int idCount() {");
    line(body, "    return " + ids.size() + ";");
    line(body, "  }");
    line(body, "");
    String noId = "      default -> throw unknown(id);";
    method(body, "Class<?> idType(int id)", "return switch (id) {", idType, noId, "};");
    method(body, "Object newId(int id, String text)", "return switch (id) {", newId, noId, "};");
    // The last method's blank line is the first type's.
    body.setLength(body.length() - 1);
    body.append(perType);
    line(body, "");
    line(body, "  private static IllegalArgumentException unknown(int number) {");
    line(body, "    return new IllegalArgumentException(\"no number \" + number);");
    line(body, "  }");

    StringBuilder out = new StringBuilder();
    line(out, "package org.gcmkit.model.meta;");
    line(out, "");
    for (String i : imports) {
      line(out, "import " + i + ";");
    }
    line(out, "");
    line(out, "/**");
    line(
        out,
        " * The model's accessors by number (see {@link ModelAccess}). Generated from the model by");
    line(
        out,
        " * GeneratedAccessTest: do not edit; the build writes it again with -Dgcm.updateAccess=true.");
    line(out, " */");
    line(out, "final class GeneratedAccess extends ModelAccess {");
    out.append(body);
    line(out, "}");
    return out.toString();
  }

  private static void method(
      StringBuilder body,
      String signature,
      String open,
      StringBuilder cases,
      String otherwise,
      String close) {
    String start = "  " + signature + " {";
    line(body, "  @Override");
    line(body, start);
    line(body, "    " + open);
    body.append(cases);
    line(body, otherwise);
    line(body, "    " + close);
    line(body, "  }");
    line(body, "");
  }

  private static void line(StringBuilder b, String text) {
    b.append(text).append('\n');
  }

  /** The name to write for {@code type}, importing its top-level class unless in java.lang. */
  private static String ref(Class<?> type, Set<String> imports) {
    if (type.isPrimitive() || type.isArray()) {
      throw new IllegalStateException("not generated for " + type + ": a model value is an object");
    }
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    if (!top.getPackageName().equals("java.lang")) {
      imports.add(top.getName());
    }
    return type.getCanonicalName().substring(top.getPackageName().length() + 1);
  }

  private static Class<?> builderType(Class<?> model) {
    try {
      return model.getMethod("builder").getReturnType();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(model + " has no builder()", e);
    }
  }

  private static Class<?> listElement(Method getter) {
    Type arg = ((ParameterizedType) getter.getGenericReturnType()).getActualTypeArguments()[0];
    if (arg instanceof Class<?> c) {
      return c;
    }
    throw new IllegalStateException("not generated for " + getter + ": a list of " + arg);
  }
}
