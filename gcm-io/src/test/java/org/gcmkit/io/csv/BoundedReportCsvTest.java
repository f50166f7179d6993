package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gcmkit.io.csv.Fixtures.packageWith;

import java.io.IOException;
import java.nio.file.Path;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package with many problems is reported with a bounded number of violations, counted exactly.
 */
class BoundedReportCsvTest {
  @TempDir Path dir;

  /**
   * Held meetings whose date cannot be read (the echo, a held meeting without a date, must stay
   * dropped also once the report is full) and meetings with a misspelt format.
   */
  private void manyProblems() throws IOException {
    StringBuilder s =
        new StringBuilder(
            "id,dates,format,kind,partOf,place.country,sources,status,subjects,title@en,title@ru,"
                + "virtualLocation.url\n");
    for (int i = 0; i < 30; i++) {
      s.append("h").append(i).append(",2022-02-31,online,webinar,,TM,src-1,held,,W,,\n");
      s.append("f").append(i).append(",2022-02-01,onlin,webinar,,TM,src-1,held,,W,,\n");
    }
    packageWith(dir, "meetings.csv", s.toString());
  }

  @Test
  void validatePackage_boundOfOne_keepsOneAndCountsAsTheUnboundedReport() throws IOException {
    manyProblems();
    GcmCsv unbounded = GcmCsv.create().withMaxViolations(Integer.MAX_VALUE);
    GcmCsv bounded = GcmCsv.create().withMaxViolations(1);

    ValidationReport all = unbounded.validateDataset(dir);
    ValidationReport one = bounded.validateDataset(dir);

    assertThat(all.isTruncated()).isFalse();
    assertThat(all.countsByCode()).containsEntry("value.syntax", 60L);
    assertThat(all.countsByCode()).doesNotContainKey("meeting.held-without-date");
    assertThat(one.getViolations()).containsExactly(all.getViolations().get(0));
    assertThat(one.countsByCode()).isEqualTo(all.countsByCode());
    assertThat(one.getErrorCount())
        .isEqualTo(all.getErrorCount())
        .isEqualTo(all.getViolations().size());
    String first = all.getViolations().get(0).getCode();
    assertThat(one.getOmittedCounts().get(first)).isEqualTo(all.countsByCode().get(first) - 1);
    assertThat(bounded.readDataset(dir).getReport()).isEqualTo(one);
  }

  /**
   * One record with 150 unreadable child rows (its members' start dates): as in JSON, the first 100
   * problems of a record are listed and the rest counted in one violation at the record, so that a
   * hostile record cannot fill the memory.
   */
  @Test
  void readPackage_recordWithMoreThanAHundredProblems_listsAHundredAndCountsTheRest()
      throws IOException {
    StringBuilder s = new StringBuilder("actorId,end,member,role,sources,start\n");
    for (int i = 0; i < 150; i++) {
      s.append("tm,,iom,member,,2022-13-45\n");
    }
    packageWith(dir, "actors-members.csv", s.toString());

    ValidationReport report = GcmCsv.create().readDataset(dir).getReport();

    assertThat(report.getViolations()).hasSize(101);
    // Sorted by file: the summary, at the record's row, comes first.
    var summary = report.getViolations().get(0);
    assertThat(report.getViolations().subList(1, 101))
        .allSatisfy(v -> assertThat(v.getCode()).isEqualTo("value.syntax"));
    // Each unreadable row keeps its position in the list, as a JSON item does.
    assertThat(report.getViolations().get(100).getPointer())
        .isEqualTo("/actors/0/members/99/start");
    assertThat(summary.getCode()).isEqualTo("value.syntax");
    assertThat(summary.getPointer()).isEqualTo("/actors/0");
    assertThat(summary.getMessage())
        .isEqualTo(
            "expected at most 100 problems in one record but found 50 more value.syntax;"
                + " they are not listed");
    assertThat(summary.getLocation().orElseThrow().getFile()).hasValue("actors.csv");
    assertThat(GcmCsv.create().validateDataset(dir)).isEqualTo(report);
  }

  @Test
  void withMaxViolations_negative_isRefusedNamingIt() {
    assertThatThrownBy(() -> GcmCsv.create().withMaxViolations(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxViolations of 0 or more but was -2");
    assertThat(GcmCsv.create().getMaxViolations())
        .isEqualTo(ValidationReport.DEFAULT_MAX_VIOLATIONS);
  }
}
