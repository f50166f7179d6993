package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.io.GcmUpgrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled examples as format 1.0 wrote them (kept in {@code src/test/resources/format-1.0})
 * upgrade to exactly the bundled 1.1 files, losing no value on the way.
 */
class UpgradeExamplesTest {
  private static final Path OLD = Path.of("src/test/resources/format-1.0");
  private static final Path NEW = Path.of("data");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path temp;

  @Test
  void upgrade_eachJsonExample_givesTheBundledFileAndKeepsEveryValue() throws IOException {
    for (String seed : SeedDatasets.all().keySet()) {
      Path old = OLD.resolve("json").resolve(seed + ".json");
      Path out = temp.resolve(seed + ".json");

      GcmUpgrade.Result r = GcmUpgrade.create().upgrade(old, out);

      assertThat(r.isWritten()).as(seed).isTrue();
      assertThat(r.getFrom()).contains(FormatVersion.V1_0);
      assertThat(r.getChanges())
          .extracting(
              GcmUpgrade.Change::getPointer, GcmUpgrade.Change::getWas, GcmUpgrade.Change::getNow)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/formatVersion", "1.0", "1.1"));
      assertThat(r.getReport().getViolations()).isEmpty();
      assertThat(Files.readString(out))
          .isEqualTo(Files.readString(NEW.resolve("json").resolve(seed + ".json")));
      // Every value of the 1.0 file is found, at the same pointer, in the 1.1 file.
      Map<String, String> before = leaves(JSON.readTree(old.toFile()));
      Map<String, String> after = leaves(JSON.readTree(out.toFile()));
      before.remove("/formatVersion");
      assertThat(after).as(seed).containsAllEntriesOf(before);
    }
  }

  @Test
  void upgrade_eachCsvExample_givesTheBundledPackageAndKeepsEveryCell() throws IOException {
    for (String seed : SeedDatasets.all().keySet()) {
      Path old = OLD.resolve("csv").resolve(seed);
      Path out = temp.resolve(seed);

      GcmUpgrade.Result r = GcmUpgrade.create().upgrade(old, out);

      assertThat(r.isWritten()).as(seed).isTrue();
      assertThat(r.getFrom()).contains(FormatVersion.V1_0);
      assertThat(files(out)).isEqualTo(files(NEW.resolve("csv").resolve(seed)));
      try (Stream<Path> tables = Files.list(old)) {
        for (Path t :
            (Iterable<Path>) tables.filter(p -> p.toString().endsWith(".csv"))::iterator) {
          assertThat(cells(out.resolve(t.getFileName())))
              .as(seed + "/" + t.getFileName())
              .containsAll(cells(t));
        }
      }
    }
  }

  @Test
  void upgrade_unknownField_refusesAndWritesNothing() throws IOException {
    Path old = temp.resolve("old.json");
    Files.writeString(
        old,
        Files.readString(OLD.resolve("json").resolve("004_ed967ef1bb211f71.json"))
            .replaceFirst("\"title\"", "\"titel\": {\"en\": \"x\"},\n  \"title\""));
    Path out = temp.resolve("new.json");

    GcmUpgrade.Result r = GcmUpgrade.create().upgrade(old, out);

    assertThat(r.isWritten()).isFalse();
    assertThat(r.getChanges()).isEmpty();
    assertThat(r.getRefusal().orElseThrow())
        .startsWith(
            "expected an input that reads whole into a dataset but 1 part of it is not read (field.unknown at ")
        .contains("/titel")
        .endsWith(
            "writing it would lose that part, so nothing was written; fix the input and upgrade again");
    assertThat(out).doesNotExist();
  }

  /** Every leaf of a JSON tree by its JSON Pointer. */
  private static Map<String, String> leaves(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    leaves(node, "", out);
    return out;
  }

  private static void leaves(JsonNode node, String pointer, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        leaves(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, out);
      }
    } else {
      out.put(pointer, node.toString());
    }
  }

  /** Each non-empty cell of a CSV table as "header=value" of its row number. */
  private static List<String> cells(Path table) throws IOException {
    List<String> out = new ArrayList<>();
    try (CsvReader<de.siegmar.fastcsv.reader.CsvRecord> csv =
        CsvReader.builder().ofCsvRecord(table)) {
      List<String> header = null;
      for (de.siegmar.fastcsv.reader.CsvRecord row : csv) {
        if (header == null) {
          header = row.getFields();
          continue;
        }
        for (int i = 0; i < row.getFieldCount(); i++) {
          if (!row.getField(i).isEmpty()) {
            out.add(row.getStartingLineNumber() + " " + header.get(i) + "=" + row.getField(i));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
