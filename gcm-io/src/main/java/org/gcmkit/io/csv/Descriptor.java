package org.gcmkit.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.io.internal.Utf8;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Suggestions;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The Frictionless Data Package descriptor {@code datapackage.json}: written from the encoded
 * tables, and read back into the file of each table and the dataset title. Stateless.
 */
final class Descriptor {
  /** The descriptor's file name in the package folder. */
  static final String FILE = "datapackage.json";

  /** The descriptor property that holds the dataset's multilingual title. */
  static final String TITLE = "gcm:title";

  /**
   * The descriptor property that holds the package's format version; a descriptor without it is
   * format 1.0, which wrote none.
   */
  static final String VERSION = "gcm:formatVersion";

  /** The largest descriptor read, in bytes; gcm's own are tens of kilobytes. */
  static final long MAX_BYTES = 16L << 20;

  /**
   * The most resources read from a descriptor. The form has 21 tables, each listed once: any
   * resource past them is reported, and a report per resource of a descriptor listing hundreds of
   * thousands helps no one.
   */
  static final int MAX_RESOURCES = 100;

  private Descriptor() {}

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

    /** The version the descriptor says; empty without a descriptor or with an unknown version. */
    Optional<FormatVersion> version = Optional.empty();

    final List<Violation> problems = new ArrayList<>();

    /**
     * The tables the descriptor lists but that are not read (no file, a path out of the folder),
     * each with the index in {@link #problems} of the violation that says so: the references to
     * their records are counted there instead of being reported one by one.
     */
    final Map<Table, Integer> unread = new LinkedHashMap<>();

    /** The files the descriptor names, in the folder, whether read or not. */
    private final Set<Path> listed = new HashSet<>();

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
   * reported and the tables are then looked for under their standard file names. CSV files in the
   * folder that are not read are reported, as their rows would be lost silently.
   *
   * @throws IOException when the descriptor exists but cannot be read
   */
  static Parsed read(Path folder, Path descriptor) throws IOException {
    Parsed parsed = new Parsed();
    Path realFolder = folder.toRealPath();
    boolean described = resources(realFolder, descriptor, parsed);
    unlisted(realFolder, described, parsed);
    return parsed;
  }

  /**
   * Fills {@code parsed} from the descriptor; false when there is none to go by and the tables were
   * looked for under their standard names.
   */
  private static boolean resources(Path realFolder, Path descriptor, Parsed parsed)
      throws IOException {
    String display = descriptor.getFileName().toString();
    // Like a resource path, the descriptor must not be a link leading out of the folder.
    if (Files.exists(descriptor) && !descriptor.toRealPath().startsWith(realFolder)) {
      parsed.problems.add(
          problem(
              "expected "
                  + display
                  + " inside the package folder but it is a link to a file outside; it is not"
                  + " read, and the tables are read by their standard file names",
              Location.builder().file(display).build()));
      standardFiles(realFolder, parsed);
      return false;
    }
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
        standardFiles(realFolder, parsed);
        return false;
      }
      try (java.io.InputStream in = ZipPackage.open(descriptor)) {
        bytes = in.readAllBytes();
      }
    } catch (NoSuchFileException e) {
      // Hand-made tables without a descriptor are read by their standard names: a warning, as
      // nothing is lost (a CSV file of another name is reported on its own).
      parsed.problems.add(
          Violation.of(
                  Rule.PACKAGE_DESCRIPTOR_MISSING,
                  "",
                  "expected a data package descriptor "
                      + display
                      + " but there is none; reading the tables by their standard file names")
              .location(Location.builder().file(display).build())
              .build());
      standardFiles(realFolder, parsed);
      return false;
    }
    // Not UTF-8 is bad data, not an I/O error: reported, like malformed JSON.
    Optional<String> decoded = utf8(bytes, display, parsed);
    if (decoded.isEmpty()) {
      standardFiles(realFolder, parsed);
      return false;
    }
    String text = decoded.get();
    Object root;
    try {
      root = JsonTree.read(text);
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
      standardFiles(realFolder, parsed);
      return false;
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("resources") instanceof List<?> resources)) {
      String was = text.isBlank() ? display + " is empty" : "was " + shortText(root);
      parsed.problems.add(
          problem(
              "expected an object with an array \"resources\" but "
                  + was
                  + "; reading the tables by their standard file names",
              Location.builder().file(display).line(1).build()));
      standardFiles(realFolder, parsed);
      return false;
    }
    // One pass over the text finds every place a problem may be reported at, when one is.
    Spots spots = new Spots(display, text);
    title(top.get(TITLE), parsed, spots);
    version(top.get(VERSION), parsed, spots);
    List<String> names = Table.all().stream().map(t -> t.name).collect(Collectors.toList());
    Set<Table> seen = new HashSet<>();
    for (int i = 0; i < resources.size(); i++) {
      if (i == MAX_RESOURCES) {
        parsed.problems.add(
            Violation.of(
                    Rule.LIMIT,
                    "",
                    "expected at most "
                        + MAX_RESOURCES
                        + " resources but "
                        + display
                        + " lists "
                        + resources.size()
                        + "; the rest are not read")
                .location(spots.resource(i))
                .build());
        break;
      }
      Object r = resources.get(i);
      String name = r instanceof Map<?, ?> m && m.get("name") instanceof String s ? s : null;
      String path = r instanceof Map<?, ?> m && m.get("path") instanceof String s ? s : null;
      if (path != null) {
        lexical(realFolder, path).ifPresent(parsed.listed::add);
      }
      if (name == null || path == null) {
        parsed.problems.add(
            problem(
                "expected resource "
                    + i
                    + " to have a string \"name\" and \"path\" but was "
                    + shortText(r),
                spots.resource(i)));
        continue;
      }
      Optional<Table> table = Table.named(name);
      if (table.isEmpty()) {
        String hint =
            Suggestions.closest(name, names).map(s -> "; did you mean '" + s + "'?").orElse("");
        parsed.problems.add(
            problem(
                "expected a resource of the gcm CSV form but was '" + name + "'" + hint,
                spots.resource(i)));
        continue;
      }
      // Listed again is reported even when the first entry was refused: the first entry decides.
      if (!seen.add(table.get())) {
        parsed.problems.add(
            problem(
                "expected resource '" + name + "' once but it is listed again", spots.resource(i)));
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
                spots.resource(i)));
        parsed.unread.putIfAbsent(table.get(), parsed.problems.size() - 1);
        continue;
      }
      if (!Files.isRegularFile(file.get())) {
        parsed.problems.add(
            problem(
                "expected the file '" + path + "' of resource '" + name + "' but there is none",
                spots.resource(i)));
        parsed.unread.putIfAbsent(table.get(), parsed.problems.size() - 1);
        continue;
      }
      parsed.files.put(table.get(), file.get());
      parsed.names.put(table.get(), path);
    }
    return true;
  }

  /**
   * The text of {@code bytes} decoded as strict UTF-8 without a leading byte order mark, or empty
   * after adding an {@code encoding.invalid} problem located at the first malformed byte.
   */
  private static Optional<String> utf8(byte[] bytes, String display, Parsed parsed) {
    try {
      // The JDK's decoder, strict, for text that is UTF-8 (nearly every descriptor). The one below
      // counts the line and column of every character, which only placing a bad byte needs.
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      // Not UTF-8: decoded again below to say where.
    }
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

  private static void version(@Nullable Object node, Parsed parsed, Spots spots) {
    if (node == null) {
      parsed.version = Optional.of(FormatVersion.V1_0);
      return;
    }
    parsed.version = node instanceof String s ? FormatVersion.of(s) : Optional.empty();
    if (parsed.version.isEmpty()) {
      String was = shortText(node);
      parsed.problems.add(
          Violation.of(
                  Rule.FORMAT_VERSION,
                  "/formatVersion",
                  "expected \"" + VERSION + "\" to be " + FormatVersion.known() + " but was " + was)
              .value(node instanceof String s ? s : was)
              .location(spots.version())
              .build());
    }
  }

  private static void title(@Nullable Object node, Parsed parsed, Spots spots) {
    if (node == null) {
      return;
    }
    Map<String, String> values = new LinkedHashMap<>();
    boolean ok = node instanceof Map<?, ?>;
    if (node instanceof Map<?, ?> object) {
      for (Map.Entry<?, ?> e : object.entrySet()) {
        ok &= e.getValue() instanceof String;
        if (e.getValue() instanceof String s) {
          values.put(String.valueOf(e.getKey()), s);
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
              .location(spots.title())
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

  /** The tables found under their standard names, none of them a link out of the folder. */
  private static void standardFiles(Path realFolder, Parsed parsed) {
    for (Table t : Table.all()) {
      Optional<Path> f = inside(realFolder, t.file());
      Path named = realFolder.resolve(t.file());
      if (f.isEmpty() && Files.isSymbolicLink(named)) {
        parsed.listed.add(named);
        parsed.problems.add(
            problem(
                "expected the table "
                    + t.file()
                    + " inside the package folder but it is a link to a file outside; it is not"
                    + " read",
                Location.builder().file(t.file()).build()));
        parsed.unread.put(t, parsed.problems.size() - 1);
      }
      if (f.isPresent() && Files.isRegularFile(f.get())) {
        parsed.files.put(t, f.get());
        parsed.names.put(t, t.file());
        parsed.listed.add(f.get());
      }
    }
  }

  /** The file {@code path} names in the folder, not following links; empty for a bad path. */
  private static Optional<Path> lexical(Path realFolder, String path) {
    try {
      return Optional.of(realFolder.resolve(path).normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Reports each CSV file directly in the folder that is not read: its rows would be lost without a
   * word. A file the descriptor names but refuses is reported there, not again here.
   */
  private static void unlisted(Path realFolder, boolean described, Parsed parsed)
      throws IOException {
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(realFolder)) {
      for (Path f : in) {
        String name = f.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")
            && !parsed.listed.contains(f)
            && Files.isRegularFile(f)) {
          files.add(name);
        }
      }
    }
    files.sort(Comparator.naturalOrder());
    List<String> standard = Table.all().stream().map(Table::file).collect(Collectors.toList());
    for (String name : files) {
      Optional<String> closest = Suggestions.closest(name, standard).filter(s -> !s.equals(name));
      parsed.problems.add(
          Violation.of(
                  Rule.PACKAGE_TABLE_UNLISTED,
                  "",
                  (described
                          ? "expected each CSV file of the package folder to be listed in "
                              + FILE
                              + " but '"
                              + name
                              + "' is not"
                          : "expected a table of a standard file name but was '" + name + "'")
                      + "; its rows are not read"
                      + closest.map(s -> "; did you mean '" + s + "'?").orElse(""))
              .value(name)
              .suggestion(closest)
              .location(Location.builder().file(name).build())
              .build());
    }
  }

  /** A {@code package.invalid} problem of the package as a whole, at {@code at}. */
  static Violation problem(String message, Location at) {
    return Violation.of(Rule.PACKAGE_INVALID, "", message).location(at).build();
  }

  /**
   * Where the title and each resource of a descriptor are, found in one pass over its text the
   * first time a place is asked for: a resource at its "path" value, else its "name" value, else
   * where it starts. Rescanning the text for each reported resource was quadratic in the number of
   * resources; passing over it when nothing is reported took 8 % of the profile of reading a small
   * package.
   */
  private static final class Spots {
    private final Location file;
    private final String text;
    private boolean found;
    private Location title;
    private Location version;
    private final List<Location> resources = new ArrayList<>();

    Spots(String display, String text) {
      this.file = Location.builder().file(display).build();
      this.text = text;
      this.title = file;
      this.version = file;
    }

    Location title() {
      find();
      return title;
    }

    Location version() {
      find();
      return version;
    }

    /** The place of resource {@code i}, or the file when the pass did not find it. */
    Location resource(int i) {
      find();
      return i < resources.size() ? resources.get(i) : file;
    }

    private void find() {
      if (found) {
        return;
      }
      found = true;
      try (JsonParser p = JsonTree.parser(text)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return;
        }
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String key = p.currentName();
          Location keyAt = at(p);
          JsonToken value = p.nextToken();
          if (key.equals(TITLE)) {
            title = keyAt;
          }
          if (key.equals(VERSION)) {
            version = keyAt;
          }
          if (key.equals("resources") && value == JsonToken.START_ARRAY) {
            resources(p);
          } else {
            p.skipChildren();
          }
        }
      } catch (JacksonException e) {
        // The text was parsed whole already; places not found are the file's.
      }
    }

    private void resources(JsonParser p) {
      // One more than are read: the limit is reported at the first resource past it.
      for (JsonToken t = p.nextToken();
          t != null && t != JsonToken.END_ARRAY && resources.size() <= MAX_RESOURCES;
          t = p.nextToken()) {
        Location start = at(p);
        Location path = null;
        Location name = null;
        if (t == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING && key.equals("path")) {
              path = at(p);
            } else if (value == JsonToken.VALUE_STRING && key.equals("name")) {
              name = at(p);
            }
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
        resources.add(path != null ? path : name != null ? name : start);
      }
    }

    private Location at(JsonParser p) {
      TokenStreamLocation l = p.currentTokenLocation();
      Location.Builder at = Location.builder().from(file);
      if (l.getLineNr() > 0) {
        at.line(l.getLineNr());
        if (l.getColumnNr() > 0) {
          at.column(l.getColumnNr());
        }
      }
      return at.build();
    }
  }

  private static String shortText(@Nullable Object node) {
    String s = JsonTree.text(node);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
