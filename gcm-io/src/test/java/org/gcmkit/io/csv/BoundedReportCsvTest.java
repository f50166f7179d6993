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

  @Test
  void withMaxViolations_negative_isRefusedNamingIt() {
    assertThatThrownBy(() -> GcmCsv.create().withMaxViolations(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxViolations of 0 or more but was -2");
    assertThat(GcmCsv.create().getMaxViolations())
        .isEqualTo(ValidationReport.DEFAULT_MAX_VIOLATIONS);
  }
}
