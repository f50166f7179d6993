package org.gcmkit.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gcmkit.io.csv.Encoder.Encoded;
import org.gcmkit.io.csv.Table.Member;
import org.gcmkit.io.csv.Table.Scalar;
import org.gcmkit.io.internal.Utf8;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Suggestions;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Frictionless Data Package descriptor {@code datapackage.json}: written from the encoded
 * tables, and read back into the file of each table and the dataset title. Stateless.
 */
final class Descriptor {
  /** The descriptor's file name in the package folder. */
  static final String FILE = "datapackage.json";

  /** The descriptor property that holds the dataset's multilingual title. */
  static final String TITLE = "gcm:title";

  /** The largest descriptor read, in bytes; gcm's own are tens of kilobytes. */
  static final long MAX_BYTES = 16L << 20;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Descriptor() {}

  /** The descriptor text of a package of these tables, "\n" line ends, ending with one. */
  static String write(Optional<Text> title, List<Encoded> tables) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", "gcm-dataset");
    title.ifPresent(
        t -> {
          t.preferred(List.of("en")).ifPresent(s -> root.put("title", s));
          ObjectNode values = root.putObject(TITLE);
          t.getValues().forEach(values::put);
        });
    ArrayNode resources = root.putArray("resources");
    for (Encoded e : tables) {
      resources.add(resource(e));
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    return MAPPER.writer().with(printer).writeValueAsString(root) + "\n";
  }

  private static ObjectNode resource(Encoded e) {
    Table table = e.table;
    ObjectNode r = MAPPER.createObjectNode();
    r.put("name", table.name);
    r.put("path", table.file());
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    ArrayNode foreignKeys = MAPPER.createArrayNode();
    Map<String, Member> byHeader = new LinkedHashMap<>();
    for (Member m : table.allMembers()) {
      byHeader.put(m.header, m);
    }
    Map<String, Member> required = table.requiredMembers();
    for (String header : e.headers) {
      ObjectNode f = fields.addObject();
      f.put("name", header);
      Member m = byHeader.get(header);
      if (header.equals(table.parentColumn)) {
        f.put("type", "string");
        f.put("description", "the id of the " + table.type.code() + " this row belongs to");
        f.putObject("constraints").put("required", true);
        foreignKey(foreignKeys, header, table.parent().name);
      } else if (m instanceof Scalar scalar) {
        scalarField(f, foreignKeys, table, scalar, required.containsKey(header));
      } else if (m != null) {
        f.put("type", "string");
        f.put("description", "present but empty when \"'\": an object with no value");
      } else if (header.endsWith(Table.ORDER)) {
        f.put("type", "string");
        f.put("description", "the languages of the text in their order, separated by |");
      } else {
        f.put("type", "string");
        f.put("description", "the text in language " + header.substring(header.indexOf('@') + 1));
      }
    }
    if (table.kind == Table.Kind.RECORDS) {
      schema.putArray("primaryKey").add("id");
    }
    if (!foreignKeys.isEmpty()) {
      schema.set("foreignKeys", foreignKeys);
    }
    schema.putArray("missingValues").add("");
    return r;
  }

  private static void scalarField(
      ObjectNode f, ArrayNode foreignKeys, Table table, Scalar m, boolean required) {
    ValueKind kind = m.property.kind();
    boolean list = m.property.cardinality() == Cardinality.LIST;
    f.put("type", kind == ValueKind.DECIMAL && !list ? "number" : "string");
    if (list) {
      f.put("description", "a list: values separated by |, with \\| and \\\\ for | and \\");
    } else if (kind == ValueKind.PARTIAL_DATE || kind == ValueKind.DATE_SPAN) {
      f.put("description", "an EDTF date");
    }
    ObjectNode constraints = MAPPER.createObjectNode();
    if (required) {
      constraints.put("required", true);
    }
    if (kind == ValueKind.ENUM && !list) {
      ArrayNode codes = constraints.putArray("enum");
      Scalars.codes(m.property.elementType()).forEach(codes::add);
    }
    if (!constraints.isEmpty()) {
      f.set("constraints", constraints);
    }
    // A record's own id is its primary key, not a reference: declaring it a foreign key to its
    // own table says nothing and makes Frictionless checkers scan the table once per row.
    boolean ownId = table.kind == Table.Kind.RECORDS && m.header.equals("id");
    if (kind == ValueKind.ID && !list && !ownId) {
      RecordType target = idType(m.property.elementType());
      String resource =
          table.kind == Table.Kind.RECORDS && target == table.type ? "" : Table.of(target).name;
      foreignKey(foreignKeys, m.header, resource);
    }
  }

  private static void foreignKey(ArrayNode foreignKeys, String field, String resource) {
    ObjectNode fk = foreignKeys.addObject();
    fk.put("fields", field);
    ObjectNode ref = fk.putObject("reference");
    ref.put("resource", resource);
    ref.put("fields", "id");
  }

  /** The record type whose ids {@code idClass} holds: ActorId is an actor's. */
  static RecordType idType(Class<?> idClass) {
    return RecordType.ofIdClass(idClass)
        .orElseThrow(() -> new IllegalArgumentException(idClass + " is not an id type"));
  }

  /** What a descriptor says: each table's file, the title, and the problems found. */
  static final class Parsed {
    final Map<Table, Path> files = new LinkedHashMap<>();
    final Map<Table, String> names = new LinkedHashMap<>();
    Optional<Text> title = Optional.empty();
    final List<Violation> problems = new ArrayList<>();

    /** The file of a table in {@link #files}. */
    Path file(Table table) {
      return Objects.requireNonNull(files.get(table), "only tables with a file are read");
    }

    /** The name of a table in {@link #files} as the descriptor gives it. */
    String name(Table table) {
      return Objects.requireNonNull(names.get(table), "files and names are filled together");
    }
  }

  /**
   * Reads the descriptor of the package in {@code folder}. A missing or malformed descriptor is
   * reported and the tables are then looked for under their standard file names.
   *
   * @throws IOException when the descriptor exists but cannot be read
   */
  static Parsed read(Path folder, Path descriptor) throws IOException {
    Parsed parsed = new Parsed();
    String display = descriptor.getFileName().toString();
    byte[] bytes;
    try {
      // The descriptor is read whole: a huge one is refused unread, as it could exhaust memory.
      long size = Files.size(descriptor);
      if (size > MAX_BYTES) {
        parsed.problems.add(
            problem(
                "expected a data package descriptor of at most "
                    + MAX_BYTES
                    + " bytes but "
                    + display
                    + " has "
                    + size
                    + "; reading the tables by their standard file names",
                Location.builder().file(display).build()));
        standardFiles(folder, parsed);
        return parsed;
      }
      bytes = Files.readAllBytes(descriptor);
    } catch (NoSuchFileException e) {
      parsed.problems.add(
          problem(
              "expected a data package descriptor "
                  + display
                  + " but there is none; reading the tables by their standard file names",
              Location.builder().file(display).build()));
      standardFiles(folder, parsed);
      return parsed;
    }
    // Not UTF-8 is bad data, not an I/O error: reported, like malformed JSON.
    Optional<String> decoded = utf8(bytes, display, parsed);
    if (decoded.isEmpty()) {
      standardFiles(folder, parsed);
      return parsed;
    }
    String text = decoded.get();
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      Location.Builder at = Location.builder().file(display);
      if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        at.line(e.getLocation().getLineNr()).column(e.getLocation().getColumnNr());
      }
      parsed.problems.add(
          problem(
              "expected a JSON data package descriptor but "
                  + e.getOriginalMessage()
                  + "; reading the tables by their standard file names",
              at.build()));
      standardFiles(folder, parsed);
      return parsed;
    }
    if (root == null || !root.isObject() || !root.path("resources").isArray()) {
      parsed.problems.add(
          problem(
              "expected an object with an array \"resources\" but was "
                  + shortText(root)
                  + "; reading the tables by their standard file names",
              Location.builder().file(display).line(1).build()));
      standardFiles(folder, parsed);
      return parsed;
    }
    title(root.get(TITLE), parsed, display, text);
    List<String> names = Table.all().stream().map(t -> t.name).collect(Collectors.toList());
    Path realFolder = folder.toRealPath();
    JsonNode resources = root.get("resources");
    for (int i = 0; i < resources.size(); i++) {
      JsonNode r = resources.get(i);
      String name = r.path("name").isString() ? r.get("name").stringValue() : null;
      String path = r.path("path").isString() ? r.get("path").stringValue() : null;
      // Located only when reported: finding the line scans the descriptor.
      Supplier<Location> at = () -> locate(display, text, path != null ? path : name);
      if (name == null || path == null) {
        parsed.problems.add(
            problem(
                "expected resource "
                    + i
                    + " to have a string \"name\" and \"path\" but was "
                    + shortText(r),
                at.get()));
        continue;
      }
      Optional<Table> table = Table.named(name);
      if (table.isEmpty()) {
        String hint =
            Suggestions.closest(name, names).map(s -> "; did you mean '" + s + "'?").orElse("");
        parsed.problems.add(
            problem(
                "expected a resource of the gcm CSV form but was '" + name + "'" + hint, at.get()));
        continue;
      }
      if (parsed.files.containsKey(table.get())) {
        parsed.problems.add(
            problem("expected resource '" + name + "' once but it is listed again", at.get()));
        continue;
      }
      Optional<Path> file = inside(realFolder, path);
      if (file.isEmpty()) {
        parsed.problems.add(
            problem(
                "expected a relative path inside the package folder but was '"
                    + path
                    + "'; resource '"
                    + name
                    + "' is not read",
                at.get()));
        continue;
      }
      if (!Files.isRegularFile(file.get())) {
        parsed.problems.add(
            problem(
                "expected the file '" + path + "' of resource '" + name + "' but there is none",
                at.get()));
        continue;
      }
      parsed.files.put(table.get(), file.get());
      parsed.names.put(table.get(), path);
    }
    return parsed;
  }

  /**
   * The text of {@code bytes} decoded as strict UTF-8 without a leading byte order mark, or empty
   * after adding an {@code encoding.invalid} problem located at the first malformed byte.
   */
  private static Optional<String> utf8(byte[] bytes, String display, Parsed parsed) {
    StringBuilder text = new StringBuilder(bytes.length);
    // Line and column in characters, as the JSON locations count them.
    try (Utf8 in = Utf8.stopping(new ByteArrayInputStream(bytes))) {
      char[] buf = new char[8192];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        text.append(buf, 0, n);
      }
    } catch (Utf8.MalformedInput e) {
      Utf8.Malformed bad = e.malformed;
      parsed.problems.add(
          Violation.of(
                  Rule.ENCODING,
                  "",
                  "expected UTF-8 but found the invalid bytes "
                      + bad.bytes
                      + " at byte offset "
                      + bad.offset
                      + "; reading the tables by their standard file names")
              .value(bad.bytes)
              .location(
                  Location.builder()
                      .file(display)
                      .line(bad.line)
                      .column((int) Math.min(bad.column, Integer.MAX_VALUE))
                      .build())
              .build());
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException("reading bytes in memory cannot fail", e);
    }
    return Optional.of(text.toString());
  }

  private static void title(@Nullable JsonNode node, Parsed parsed, String display, String text) {
    if (node == null) {
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    boolean ok = node.isObject();
    if (ok) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        ok &= e.getValue().isString();
        if (e.getValue().isString()) {
          values.put(e.getKey(), e.getValue().stringValue());
        }
      }
    }
    if (!ok) {
      parsed.problems.add(
          Violation.of(
                  Rule.PACKAGE_INVALID,
                  "/title",
                  "expected \""
                      + TITLE
                      + "\" to be an object of language tag to text but was "
                      + shortText(node))
              .location(locate(display, text, TITLE))
              .build());
      return;
    }
    parsed.title = Optional.of(Text.of(values));
  }

  /** The file {@code path} names, if it is a relative path that stays inside {@code folder}. */
  private static Optional<Path> inside(Path realFolder, String path) {
    if (path.isEmpty() || path.startsWith("/") || path.startsWith("\\") || path.contains(":")) {
      return Optional.empty();
    }
    try {
      Path p = realFolder.resolve(path).normalize();
      if (!p.startsWith(realFolder) || p.equals(realFolder)) {
        return Optional.empty();
      }
      // A symbolic link must not lead out of the folder either.
      if (Files.exists(p) && !p.toRealPath().startsWith(realFolder)) {
        return Optional.empty();
      }
      return Optional.of(p);
    } catch (InvalidPathException | IOException e) {
      return Optional.empty();
    }
  }

  private static void standardFiles(Path folder, Parsed parsed) {
    for (Table t : Table.all()) {
      Path f = folder.resolve(t.file());
      if (Files.isRegularFile(f)) {
        parsed.files.put(t, f);
        parsed.names.put(t, t.file());
      }
    }
  }

  private static Violation problem(String message, Location at) {
    return Violation.of(Rule.PACKAGE_INVALID, "", message).location(at).build();
  }

  /** The file and, when {@code token} occurs in it as a JSON string, the line it is on. */
  private static Location locate(String display, String text, @Nullable String token) {
    Location.Builder at = Location.builder().file(display);
    if (token != null) {
      int i = text.indexOf(MAPPER.writeValueAsString(token));
      if (i >= 0) {
        at.line(1 + text.substring(0, i).chars().filter(c -> c == '\n').count());
      }
    }
    return at.build();
  }

  private static String shortText(@Nullable JsonNode node) {
    String s = String.valueOf(node);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
