package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

class GcmJsonReadErrorsTest {
  private static final GcmJson JSON = GcmJson.create();

  /** A valid meeting, one field per line, so that each test changes one line. */
  private static final String MEETING =
      """
      {
        "id": "m1",
        "format": "online",
        "kind": "webinar",
        "place": {"country": "TM"},
        "status": "planned",
        "title": {"en": "Webinar"}
      }
      """;

  private static ReadResult<Meeting> meeting(String from, String to) {
    String json = MEETING.replace(from, to);
    assertThat(json).isNotEqualTo(MEETING);
    return JSON.read(json, Meeting.class);
  }

  private static ReadResult<Dataset> dataset(String name, String json) {
    return JSON.readDataset(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
  }

  /** The only violation of {@code report}. */
  private static Violation only(ValidationReport report) {
    assertThat(report.getViolations()).hasSize(1);
    return report.getViolations().get(0);
  }

  private static void assertViolation(
      Violation v, String code, String message, String pointer, long line, int column) {
    assertThat(v.getCode()).as("code of %s", v).isEqualTo(code);
    assertThat(v.getMessage()).as("message of %s", v).isEqualTo(message);
    assertThat(v.getPointer()).as("pointer of %s", v).isEqualTo(pointer);
    Location l = v.getLocation().orElseThrow();
    assertThat(l.getLine()).as("line of %s", v).hasValue(line);
    assertThat(l.getColumn()).as("column of %s", v).hasValue(column);
  }

  @Test
  void read_validMeeting_noViolation() {
    ReadResult<Meeting> r = JSON.read(MEETING, Meeting.class);

    assertThat(r.getReport().getViolations()).isEmpty();
    assertThat(r.requireValid().getTitle().get("en")).contains("Webinar");
  }

  @Test
  void read_misspeltField_errorWithSuggestion() {
    ReadResult<Meeting> r = meeting("{\"country\": \"TM\"}", "{\"countyr\": \"TM\"}");

    Violation v = only(r.getReport());
    assertViolation(
        v,
        "field.unknown",
        "expected a field of Place (country, locality, name) but was 'countyr'; did you mean"
            + " 'country'?",
        "/place/countyr",
        5,
        13);
    assertThat(v.getSuggestion()).contains("country");
    assertThat(v.getValue()).contains("countyr");
    assertThat(v.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void read_lenientMisspeltField_warningAndValueRead() {
    ReadResult<Meeting> r =
        JSON.lenient()
            .read(
                MEETING.replace("\"format\": \"online\"", "\"formt\": \"online\""), Meeting.class);

    Violation v = only(r.getReport());
    assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(v.getCode()).isEqualTo("field.unknown");
    assertThat(r.isValid()).isTrue();
    assertThat(v.getMessage()).endsWith("but was 'formt'; did you mean 'format'?");
    assertThat(v.getLocation().orElseThrow().getLine()).hasValue(3);
    assertThat(r.getValue().orElseThrow().getFormat()).isEmpty();
  }

  @Test
  void read_duplicateKey_errorAtSecondKeyNeverLastWins() {
    ReadResult<Meeting> r =
        meeting("  \"kind\": \"webinar\",\n", "  \"kind\": \"webinar\",\n  \"kind\": \"forum\",\n");

    assertViolation(
        only(r.getReport()),
        "json.duplicate-key",
        "expected each key once in an object but 'kind' was repeated",
        "/kind",
        5,
        3);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void read_wrongJsonType_typeErrorWithValue() {
    ReadResult<Meeting> r = meeting("\"title\": {\"en\": \"Webinar\"}", "\"title\": \"Webinar\"");

    Violation v = only(r.getReport());
    assertViolation(
        v,
        "value.type",
        "expected an object of language tags to text but was a string",
        "/title",
        7,
        12);
    assertThat(v.getValue()).contains("Webinar");
  }

  @Test
  void read_numberForString_typeError() {
    ReadResult<Meeting> r = meeting("\"id\": \"m1\"", "\"id\": 17");

    assertViolation(
        only(r.getReport()), "value.type", "expected a string but was a number", "/id", 2, 9);
  }

  @Test
  void read_missingRequiredField_requiredAtObjectStart() {
    ReadResult<Meeting> r = meeting("  \"status\": \"planned\",\n", "");

    assertViolation(
        only(r.getReport()), "required", "expected a value but was missing", "/status", 1, 1);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void read_badDate_valueSyntaxWithParserMessage() {
    ReadResult<Meeting> r =
        meeting(
            "  \"format\": \"online\",\n",
            "  \"dates\": [\"2022-02-10\", \"11 Feb 2022\"],\n  \"format\": \"online\",\n");

    Violation v = only(r.getReport());
    assertViolation(
        v,
        "value.syntax",
        "expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was '11 Feb"
            + " 2022'",
        "/dates/1",
        3,
        27);
    assertThat(v.getValue()).contains("11 Feb 2022");
  }

  @Test
  void read_unknownEnumCode_valueSyntaxWithSuggestion() {
    ReadResult<Meeting> r = meeting("\"format\": \"online\"", "\"format\": \"onlin\"");

    Violation v = only(r.getReport());
    assertViolation(
        v,
        "value.syntax",
        "expected one of in_person, online, hybrid but was 'onlin'; did you mean 'online'?",
        "/format",
        3,
        13);
    assertThat(v.getSuggestion()).contains("online");
  }

  @Test
  void read_malformedJson_oneLocatedSyntaxErrorThenStop() {
    ReadResult<Meeting> r = meeting("  \"kind\": \"webinar\",\n", "  \"kind\": \"webinar\"\n");

    Violation v = only(r.getReport());
    assertViolation(
        v,
        "json.syntax",
        "expected well-formed JSON but found: Unexpected character ('\"' (code 34)): was expecting"
            + " comma to separate Object entries",
        "",
        5,
        3);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void read_emptyInput_syntaxError() {
    assertViolation(
        only(JSON.read("  ", Meeting.class).getReport()),
        "json.syntax",
        "expected a JSON object but the input was empty",
        "",
        1,
        3);
  }

  @Test
  void read_trailingContent_syntaxError() {
    assertViolation(
        only(JSON.read(MEETING + "{}", Meeting.class).getReport()),
        "json.syntax",
        "expected the end of the input but was an object",
        "",
        9,
        1);
  }

  @Test
  void read_modelRuleBroken_valuePresentWithLocatedViolation() {
    ReadResult<Meeting> r = meeting("\"country\": \"TM\"", "\"country\": \"XX\"");

    assertViolation(
        only(r.getReport()),
        "country-code.unknown",
        "expected an ISO 3166-1 alpha-2 country code in upper case such as TM but was 'XX'",
        "/place/country",
        5,
        24);
    assertThat(r.getValue()).isPresent();
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void readDataset_danglingReferenceAndDuplicateId_locatedInFile() {
    String json =
        """
        {
          "formatVersion": "1.0",
          "actors": [
            {"id": "tm", "country": "TM", "kind": "state", "name": {"en": "Turkmenistan"}},
            {"id": "tm", "country": "TM", "kind": "state", "name": {"en": "Again"}}
          ],
          "meetings": [
            {"id": "m1", "kind": "webinar", "status": "planned", "title": {"en": "W"},
             "participations": [{"actor": "nobody", "roles": ["host"]}]}
          ]
        }
        """;

    ReadResult<Dataset> r = dataset("gcm.json", json);

    List<Violation> vs = r.getReport().getViolations();
    assertThat(vs).hasSize(2);
    assertViolation(
        vs.get(0),
        "id.duplicate",
        "expected a unique actor id but 'tm' is already the id of /actors/0",
        "/actors/1/id",
        5,
        12);
    assertViolation(
        vs.get(1),
        "reference.unresolved",
        "expected the id of an actor in this dataset but was 'nobody'",
        "/meetings/0/participations/0/actor",
        9,
        35);
    assertThat(vs.get(1).getLocation().orElseThrow().getFile()).contains("gcm.json");
    assertThat(r.getValue()).isPresent();
  }

  @Test
  void readDataset_manyErrors_allReportedInInputOrder() {
    String json =
        """
        {
          "formatVersion": "1.0",
          "titel": {"en": "T"},
          "actors": [
            {"id": "a b", "kind": "stat", "name": {"en": ""}},
            {"id": "ok", "kind": "media", "name": 3, "founded": "1999-99-99x"},
            {"id": "ok2", "kind": "media", "name": {"en": "Fine"}, "country": "ZZ"}
          ],
          "meetings": [{"kind": "webinar", "status": "held", "title": {"en": "W"}}]
        }
        """;

    ReadResult<Dataset> r = dataset("many.json", json);

    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getPointer)
        .containsExactly(
            tuple("field.unknown", "/titel"),
            tuple("value.syntax", "/actors/0/id"),
            tuple("value.syntax", "/actors/0/kind"),
            tuple("text.blank", "/actors/0/name/en"),
            tuple("value.type", "/actors/1/name"),
            tuple("value.syntax", "/actors/1/founded"),
            tuple("country-code.unknown", "/actors/2/country"),
            // The meeting's held-without-date warning is dropped with the other cross-field
            // rules of its object, as one of the object's fields (id) failed.
            tuple("required", "/meetings/0/id"));
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void readDataset_formatVersionMissing_formatVersionError() {
    ReadResult<Dataset> r = dataset("v.json", "{\n  \"title\": {\"en\": \"T\"}\n}\n");

    assertViolation(
        only(r.getReport()),
        "format.version",
        "expected formatVersion '1.0' or '1.1' but was missing",
        "/formatVersion",
        1,
        1);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void readDataset_formatVersionWrong_formatVersionError() {
    ReadResult<Dataset> r = dataset("v.json", "{\n  \"formatVersion\": \"2.0\"\n}\n");

    assertViolation(
        only(r.getReport()),
        "format.version",
        "expected formatVersion '1.0' or '1.1' but was '2.0'",
        "/formatVersion",
        2,
        20);
  }

  @Test
  void readDataset_jsonLinesWithoutHeader_formatVersionErrorAndRecordsStillRead() {
    String lines =
        "{\"type\":\"actor\",\"id\":\"a\",\"kind\":\"media\",\"name\":{\"en\":\"A\"},\"country\":\"XX\"}\n";

    ReadResult<Dataset> r = dataset("d.jsonl", lines);

    assertThat(r.getReport().getViolations()).hasSize(2);
    assertViolation(
        r.getReport().getViolations().get(0),
        "format.version",
        "expected a first line {\"formatVersion\":\"1.1\",\"type\":\"dataset\"} but it was not a"
            + " dataset header",
        "",
        1,
        1);
    assertViolation(
        r.getReport().getViolations().get(1),
        "country-code.unknown",
        "expected an ISO 3166-1 alpha-2 country code in upper case such as TM but was 'XX'",
        "/actors/0/country",
        1,
        69);
  }

  @Test
  void readDataset_jsonLinesUnknownType_valueSyntaxWithSuggestionAndLineSkipped() {
    String lines =
        """
        {"formatVersion":"1.0","type":"dataset"}
        {"type":"meting","id":"m1"}
        {"type":"actor","id":"a","kind":"media","name":{"en":"A"}}
        """;

    ReadResult<Dataset> r = dataset("d.jsonl", lines);

    Violation v = only(r.getReport());
    assertViolation(
        v,
        "value.syntax",
        "expected a record type: one of source, actor, person, document, project, meeting, figure,"
            + " pledge but was 'meting'; did you mean 'meeting'?",
        "",
        2,
        9);
    assertThat(v.getSuggestion()).contains("meeting");
  }

  @Test
  void readDataset_jsonLinesRecordErrors_locatedOnTheirLines() {
    String lines =
        """
        {"formatVersion":"1.0","type":"dataset"}
        {"type":"actor","id":"a","kind":"media","name":{"en":"Ä"},"founded":"soon"}
        """;

    ReadResult<Dataset> r = dataset("d.jsonl", lines);

    assertViolation(
        only(r.getReport()),
        "value.syntax",
        "expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'soon'",
        "/actors/0/founded",
        2,
        69);
  }

  @Test
  void read_badReferenceInOptionalField_oneViolationNoEchoOfRulesAboutIt() {
    String json =
        """
        {"id": "m1", "kind": "webinar", "status": "planned", "title": {"en": "W"},
         "participations": [{"actor": "a b", "roles": ["hostt"]}]}""";

    ReadResult<Meeting> r = JSON.read(json, Meeting.class);

    // Without the actor and the role the participation would also break one-of and
    // collection.empty; those would only repeat the two errors found.
    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getPointer)
        .containsExactly(
            tuple("value.syntax", "/participations/0/actor"),
            tuple("value.syntax", "/participations/0/roles/0"));
    assertThat(r.getReport().getViolations().get(1).getSuggestion()).contains("host");
  }

  @Test
  void readDataset_jsonLinesTypeNotFirst_requiredErrorAndLineSkipped() {
    String lines =
        """
        {"formatVersion":"1.0","type":"dataset"}
        {"id":"a","type":"actor","kind":"media","name":{"en":"A"}}
        """;

    ReadResult<Dataset> r = dataset("d.jsonl", lines);

    assertViolation(
        only(r.getReport()),
        "required",
        "expected a field type before the other fields of a line but was missing",
        "",
        2,
        1);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void readDataset_emptyJsonLines_formatVersionError() {
    ReadResult<Dataset> r = dataset("empty.jsonl", "");

    assertThat(only(r.getReport()).getCode()).isEqualTo("format.version");
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void read_nullForOptionalField_typeError() {
    ReadResult<Meeting> r = meeting("\"format\": \"online\"", "\"format\": null");

    assertViolation(
        only(r.getReport()), "value.type", "expected a string but was null", "/format", 3, 13);
  }

  @Test
  void read_duplicateLanguageInText_duplicateKey() {
    ReadResult<Meeting> r =
        meeting("{\"en\": \"Webinar\"}", "{\"en\": \"Webinar\", \"en\": \"Other\"}");

    assertViolation(
        only(r.getReport()),
        "json.duplicate-key",
        "expected each key once in an object but 'en' was repeated",
        "/title/en",
        7,
        30);
  }

  @Test
  void read_failedFieldInNestedObject_crossFieldRulesOfOtherObjectsStillReported() {
    String json =
        """
        {"id": "m1", "kind": "webinar", "status": "held", "title": {"en": "W"},
         "participations": [{"actor": "a b", "roles": ["host"]}]}""";

    ReadResult<Meeting> r = JSON.read(json, Meeting.class);

    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getPointer)
        .containsExactly(
            tuple("value.syntax", "/participations/0/actor"),
            tuple("meeting.held-without-date", "/dates"));
  }

  @Test
  void readDataset_jsonLinesWrongFormatVersion_formatVersionErrorAtValue() {
    String lines =
        """
        {"formatVersion":"0.9","type":"dataset"}
        {"type":"actor","id":"a","kind":"media","name":{"en":"A"}}
        """;

    ReadResult<Dataset> r = dataset("d.jsonl", lines);

    assertViolation(
        only(r.getReport()),
        "format.version",
        "expected formatVersion '1.0' or '1.1' but was '0.9'",
        "/formatVersion",
        1,
        18);
    assertThat(r.getValue()).isEmpty();
  }

  @Test
  void validate_jsonLinesHeaderUnknownFieldLenient_warningOnly() {
    String lines =
        """
        {"formatVersion":"1.0","type":"dataset","titl":{"en":"T"}}
        {"type":"actor","id":"a","kind":"media","name":{"en":"A"}}
        """;

    ReadResult<Dataset> r =
        JSON.lenient()
            .readDataset(
                new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "d.jsonl");

    Violation v = only(r.getReport());
    assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(v.getMessage())
        .isEqualTo(
            "expected a field of dataset header (formatVersion, title, type) but was 'titl'; did"
                + " you mean 'title'?");
    assertThat(r.getValue().orElseThrow().getActors()).hasSize(1);
  }
}
