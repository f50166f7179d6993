package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.gcmkit.model.Meeting;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  @Test
  void writeReport_violationsWithLocationsSuggestionsAndCounts_documentedForm() {
    ValidationReport report =
        GcmJson.create()
            .read("{\"id\": \"m1\", \"kind\": \"webinr\", \"status\": \"planned\",\n \"title\": {\"en\": \" \"}}", Meeting.class)
            .getReport();

    String json = GcmJson.create().writeReport(report);

    assertThat(json)
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"codeListVersion\": \"" + report.getCodeListVersion() + "\",\n"
                + "  \"valid\": false,\n"
                + "  \"errorCount\": 2,\n"
                + "  \"warningCount\": 0,\n"
                + "  \"countsByCode\": {\n"
                + "    \"text.blank\": 1,\n"
                + "    \"value.syntax\": 1\n"
                + "  },\n"
                + "  \"violations\": [\n"
                + "    {\n"
                + "      \"code\": \"value.syntax\",\n"
                + "      \"severity\": \"error\",\n"
                + "      \"pointer\": \"/kind\",\n"
                + "      \"message\": \"expected one of meeting, bilateral_meeting, working_group_session, webinar,"
                + " training, launch, conference, forum, review, consultation, round_table, campaign, series but was 'webinr';"
                + " did you mean 'webinar'?\",\n"
                + "      \"value\": \"webinr\",\n"
                + "      \"suggestion\": \"webinar\",\n"
                + "      \"location\": {\n"
                + "        \"line\": 1,\n"
                + "        \"column\": 22\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"code\": \"text.blank\",\n"
                + "      \"severity\": \"error\",\n"
                + "      \"pointer\": \"/title/en\",\n"
                + "      \"message\": \"expected a non-blank text but was ' '\",\n"
                + "      \"value\": \" \",\n"
                + "      \"location\": {\n"
                + "        \"line\": 2,\n"
                + "        \"column\": 18\n"
                + "      }\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void writeReport_emptyReport_validWithNoViolations() {
    assertThat(GcmJson.create().writeReport(ValidationReport.empty()))
        .contains("\"valid\": true,")
        .contains("\"countsByCode\": {},")
        .contains("\"violations\": []");
  }
}
