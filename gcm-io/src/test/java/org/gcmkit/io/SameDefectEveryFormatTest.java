package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One suite over every format, as Moshi runs one reader suite over every reader: each defect is put
 * into the same valid dataset written as a JSON document, as JSON Lines and as a CSV data package,
 * and each format must report the same codes, severities and JSON Pointers (only the file, line and
 * column differ). This is the promise of docs/json-format.md and docs/csv-format.md, checked defect
 * by defect.
 */
class SameDefectEveryFormatTest {
  private static final Path BASE = Path.of("src/test/resources/hostile/base.json");
  private static final ObjectMapper TREES = JsonMapper.builder().build();
  private static final GcmJson JSON = GcmJson.create();
  private static final GcmCsv CSV = GcmCsv.create();

  /** A defect as the same change in each format: a JSON value at a pointer, a CSV cell. */
  record Defect(String name, String pointer, String value, List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Defect defect(String name, String pointer, String value, String... expected) {
    return new Defect(name, pointer, value, List.of(expected));
  }

  static Stream<Arguments> defects() {
    List<Defect> all =
        List.of(
            defect(
                "unknown enum code", "/actors/1/kind", "stat", "error value.syntax /actors/1/kind"),
            defect(
                "impossible date",
                "/meetings/0/dates/0",
                "2022-13-40",
                "error value.syntax /meetings/0/dates/0"),
            defect(
                "dangling reference",
                "/actors/0/sources/0",
                "s9",
                "error reference.unresolved /actors/0/sources/0"),
            defect(
                "dangling reference in a child record",
                "/meetings/0/participations/1/person",
                "p9",
                "error reference.unresolved /meetings/0/participations/1/person"),
            defect(
                "duplicate id",
                "/actors/1/id",
                "iom",
                "error id.duplicate /actors/1/id",
                "error reference.unresolved /meetings/0/participations/0/actor"),
            defect(
                "malformed id",
                "/actors/1/id",
                "T M",
                "error reference.unresolved /meetings/0/participations/0/actor",
                "error value.syntax /actors/1/id"),
            defect(
                "unknown country code",
                "/actors/1/country",
                "XX",
                "error country-code.unknown /actors/1/country"),
            defect(
                "state without a country",
                "/actors/1/country",
                null,
                "error actor.state-without-country /actors/1/country"),
            defect(
                "missing required field",
                "/meetings/0/kind",
                null,
                "error required /meetings/0/kind"),
            defect(
                "unknown subject",
                "/meetings/0/subjects/0",
                "gcm:objective:24",
                "error subject.unknown /meetings/0/subjects/0"),
            defect(
                "unknown participant role",
                "/meetings/0/participations/0/roles/0",
                "participnt",
                "error value.syntax /meetings/0/participations/0/roles/0"),
            defect(
                "not a web address",
                "/sources/0/url",
                "not a url",
                "error url.syntax /sources/0/url"),
            defect(
                "post ends before it starts",
                "/persons/0/posts/0/end",
                "2019",
                "error date.end-before-start /persons/0/posts/0/end"),
            defect(
                "hybrid meeting without its online part",
                "/meetings/0/virtualLocation/url",
                null,
                "error meeting.hybrid-without-locations /meetings/0/virtualLocation"),
            defect(
                "malformed language tag",
                "/sources/0/languages/1",
                "russian!",
                "error language-tag.invalid /sources/0/languages/1"),
            defect(
                "partial date out of range",
                "/persons/0/posts/0/start",
                "2021-00",
                "error value.syntax /persons/0/posts/0/start"),
            defect(
                "dangling reference in a list cell",
                "/meetings/0/sources/0",
                "s2",
                "error reference.unresolved /meetings/0/sources/0"),
            defect(
                "held meeting without a date",
                "/meetings/0/dates/0",
                null,
                "warning meeting.held-without-date /meetings/0/dates"),
            defect(
                "meeting part of itself",
                "/meetings/0/partOf",
                "m1",
                "error reference.loop /meetings/0/partOf"));
    return all.stream().flatMap(d -> Stream.of(Format.values()).map(f -> Arguments.of(d, f)));
  }

  enum Format {
    JSON_DOCUMENT,
    JSON_LINES,
    CSV_PACKAGE
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("defects")
  void read_sameDefect_sameCodesSeveritiesAndPointers(
      Defect defect, Format format, @TempDir Path dir) throws IOException {
    ValidationReport report = readWith(defect, format, dir);

    assertThat(render(report)).as("%s in %s", defect, format).isEqualTo(defect.expected());
    report
        .getViolations()
        .forEach(v -> assertThat(v.getLocation()).as("%s located", v).isPresent());
  }

  private static ValidationReport readWith(Defect defect, Format format, Path dir)
      throws IOException {
    ObjectNode tree = (ObjectNode) TREES.readTree(Files.readString(BASE, StandardCharsets.UTF_8));
    return switch (format) {
      case JSON_DOCUMENT -> {
        edit(tree, defect.pointer(), defect.value());
        Path file = dir.resolve("defect.json");
        Files.writeString(file, TREES.writeValueAsString(tree), StandardCharsets.UTF_8);
        yield checked(JSON.readDataset(file), JSON.validateDataset(file));
      }
      case JSON_LINES -> {
        edit(tree, defect.pointer(), defect.value());
        Path file = dir.resolve("defect.jsonl");
        Files.writeString(file, jsonLines(tree), StandardCharsets.UTF_8);
        yield checked(JSON.readDataset(file), JSON.validateDataset(file));
      }
      case CSV_PACKAGE -> {
        Dataset valid = JSON.readDataset(BASE).requireValid();
        Path pkg = dir.resolve("pkg");
        CSV.writeDataset(valid, pkg);
        editCell(pkg, defect.pointer(), defect.value());
        yield checked(CSV.readDataset(pkg), CSV.validateDataset(pkg));
      }
    };
  }

  /** The reader's report, after checking that the streaming validator says the same. */
  private static ValidationReport checked(ReadResult<Dataset> read, ValidationReport streamed) {
    assertThat(streamed).isEqualTo(read.getReport());
    return read.getReport();
  }

  private static List<String> render(ValidationReport report) {
    return report.getViolations().stream()
        .map(
            v ->
                v.getSeverity().name().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + v.getCode()
                    + " "
                    + v.getPointer())
        .sorted()
        .collect(Collectors.toList());
  }

  /** Sets (or, for null, removes) the value at a pointer, removing an emptied array too. */
  private static void edit(ObjectNode root, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ArrayNode array) {
      int i = Integer.parseInt(last);
      if (value == null) {
        array.remove(i);
        if (array.isEmpty()) {
          edit(root, pointer.substring(0, slash), null);
        }
      } else {
        array.set(i, value);
      }
    } else if (value == null) {
      ((ObjectNode) parent).remove(last);
      if (parent.isEmpty()) {
        edit(root, pointer.substring(0, slash), null);
      }
    } else {
      ((ObjectNode) parent).put(last, value);
    }
  }

  /** The document as JSON Lines: a header line, then each record with its type, in list order. */
  private static String jsonLines(ObjectNode document) {
    StringBuilder out = new StringBuilder();
    ObjectNode header = TREES.createObjectNode();
    header.put("formatVersion", document.get("formatVersion").asString());
    header.put("type", "dataset");
    header.set("title", document.get("title"));
    out.append(TREES.writeValueAsString(header)).append('\n');
    for (Map.Entry<String, JsonNode> list : document.properties()) {
      if (!list.getValue().isArray()) {
        continue;
      }
      String type = list.getKey().substring(0, list.getKey().length() - 1);
      for (JsonNode record : list.getValue()) {
        ObjectNode line = TREES.createObjectNode();
        line.put("type", type);
        line.setAll((ObjectNode) record);
        out.append(TREES.writeValueAsString(line)).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Makes the same change in the CSV package: {@code /list/i/field} is the cell of row i of {@code
   * list.csv}, {@code /list/i/child/j/field} the cell of the j-th row of that record in {@code
   * list-child.csv}, a trailing index one item of a {@code |}-joined cell, and a nested object's
   * field the {@code object.field} column.
   */
  private static void editCell(Path pkg, String pointer, String value) throws IOException {
    String[] p = pointer.substring(1).split("/", -1);
    int record = Integer.parseInt(p[1]);
    String table = p[0];
    String ownerId = cell(pkg.resolve(table + ".csv"), record, "id");
    int next = 2;
    int row = record;
    if (p.length > 4 && p[3].matches("\\d+")) {
      table = p[0] + "-" + p[2];
      String parentColumn = p[0].substring(0, p[0].length() - 1) + "Id";
      row = nthRowOf(pkg.resolve(table + ".csv"), parentColumn, ownerId, Integer.parseInt(p[3]));
      next = 4;
    }
    String column = p[next];
    Integer item = null;
    if (next + 1 < p.length) {
      if (p[next + 1].matches("\\d+")) {
        item = Integer.parseInt(p[next + 1]);
      } else {
        column = column + "." + p[next + 1];
      }
    }
    Path file = pkg.resolve(table + ".csv");
    String col = column;
    Integer it = item;
    rewrite(
        file,
        row,
        col,
        old -> {
          if (it == null) {
            return value == null ? "" : value;
          }
          List<String> items = new ArrayList<>(List.of(old.split("\\|", -1)));
          if (value == null) {
            items.remove((int) it);
          } else {
            items.set(it, value);
          }
          return String.join("|", items);
        });
  }

  private static List<CsvRecord> records(Path file) throws IOException {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
      return reader.stream().collect(Collectors.toList());
    }
  }

  private static String cell(Path file, int row, String column) throws IOException {
    List<CsvRecord> rows = records(file);
    return rows.get(row + 1).getField(rows.get(0).getFields().indexOf(column));
  }

  private static int nthRowOf(Path file, String parentColumn, String parentId, int n)
      throws IOException {
    List<CsvRecord> rows = records(file);
    int col = rows.get(0).getFields().indexOf(parentColumn);
    int seen = 0;
    for (int r = 1; r < rows.size(); r++) {
      if (rows.get(r).getField(col).equals(parentId) && seen++ == n) {
        return r - 1;
      }
    }
    throw new AssertionError("no row " + n + " of " + parentId + " in " + file);
  }

  private static void rewrite(Path file, int row, String column, Function<String, String> change)
      throws IOException {
    List<CsvRecord> rows = records(file);
    int col = rows.get(0).getFields().indexOf(column);
    assertThat(col).as("column %s of %s", column, file).isNotNegative();
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> fields = new ArrayList<>(rows.get(r).getFields());
      if (r == row + 1) {
        fields.set(col, change.apply(fields.get(col)));
      }
      out.put(r, fields);
    }
    try (CsvWriter writer = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      out.values().forEach(writer::writeRecord);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
