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

class GcmModuleTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(GcmModule.validating()).build();
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

  private static final String HELD_WITHOUT_DATE_HYBRID =
      "{\"id\": \"m1\", \"kind\": \"webinar\", \"status\": \"held\", \"format\": \"hybrid\","
          + " \"title\": {\"en\": \"W\"}}";

  @Test
  void findAndAddModules_findsTheBindingModule_withTheProjectVersion() throws IOException {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();

    assertThat(found.registeredModules())
        .anySatisfy(
            m -> {
              assertThat(m).isInstanceOf(GcmModule.class);
              assertThat(((GcmModule) m).isValidating()).isFalse();
              assertThat(m.version().toString()).isEqualTo(projectVersion());
              assertThat(m.version().getGroupId()).isEqualTo("org.gcmkit");
            });
    assertThat(found.writeValueAsString(MeetingId.of("m-1"))).isEqualTo("\"m-1\"");
    assertThat(found.writeValueAsString(MeetingKind.WEBINAR)).isEqualTo("\"webinar\"");
  }

  @Test
  void bindingModule_modelRuleBroken_bindsTheValueForValidLaterOn() {
    JsonMapper binding = JsonMapper.builder().addModule(new GcmModule()).build();

    Meeting m = binding.readValue(HELD_WITHOUT_DATE_HYBRID, Meeting.class);

    assertThat(m.getId()).isEqualTo(MeetingId.of("m1"));
    assertThat(org.gcmkit.validation.GcmValidator.create().validate(m).getViolations())
        .extracting(Violation::getCode)
        .containsOnly("meeting.held-without-date", "meeting.hybrid-without-locations");
    assertThatThrownBy(() -> MAPPER.readValue(HELD_WITHOUT_DATE_HYBRID, Meeting.class))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e ->
                assertThat(e.getReport().getViolations())
                    .extracting(Violation::getCode)
                    .containsOnly("meeting.held-without-date", "meeting.hybrid-without-locations"));
  }

  @Test
  void bindingModule_datasetWithUnresolvedReference_bindsIt() throws IOException {
    JsonMapper binding = JsonMapper.builder().addModule(new GcmModule()).build();
    String doc =
        GcmJsonRoundTripTest.canonical()
            .replaceFirst("\"actor\": \"[^\"]+\"", "\"actor\": \"nobody\"");

    assertThat(JSON.read(doc, Dataset.class).getReport().getViolations())
        .extracting(Violation::getCode)
        .contains("reference.unresolved");
    assertThat(binding.readValue(doc, Dataset.class).getMeetings()).isNotEmpty();
  }

  @Test
  void bindingModule_unbindableValue_stillThrows() {
    JsonMapper binding = JsonMapper.builder().addModule(new GcmModule()).build();

    assertThatThrownBy(
            () -> binding.readValue("{\"id\": \"m1\", \"kind\": \"webinar\"}", Meeting.class))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e ->
                assertThat(e.getReport().getViolations())
                    .extracting(Violation::getCode, Violation::getPointer)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("required", "/status"),
                        org.assertj.core.groups.Tuple.tuple("required", "/title")));
  }

  @Test
  void nestedModelValue_problem_pointsFromTheRootOfTheInput() {
    String body =
        "{\"note\": \"x\", \"meetings\": [{\"id\": \"m1\", \"kind\": \"webinar\", \"status\": \"planed\","
            + " \"title\": {\"en\": \"W\"}}], \"kind\": \"webinr\"}";

    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    body.replace("\"note\": \"x\", ", "").replace(", \"kind\": \"webinr\"", ""),
                    new TypeReference<Map<String, java.util.List<Meeting>>>() {}))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e -> {
              Violation v = e.getReport().getViolations().get(0);
              assertThat(v.getPointer()).isEqualTo("/meetings/0/status");
              assertThat(v.getLocation().orElseThrow().getColumn()).hasValue(57);
            });
    assertThatThrownBy(() -> MAPPER.readValue(body, Envelope.class))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e ->
                assertThat(e.getReport().getViolations().get(0).getPointer())
                    .isEqualTo("/meetings/0/status"));
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"note\": \"x\", \"kind\": \"webinr\"}", Envelope.class))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e -> assertThat(e.getReport().getViolations().get(0).getPointer()).isEqualTo("/kind"));
  }

  /** An application's own type around model values. */
  record Envelope(String note, java.util.List<Meeting> meetings, MeetingKind kind) {}

  @Test
  void mapKeys_idsAndEnumConstants_roundTripAsInFiles() {
    Map<MeetingKind, Integer> byKind = new java.util.TreeMap<>(Map.of(MeetingKind.WEBINAR, 2));
    Map<MeetingId, String> byId = Map.of(MeetingId.of("m-1"), "x");

    String kinds = MAPPER.writeValueAsString(byKind);
    String ids = MAPPER.writeValueAsString(byId);

    assertThat(kinds).isEqualTo("{\"webinar\":2}");
    assertThat(ids).isEqualTo("{\"m-1\":\"x\"}");
    assertThat(MAPPER.readValue(kinds, new TypeReference<Map<MeetingKind, Integer>>() {}))
        .isEqualTo(byKind);
    assertThat(MAPPER.readValue(ids, new TypeReference<Map<MeetingId, String>>() {}))
        .isEqualTo(byId);
  }

  @Test
  void mapKeys_unknownCode_throwsWithItsPointer() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"counts\": {\"webinr\": 2}}",
                    new TypeReference<Map<String, Map<MeetingKind, Integer>>>() {}))
        .isInstanceOfSatisfying(
            GcmJsonException.class,
            e -> {
              Violation v = e.getReport().getViolations().get(0);
              assertThat(v.getCode()).isEqualTo("value.syntax");
              assertThat(v.getPointer()).isEqualTo("/counts/webinr");
              assertThat(v.getMessage()).contains("expected a key that is").contains("'webinr'");
              assertThat(v.getLocation().orElseThrow().getLine()).hasValue(1);
            });
  }

  @Test
  void validatingModule_addedAfterFoundOnes_isTheOneUsed() {
    JsonMapper both =
        JsonMapper.builder().findAndAddModules().addModule(GcmModule.validating()).build();

    assertThatThrownBy(() -> both.readValue(HELD_WITHOUT_DATE_HYBRID, Meeting.class))
        .isInstanceOf(GcmJsonException.class);
  }

  private static String projectVersion() throws IOException {
    String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<parent>.*?<version>([^<]+)</version>", java.util.regex.Pattern.DOTALL)
            .matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }
}
