package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class GcmJacksonModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(GcmJson.jacksonModule()).build();
  private static final GcmJson JSON = GcmJson.create();

  @Test
  void mapper_datasetBothWays_sameFormatAsGcmJson() throws IOException {
    Dataset d = JSON.read(GcmJsonRoundTripTest.canonical(), Dataset.class).requireValid();

    String written = MAPPER.writeValueAsString(d);

    assertThat(JSON.read(written, Dataset.class).getValue()).contains(d);
    assertThat(MAPPER.readValue(GcmJsonRoundTripTest.canonical(), Dataset.class)).isEqualTo(d);
    assertThat(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d))
        .contains("\"formatVersion\"");
  }

  @Test
  void mapper_modelValuesInsideApplicationTypes_roundTrip() throws IOException {
    Meeting m =
        JSON.read(GcmJsonRoundTripTest.canonical(), Dataset.class)
            .requireValid()
            .getMeetings()
            .get(0);
    Map<String, Object> envelope = Map.of("meeting", m, "label", Text.en("L"));

    String written = MAPPER.writeValueAsString(envelope);
    Map<String, Meeting> back =
        MAPPER.readValue(
            written
                .replace(",\"label\":{\"en\":\"L\"}", "")
                .replace("\"label\":{\"en\":\"L\"},", ""),
            new TypeReference<Map<String, Meeting>>() {});

    assertThat(back.get("meeting")).isEqualTo(m);
    assertThat(MAPPER.readValue("{\"en\": \"L\"}", Text.class)).isEqualTo(Text.en("L"));
  }

  @Test
  void mapper_randomValuesOfEveryType_writtenAsGcmJsonWrites() {
    Dataset d = RandomDatasets.generate(4, 1);

    assertThat(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(d)).isNotEmpty();
    assertThat(JSON.read(MAPPER.writeValueAsString(d), Dataset.class).getValue()).contains(d);
  }

  @Test
  void mapper_invalidMeeting_throwsDatabindExceptionWithLocatedViolations() {
    String bad =
        "{\"id\": \"m1\", \"kind\": \"webinar\", \"status\": \"planed\",\n \"title\": {\"en\": \"W\"}}";

    assertThatThrownBy(() -> MAPPER.readValue(bad, Meeting.class))
        .isInstanceOf(DatabindException.class)
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e -> {
              assertThat(e.getReport().getViolations()).hasSize(1);
              Violation v = e.getReport().getViolations().get(0);
              assertThat(v.getCode()).isEqualTo("value.syntax");
              assertThat(v.getPointer()).isEqualTo("/status");
              assertThat(v.getSuggestion()).contains("planned");
              assertThat(v.getLocation().orElseThrow().getLine()).hasValue(1);
              assertThat(v.getLocation().orElseThrow().getColumn()).hasValue(43);
              assertThat(e.getMessage()).contains("/status [value.syntax] expected one of");
            });
  }

  @Test
  void mapper_scalarModelValues_writtenAsInFiles() {
    Map<String, Object> values =
        new java.util.LinkedHashMap<>(
            Map.of(
                "id", MeetingId.of("m1"),
                "kind", MeetingKind.BILATERAL_MEETING,
                "date", PartialDate.parse("2021-02~"),
                "span", DateSpan.parse("2020/2021"),
                "subject", Subject.parse("gcm:objective:4")));

    String json = MAPPER.writeValueAsString(new java.util.TreeMap<>(values));

    assertThat(json)
        .isEqualTo(
            "{\"date\":\"2021-02~\",\"id\":\"m1\",\"kind\":\"bilateral_meeting\",\"span\":\"2020/2021\","
                + "\"subject\":\"gcm:objective:4\"}");
    assertThat(MAPPER.readValue("\"bilateral_meeting\"", MeetingKind.class))
        .isEqualTo(MeetingKind.BILATERAL_MEETING);
    assertThat(MAPPER.readValue("\"m1\"", MeetingId.class)).isEqualTo(MeetingId.of("m1"));
    assertThat(MAPPER.readValue("\"2020/2021\"", DateSpan.class))
        .isEqualTo(DateSpan.parse("2020/2021"));
  }

  @Test
  void mapper_badEnumCode_throwsWithSuggestion() {
    assertThatThrownBy(() -> MAPPER.readValue("\"webinr\"", MeetingKind.class))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e -> {
              Violation v = e.getReport().getViolations().get(0);
              assertThat(v.getCode()).isEqualTo("value.syntax");
              assertThat(v.getSuggestion()).contains("webinar");
              assertThat(v.getLocation().orElseThrow().getColumn()).hasValue(1);
            });
  }
}
