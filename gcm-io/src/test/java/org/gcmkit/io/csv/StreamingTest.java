package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingTest {
  private static final int PERSONS = 20_000;

  @TempDir Path dir;

  @Test
  void validatePackage_manyRowsWithChildRows_findsTheProblemsAtTheEnd() throws IOException {
    GcmCsv.create().writeDataset(Dataset.builder().build(), dir);
    try (Writer persons =
            Files.newBufferedWriter(dir.resolve("persons.csv"), StandardCharsets.UTF_8);
        Writer posts =
            Files.newBufferedWriter(dir.resolve("persons-posts.csv"), StandardCharsets.UTF_8)) {
      persons.write("id,name@en,name@ru\n");
      posts.write("personId,organisation,title@en\n");
      for (int i = 0; i < PERSONS; i++) {
        persons.write("p-" + i + ",\"Name\n" + i + "\",Имя " + i + "\n");
        posts.write("p-" + i + ",,Officer\n");
        posts.write("p-" + i + ",,Adviser\n");
      }
      persons.write("p-0,Again,\n");
      posts.write("p-" + PERSONS + ",,Officer\n");
    }

    ValidationReport report = GcmCsv.create().validateDataset(dir);

    List<Violation> found = report.getViolations();
    // In file order: persons.csv before its child table persons-posts.csv.
    assertThat(found)
        .extracting(Violation::getCode)
        .containsExactly("id.duplicate", "reference.unresolved");
    assertThat(found.get(0).getPointer()).isEqualTo("/persons/" + PERSONS + "/id");
    assertThat(found.get(0).getLocation())
        .contains(
            Location.builder()
                .file("persons.csv")
                .line(2L * PERSONS + 2)
                .column(1)
                .header("id")
                .build());
    assertThat(found.get(1).getLocation())
        .contains(
            Location.builder()
                .file("persons-posts.csv")
                .line(2L * PERSONS + 2)
                .column(1)
                .header("personId")
                .build());
  }
}
