package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

/** Reports of inputs with very many problems keep a bounded number of violations. */
class BoundedReportJsonTest {
  private static final String HEADER = "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n";

  /**
   * JSON Lines made as they are read, never held whole: a header, then {@code records} actors with
   * distinct ids, each with the misspelt field {@code "nmae"}.
   */
  private static InputStream misspeltRecords(int records) {
    return new InputStream() {
      private byte[] chunk = HEADER.getBytes(StandardCharsets.UTF_8);
      private int at;
      private int next;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (at == chunk.length) {
          if (next == records) {
            return -1;
          }
          chunk =
              ("{\"type\":\"actor\",\"id\":\"a"
                      + next++
                      + "\",\"kind\":\"network\",\"name\":{\"en\":\"A\"},\"nmae\":\"x\"}\n")
                  .getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
      }
    };
  }

  @Test
  void validate_millionRecordsEachWithAMisspeltField_keepsTheBoundAndCountsEveryOne() {
    int records = 1_000_000;

    ValidationReport report =
        GcmJson.create()
            .withMaxViolations(1_000)
            .validateDataset(misspeltRecords(records), "million.jsonl");

    assertThat(report.getViolations()).hasSize(1_000);
    assertThat(report.getViolations().get(0).getPointer()).isEqualTo("/actors/0/nmae");
    assertThat(report.getViolations().get(999).getPointer()).isEqualTo("/actors/999/nmae");
    assertThat(report.isTruncated()).isTrue();
    assertThat(report.getOmittedCounts()).containsExactly(Map.entry("field.unknown", 999_000L));
    assertThat(report.countsByCode()).containsExactly(Map.entry("field.unknown", 1_000_000L));
    assertThat(report.getErrorCount()).isEqualTo(records);
    assertThat(report.isValid()).isFalse();
    assertThat(report.toText(0))
        .isEqualTo("... and 1,000,000 more: field.unknown 1,000,000\n1,000,000 errors, 0 warnings");
  }

  @Test
  void validate_defaultBound_keepsTenThousand() {
    ValidationReport report = GcmJson.create().validateDataset(misspeltRecords(10_005), "x.jsonl");

    assertThat(report.getViolations()).hasSize(ValidationReport.DEFAULT_MAX_VIOLATIONS);
    assertThat(report.getOmittedCounts()).containsExactly(Map.entry("field.unknown", 5L));
  }

  @Test
  void readDataset_boundedAndUnbounded_sameCountsAndFirstViolations() {
    GcmJson bounded = GcmJson.create().withMaxViolations(2);
    GcmJson unbounded = GcmJson.create().withMaxViolations(Integer.MAX_VALUE);

    ValidationReport few = bounded.readDataset(misspeltRecords(50), "x.jsonl").getReport();
    ValidationReport all = unbounded.readDataset(misspeltRecords(50), "x.jsonl").getReport();

    assertThat(few.countsByCode()).isEqualTo(all.countsByCode());
    assertThat(few.getErrorCount()).isEqualTo(all.getErrorCount()).isEqualTo(50);
    assertThat(few.getViolations()).isEqualTo(all.getViolations().subList(0, 2));
    assertThat(all.isTruncated()).isFalse();
  }

  @Test
  void withMaxViolations_negative_isRefusedNamingIt() {
    assertThatThrownBy(() -> GcmJson.create().withMaxViolations(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected maxViolations of 0 or more but was -1");
  }

  @Test
  void withMaxViolations_keptByLenientAndWithLimits() {
    GcmJson json =
        GcmJson.create().withMaxViolations(7).lenient().withLimits(JsonLimits.defaults());

    assertThat(json.getMaxViolations()).isEqualTo(7);
    assertThat(GcmJson.create().getMaxViolations())
        .isEqualTo(ValidationReport.DEFAULT_MAX_VIOLATIONS);
  }

  @Test
  void writeReport_truncated_saysSoAndCountsTheOmittedByCode() {
    ValidationReport report =
        GcmJson.create().withMaxViolations(1).validateDataset(misspeltRecords(3), "x.jsonl");

    String json = GcmJson.create().writeReport(report);

    assertThat(json)
        .contains("\"formatVersion\": \"1.2\"")
        .contains("\"errorCount\": 3,")
        .contains("\"countsByCode\": {\n    \"field.unknown\": 3\n  },")
        .contains("\"truncated\": true,")
        .contains("\"omittedCounts\": {\n    \"field.unknown\": 2\n  },");
    assertThat(json.split("\"code\"", -1)).hasSize(2);
  }

  @Test
  void violation_toString_isTheLineEveryReportUses() {
    Violation v =
        GcmJson.create().validateDataset(misspeltRecords(1), "x.jsonl").getViolations().get(0);

    assertThat(v.toString())
        .startsWith("error   x.jsonl:2:")
        .contains(" /actors/0/nmae [field.unknown] expected a field of Actor");
  }
}
