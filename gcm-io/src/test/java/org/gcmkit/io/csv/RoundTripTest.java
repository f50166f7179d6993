package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
  private final GcmCsv csv = GcmCsv.create();

  // Round trips write thousands of small files: on tmpfs when there is one, as disks are slow at
  // that.
  @TempDir(factory = MemoryTempDir.class)
  Path dir;

  @Test
  void readPackage_multilingualDataset_equalsOriginalWithLanguageOrderAndIsValid()
      throws IOException {
    Dataset original = Fixtures.multilingual();
    csv.writeDataset(original, dir);

    ReadResult<Dataset> read = csv.readDataset(dir);

    assertThat(formatErrors(read)).isEmpty();
    // The same rules as for the dataset in memory, now located in the files.
    assertThat(read.getReport().getViolations())
        .extracting(v -> v.getCode() + " " + v.getPointer())
        .containsExactlyElementsOf(
            org.gcmkit.validation.GcmValidator.create().validate(original).getViolations().stream()
                .map(v -> v.getCode() + " " + v.getPointer())
                .collect(java.util.stream.Collectors.toList()));
    assertThat(read.getReport().getViolations())
        .allSatisfy(v -> assertThat(v.getLocation()).isPresent());
    Dataset back = read.getValue().orElseThrow();
    assertThat(back).isEqualTo(original);
    assertThat(back.getActors().get(0).getName().getValues().keySet())
        .containsExactly("en", "ru", "ar");
    assertThat(back.getPersons().get(0).getName().getValues().keySet()).containsExactly("ru", "en");
    assertThat(back.getSources().get(0).getTitle().orElseThrow().getValues().keySet())
        .containsExactly("ru", "en");
    assertThat(back.getTitle().orElseThrow().getValues().keySet()).containsExactly("en", "ru");
    assertThat(back.getActors().get(0).getAliases())
        .isEqualTo(original.getActors().get(0).getAliases());
  }

  @Test
  void writePackage_sameDatasetTwice_writesIdenticalBytes() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir.resolve("a"));
    csv.writeDataset(Fixtures.multilingual(), dir.resolve("b"));

    assertThat(files(dir.resolve("b"))).isEqualTo(files(dir.resolve("a")));
    assertThat(files(dir.resolve("a")).get("datapackage.json"))
        .isEqualTo(csv.descriptor(Fixtures.multilingual()));
  }

  @Test
  void readPackage_randomDatasetsOver200Seeds_equalTheOriginalAndRewriteIdentically()
      throws IOException {
    for (long seed = 0; seed < 200; seed++) {
      Dataset original = RandomDatasets.generate(seed, 3);
      Path first = dir.resolve("a" + seed);
      csv.writeDataset(original, first);

      ReadResult<Dataset> read = csv.readDataset(first);

      assertThat(formatErrors(read)).as("seed %d", seed).isEmpty();
      assertThat(read.getValue()).as("seed %d", seed).contains(original);
      assertThat(
              read.getValue().orElseThrow().getTitle().map(t -> t.getValues().keySet().toString()))
          .isEqualTo(original.getTitle().map(t -> t.getValues().keySet().toString()));
      // What writePackage would write, without writing it a second time.
      assertThat(PackageWriter.render(read.getValue().orElseThrow()))
          .as("seed %d", seed)
          .isEqualTo(files(first));
    }
  }

  @Test
  void readPackage_1000MoreSeedsOfVaryingSize_equalTheOriginalAndRewriteIdentically() {
    // Seeds 1000 to 1999 with 0 to 3 records of each type, on every core.
    List<String> failures =
        LongStream.range(1000, 2000)
            .parallel()
            .mapToObj(
                seed -> roundTrip(RandomDatasets.generate(seed, (int) (seed % 4)), "s" + seed))
            .flatMap(List::stream)
            .collect(Collectors.toList());

    assertThat(failures).isEmpty();
  }

  @Test
  void readPackage_largeRandomDataset_equalsTheOriginalAndRewritesIdentically() {
    Dataset original = RandomDatasets.generate(7, 300);

    assertThat(original.size()).isEqualTo(300 * org.gcmkit.model.RecordType.values().length);
    assertThat(roundTrip(original, "large")).isEmpty();
  }

  /**
   * What goes wrong when {@code original} is written as a package in {@code dir/name} and read
   * back.
   */
  private List<String> roundTrip(Dataset original, String name) {
    try {
      Path folder = dir.resolve(name);
      csv.writeDataset(original, folder);
      ReadResult<Dataset> read = csv.readDataset(folder);
      List<String> failures = new ArrayList<>(formatErrors(read));
      if (!read.getValue().equals(Optional.of(original))) {
        failures.add(name + ": read back differently");
      } else if (!PackageWriter.render(read.getValue().orElseThrow()).equals(files(folder))) {
        failures.add(name + ": rewritten differently");
      }
      return failures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Random datasets break model rules at will; only format problems matter for round trips. */
  private static final java.util.Set<Rule> MODEL_RULES =
      java.util.EnumSet.range(Rule.REQUIRED, Rule.CONSTRAINT);

  static java.util.List<String> formatErrors(ReadResult<Dataset> read) {
    return read.getReport().getViolations().stream()
        .filter(v -> Rule.fromCode(v.getCode()).map(r -> !MODEL_RULES.contains(r)).orElse(true))
        .map(Object::toString)
        .collect(java.util.stream.Collectors.toList());
  }

  static Map<String, String> files(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(folder)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p)) {
          out.put(p.getFileName().toString(), Files.readString(p));
        }
      }
    }
    return out;
  }
}
