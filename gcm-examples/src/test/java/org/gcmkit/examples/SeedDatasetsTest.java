package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.PersonId;
import org.gcmkit.model.Source;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class SeedDatasetsTest {
  private final GcmValidator validator = GcmValidator.create();

  @Test
  void seed000_validates_withNoViolationAtAll() {
    assertNoViolation(SeedDatasets.seed000());
  }

  @Test
  void seed001_validates_withNoViolationAtAll() {
    assertNoViolation(SeedDatasets.seed001());
  }

  @Test
  void seed002_validates_withNoViolationAtAll() {
    assertNoViolation(SeedDatasets.seed002());
  }

  @Test
  void seed003_validates_withNoViolationAtAll() {
    assertNoViolation(SeedDatasets.seed003());
  }

  @Test
  void seed004_validates_withNoViolationAtAll() {
    assertNoViolation(SeedDatasets.seed004());
  }

  @Test
  void all_isKeyedBySeedFileName_inFileNameOrder() {
    assertThat(SeedDatasets.all().keySet())
        .containsExactly(
            "000_16be726ff1513c02",
            "001_017510da051da87c",
            "002_9baeddda8f5807ec",
            "003_4ff4834234d03fb5",
            "004_ed967ef1bb211f71");
  }

  @Test
  void all_eachDatasetHasTheSourceRecordOfItsOwnFile() {
    SeedDatasets.all()
        .forEach(
            (key, dataset) ->
                assertThat(dataset.getSources())
                    .extracting(s -> s.getFile().orElseThrow())
                    .as(key)
                    .contains(key + ".txt"));
  }

  @Test
  void all_matchesTheSeedFiles_whenTheSharedFolderIsPresent() throws Exception {
    // The seed texts live outside the repository; check the file list only where they are.
    Path seeds = Path.of("/work/shared/seeds");
    if (!Files.isDirectory(seeds)) {
      return;
    }
    try (Stream<Path> files = Files.list(seeds)) {
      assertThat(SeedDatasets.all().keySet())
          .containsExactlyElementsOf(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".txt"))
                  .map(n -> n.substring(0, n.length() - 4))
                  .sorted()
                  .collect(Collectors.toList()));
    }
  }

  @Test
  void all_sourcesAreNamedByFileAcrossSeeds_consistently() {
    Map<String, String> fileById =
        SeedDatasets.all().values().stream()
            .flatMap(d -> d.getSources().stream())
            .collect(
                Collectors.toMap(
                    s -> s.getId().value(),
                    (Source s) -> s.getFile().orElseThrow(),
                    (a, b) -> {
                      assertThat(a).isEqualTo(b);
                      return a;
                    }));
    assertThat(fileById)
        .containsEntry("src-000", "000_16be726ff1513c02.txt")
        .containsEntry("src-004", "004_ed967ef1bb211f71.txt");
  }

  @Test
  void all_sharedIds_nameRecordsOfTheSameKindInEverySeed() {
    Map<String, ActorKind> kindById = new HashMap<>();
    for (Map.Entry<String, Dataset> e : SeedDatasets.all().entrySet()) {
      for (Actor a : e.getValue().getActors()) {
        ActorKind before = kindById.putIfAbsent(a.getId().value(), a.getKind());
        assertThat(before == null ? a.getKind() : before)
            .as(e.getKey() + " " + a.getId())
            .isEqualTo(a.getKind());
      }
    }
    assertThat(SeedDatasets.all().values())
        .filteredOn(d -> d.findPerson(PersonId.of("zeynal-hajiyev")).isPresent())
        .hasSize(4);
  }

  private void assertNoViolation(Dataset dataset) {
    ValidationReport report = validator.validate(dataset);
    assertThat(report.getViolations()).as(report.toText()).isEmpty();
  }
}
