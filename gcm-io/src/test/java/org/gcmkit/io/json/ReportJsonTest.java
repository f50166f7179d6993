package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.gcmkit.model.Meeting;
import org.gcmkit.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  @Test
  void writeReport_violationsWithLocationsSuggestionsAndCounts_documentedForm() {
    ValidationReport report =
        GcmJson.create()
            .read(
                "{\"id\": \"m1\", \"kind\": \"webinr\", \"status\": \"planned\",\n \"title\": {\"en\": \" \"}}",
                Meeting.class)
            .getReport();

    String json = GcmJson.create().writeReport(report);

    assertThat(json.replace(report.getCodeListVersion(), "CODE_LIST_VERSION"))
        .isEqualTo(
            """
            {
              "formatVersion": "1.2",
              "language": "en",
              "codeListVersion": "CODE_LIST_VERSION",
              "valid": false,
              "errorCount": 2,
              "warningCount": 0,
              "countsByCode": {
                "text.blank": 1,
                "value.syntax": 1
              },
              "truncated": false,
              "omittedCounts": {},
              "violations": [
                {
                  "code": "value.syntax",
                  "severity": "error",
                  "pointer": "/kind",
                  "message": "expected one of meeting, bilateral_meeting, working_group_session, webinar, training, launch, conference, forum, review, consultation, round_table, campaign, series but was 'webinr'; did you mean 'webinar'?",
                  "messageKey": "value.syntax",
                  "arguments": {
                    "field": "kind",
                    "value": "webinr",
                    "suggestion": "webinar"
                  },
                  "value": "webinr",
                  "suggestion": "webinar",
                  "location": {
                    "line": 1,
                    "column": 22
                  }
                },
                {
                  "code": "text.blank",
                  "severity": "error",
                  "pointer": "/title/en",
                  "message": "expected a non-blank text but was ' '",
                  "messageKey": "text.blank",
                  "arguments": {
                    "field": "en",
                    "value": " "
                  },
                  "value": " ",
                  "location": {
                    "line": 2,
                    "column": 18
                  }
                }
              ]
            }
            """);
  }

  @Test
  void writeReport_inFrench_namesTheLanguage_andKeepsKeyAndArguments() {
    ValidationReport report =
        GcmJson.create().read("{\"id\": \"m1\", \"kind\": \"webinr\"}", Meeting.class).getReport();

    String json = GcmJson.create().writeReport(report, Locale.CANADA_FRENCH);

    assertThat(json)
        .contains("\"language\": \"fr\",")
        .contains(
            "\"message\": \"on attendait une valeur lisible selon son type, mais on a trouvé"
                + " « webinr » ; vouliez-vous dire « webinar » ?\"")
        .contains("\"messageKey\": \"value.syntax\"");
  }

  @Test
  void writeReport_emptyReport_validWithNoViolations() {
    assertThat(GcmJson.create().writeReport(ValidationReport.empty()))
        .contains("\"valid\": true,")
        .contains("\"countsByCode\": {},")
        .contains("\"violations\": []");
  }
}
