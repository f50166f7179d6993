package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the descriptor and the folder around it make of a read: duplicates, unlisted and missing
 * tables, empty descriptors, many resources, and the order and wording of the report.
 */
class DescriptorTest {
  private final GcmCsv csv = GcmCsv.create();

  @TempDir Path dir;

  @Test
  void readPackage_duplicateResourceWithTheSamePath_locatedAtTheDuplicate() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Path descriptor = dir.resolve("datapackage.json");
    String text = Files.readString(descriptor);
    String entry = "{\n    \"name\" : \"sources\",\n    \"path\" : \"sources.csv\"\n  }";
    Files.writeString(
        descriptor, text.replace("\"resources\" : [", "\"resources\" : [ " + entry + ","));
    String written = Files.readString(descriptor);

    List<Violation> found = csv.validateDataset(dir).getViolations();

    assertThat(found)
        .extracting(Violation::getMessage)
        .containsExactly("expected resource 'sources' once but it is listed again");
    // The first entry is the one added; the duplicate is the writer's own, further down.
    long second =
        1
            + written
                .substring(
                    0, written.indexOf("\"sources.csv\"", written.indexOf("\"sources.csv\"") + 1))
                .chars()
                .filter(c -> c == '\n')
                .count();
    assertThat(found.get(0).getLocation().orElseThrow().getLine()).hasValue(second);
  }

  @Test
  void readPackage_resourceRefusedThenListedAgain_firstEntryDecides() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Path descriptor = dir.resolve("datapackage.json");
    String entry = "{\n    \"name\" : \"actors\",\n    \"path\" : \"../actors.csv\"\n  }";
    Files.writeString(
        descriptor,
        Files.readString(descriptor)
            .replace("\"resources\" : [", "\"resources\" : [ " + entry + ","));

    List<Violation> found = csv.validateDataset(dir).getViolations();

    assertThat(found)
        .extracting(Violation::getMessage)
        .hasSize(2)
        .first()
        .asString()
        .startsWith(
            "expected a relative path inside the package folder but was '../actors.csv'; resource 'actors' is"
                + " not read; this leaves ");
    assertThat(found.get(1).getMessage())
        .isEqualTo("expected resource 'actors' once but it is listed again");
  }

  @Test
  void readPackage_csvFileNotListed_warnsNamingItAndKeepsTheDataset() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Files.writeString(dir.resolve("actor.csv"), "id,kind,name@en\nx,state,X\n");

    ReadResult<Dataset> read = csv.readDataset(dir);

    Violation v = read.getReport().getViolations().get(0);
    assertThat(read.getReport().getViolations()).hasSize(1);
    assertThat(v.getCode()).isEqualTo("package.table-unlisted");
    assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(v.getMessage())
        .isEqualTo(
            "expected each CSV file of the package folder to be listed in datapackage.json but"
                + " 'actor.csv' is not; its rows are not read; did you mean 'actors.csv'?");
    assertThat(v.getLocation()).contains(Location.builder().file("actor.csv").build());
    assertThat(read.getValue()).contains(Fixtures.multilingual());
  }

  @Test
  void readPackage_listedTableMissing_reportedOnceWithTheReferencesItLeavesUnresolved()
      throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Files.delete(dir.resolve("actors.csv"));

    List<Violation> found = csv.readDataset(dir).getReport().getViolations();

    assertThat(found).extracting(Violation::getCode).containsExactly("package.invalid");
    // Five references to actors: a source's contact or publisher, posts, participations, aliases'
    // parents.
    assertThat(found.get(0).getMessage())
        .startsWith(
            "expected the file 'actors.csv' of resource 'actors' but there is none; this leaves ")
        .endsWith(" references to actors unresolved");
    assertThat(csv.validateDataset(dir).getViolations()).isEqualTo(found);
  }

  @Test
  void readPackage_emptyDescriptor_saysItIsEmpty() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Files.writeString(dir.resolve("datapackage.json"), "");

    List<Violation> found = csv.readDataset(dir).getReport().getViolations();

    assertThat(found)
        .extracting(Violation::getMessage)
        .containsExactly(
            "expected an object with an array \"resources\" but datapackage.json is empty; reading the"
                + " tables by their standard file names");
  }

  @Test
  void readPackage_childRowOfUnknownActor_saysAnActor() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Files.writeString(dir.resolve("actors-aliases.csv"), "actorId,aliases@en\nnobody,N\n");

    List<Violation> found = csv.readDataset(dir).getReport().getViolations();

    assertThat(found)
        .extracting(Violation::getMessage)
        .containsExactly("expected the id of an actor in actors.csv but was 'nobody'");
  }

  @Test
  void readPackage_problemsFoundOutOfOrder_reportedByFileLineAndColumn() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    // Found in this order: the post's bad country (merged into p-1), p-2's missing name, then at
    // the end the unresolved references of p-1 and of its post.
    Files.writeString(dir.resolve("persons.csv"), "id,name@en,sources\np-1,Diana,nowhere\np-2,,\n");
    Files.writeString(
        dir.resolve("persons-posts.csv"),
        "personId,countries,organisation,title@en\np-1,XX,nobody,Head\n");

    ValidationReport report = csv.validateDataset(dir);

    assertThat(report.getViolations())
        .extracting(v -> v.getLocation().orElseThrow().toString())
        .containsExactly(
            "persons.csv:2:3 [sources]",
            "persons.csv:3:2 [name@en]",
            "persons-posts.csv:2:2 [countries]",
            "persons-posts.csv:2:3 [organisation]");
    assertThat(csv.readDataset(dir).getReport()).isEqualTo(report);
  }

  @Test
  @Timeout(10)
  void readPackage_descriptorOf300000Resources_locatedInOnePassAndStoppedAtTheLimit()
      throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    StringBuilder s = new StringBuilder("{\"resources\":[\n");
    for (int i = 0; i < 300_000; i++) {
      s.append(i == 0 ? "" : ",\n")
          .append("{\"name\":\"nope")
          .append(i)
          .append("\",\"path\":\"x.csv\"}");
    }
    Files.writeString(dir.resolve("datapackage.json"), s.append("\n]}\n"));

    List<Violation> found =
        csv.validateDataset(dir).getViolations().stream()
            .filter(
                v ->
                    v.getLocation()
                        .flatMap(Location::getFile)
                        .orElse("")
                        .equals("datapackage.json"))
            .collect(java.util.stream.Collectors.toList());

    assertThat(found).hasSize(Descriptor.MAX_RESOURCES + 1);
    assertThat(found.get(99).getLocation().orElseThrow().getLine()).hasValue(101);
    Violation limit = found.get(100);
    assertThat(limit.getCode()).isEqualTo("input.limit");
    assertThat(limit.getMessage())
        .isEqualTo(
            "expected at most 100 resources but datapackage.json lists 300000; the rest are not read");
    assertThat(limit.getLocation())
        .contains(Location.builder().file("datapackage.json").line(102).column(26).build());
  }
}
