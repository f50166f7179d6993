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
import org.gcmkit.model.DecisionMethod;
import org.gcmkit.model.PlanStatus;
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
    for (Map.Entry<String, Dataset> seed : ExampleData.datasets().entrySet()) {
      var json =
          GcmJson.create().readDataset(DATA.resolve("json").resolve(seed.getKey() + ".json"));
      var csv = GcmCsv.create().readDataset(DATA.resolve("csv").resolve(seed.getKey()));

      assertThat(json.getReport().getViolations()).as(seed.getKey()).isEmpty();
      assertThat(csv.getReport().getViolations()).as(seed.getKey()).isEmpty();
      assertThat(json.getValue()).as(seed.getKey()).contains(seed.getValue());
      assertThat(csv.getValue()).as(seed.getKey()).contains(seed.getValue());
    }
  }

  /** The follow-up dataset uses what format 1.1 adds, each at least once. */
  @Test
  void followUp_usesTheFormatOneOneAdditions() {
    Dataset d = ExampleData.datasets().get("gcm-follow-up");
    var gcm = d.findDocument(FollowUp.GCM).orElseThrow();
    var vote = gcm.getDecisions().get(1);

    assertThat(vote.getInFavour()).contains(new java.math.BigDecimal("152"));
    assertThat(vote.getInstrument()).contains(FollowUp.A_RES_73_195);
    assertThat(gcm.getEndorsements().get(0).getGroupCount().orElseThrow().getCount())
        .isEqualByComparingTo("164");
    assertThat(d.findDocument(FollowUp.A_RES_73_195).orElseThrow().getRelations()).hasSize(1);
    assertThat(
            d.findDocument(FollowUp.PROGRESS_DECLARATION)
                .orElseThrow()
                .getDecisions()
                .get(0)
                .getDate()
                .orElseThrow()
                .isOneDayOfSpan())
        .isTrue();
    assertThat(d.findMeeting(FollowUp.IMRF_2026).orElseThrow().getSchedule()).hasSize(1);
    assertThat(d.getFigures())
        .allMatch(f -> f.getDocument().isPresent() || f.getMeeting().isPresent());
    assertThat(d.getPledges()).hasSize(1);
    assertThat(d.getSources()).anyMatch(s -> s.getDocument().isPresent());
    assertThat(d.getSources()).anyMatch(s -> s.getAttribution().isPresent());
    var mayors = d.findDocument(Seeds.MARRAKECH_DECLARATION).orElseThrow();
    assertThat(mayors.getSubtitle()).isPresent();
    assertThat(mayors.getDecisions())
        .anyMatch(x -> x.getMethod().equals(java.util.Optional.of(DecisionMethod.SIGNATURE)));
    assertThat(d.findMeeting(Seeds.GCM_REVIEW_BANGKOK_2021).orElseThrow().getParticipations())
        .anyMatch(p -> p.getStatus().equals(java.util.Optional.of(PlanStatus.PLANNED)));
    // An interval open at its end and one whose end is not known (EDTF level 1).
    assertThat(d.getProjects())
        .extracting(p -> p.getPeriod().orElseThrow().toString())
        .containsExactly("2021-03-18/", "2022-05/..");
    // A year with its last digit unspecified.
    assertThat(d.findMeeting(org.gcmkit.model.MeetingId.of("gcm-champions-dialogue-accra")))
        .hasValueSatisfying(m -> assertThat(m.getDates().get(0).toString()).isEqualTo("202X"));
    assertThat(org.gcmkit.validation.GcmValidator.create().validate(d).getViolations()).isEmpty();
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
