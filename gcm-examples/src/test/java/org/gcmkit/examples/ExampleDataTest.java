package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the bundled example files in {@code gcm-examples/data} identical to what the library writes
 * from {@link SeedDatasets}. After a change to the seeds or the formats, regenerate them with
 * {@code ./mvnw -pl gcm-examples -am verify -Dgcm.updateExamples=true}.
 */
class ExampleDataTest {
  private static final Path DATA = Path.of("data");

  @TempDir Path temp;

  @Test
  void checkedInFiles_equalWhatTheLibraryWrites() throws IOException {
    if (Boolean.getBoolean("gcm.updateExamples")) {
      ExampleData.write(DATA);
    }
    ExampleData.write(temp);

    assertThat(contents(DATA)).isEqualTo(contents(temp));
  }

  @Test
  void checkedInFiles_readBackAsTheSeedDatasetsWithoutAnyViolation() {
    for (Map.Entry<String, Dataset> seed : SeedDatasets.all().entrySet()) {
      var json =
          GcmJson.create().readDataset(DATA.resolve("json").resolve(seed.getKey() + ".json"));
      var csv = GcmCsv.create().readDataset(DATA.resolve("csv").resolve(seed.getKey()));

      assertThat(json.getReport().getViolations()).as(seed.getKey()).isEmpty();
      assertThat(csv.getReport().getViolations()).as(seed.getKey()).isEmpty();
      assertThat(json.getValue()).as(seed.getKey()).contains(seed.getValue());
      assertThat(csv.getValue()).as(seed.getKey()).contains(seed.getValue());
    }
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
