package org.gcmkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.validation.GcmValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter inside a real Spring Boot 4 application: a server on 127.0.0.1 at a free port, real
 * HTTP requests, stopped at the end.
 */
class GcmStarterTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static ConfigurableApplicationContext app;
  private static String base;

  static final String VALID =
      "{\"id\": \"m-1\", \"kind\": \"webinar\", \"status\": \"held\", \"format\": \"online\","
          + " \"title\": {\"en\": \"Webinar\"}, \"dates\": [\"2022-02-11\"]}";

  @BeforeAll
  static void start() {
    app =
        new SpringApplicationBuilder(MeetingsApplication.class)
            .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off")
            .run();
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void beans_gcmJsonCsvAndValidator_areThere() {
    assertThat(app.getBean(GcmJson.class)).isNotNull();
    assertThat(app.getBean(GcmCsv.class)).isNotNull();
    assertThat(app.getBean(GcmValidator.class)).isNotNull();
  }

  @Test
  void postValidMeeting_thenGet_bothInGcmFormat() throws Exception {
    HttpResponse<String> posted = post("/meetings", VALID, "en");
    HttpResponse<String> got = get("/meetings/m-1");

    assertThat(posted.statusCode()).isEqualTo(200);
    assertThat(got.statusCode()).isEqualTo(200);
    JsonNode body = PLAIN.readTree(got.body());
    assertThat(body.get("id").asString()).isEqualTo("m-1");
    assertThat(body.get("kind").asString()).isEqualTo("webinar");
    assertThat(body.get("title").get("en").asString()).isEqualTo("Webinar");
  }

  @Test
  void postHeldMeetingWithoutDate_aWarning_isAccepted() throws Exception {
    HttpResponse<String> r =
        post("/meetings", VALID.replace(", \"dates\": [\"2022-02-11\"]", ""), "en");

    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void postModelErrorsInsideOwnBody_problemDetailsAtFullPointers() throws Exception {
    String meeting =
        VALID
            .replace("\"online\"", "\"hybrid\"")
            .replace("{\"en\": \"Webinar\"}", "{\"en\": \" \"}");

    HttpResponse<String> r =
        post("/submissions", "{\"note\": \"n\", \"meeting\": " + meeting + "}", "en");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode p = PLAIN.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("type").asString()).endsWith("docs/rules.md");
    assertThat(p.get("instance").asString()).isEqualTo("/submissions");
    assertThat(
            p.get("violations")
                .valueStream()
                .map(v -> v.get("code").asString() + " " + v.get("pointer").asString()))
        .containsExactlyInAnyOrder(
            "meeting.hybrid-without-locations /meeting/place",
            "meeting.hybrid-without-locations /meeting/virtualLocation",
            "text.blank /meeting/title/en");
    assertThat(p.get("violations").get(0).get("severity").asString()).isEqualTo("error");
  }

  @Test
  void postUnbindableBody_problemDetailsWithPointerLineAndColumn() throws Exception {
    HttpResponse<String> r =
        post(
            "/submissions",
            "{\"note\": \"n\", \"meeting\": " + VALID.replace("\"held\"", "\"helt\"") + "}",
            "en");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode v = PLAIN.readTree(r.body()).get("violations").get(0);
    assertThat(v.get("code").asString()).isEqualTo("value.syntax");
    assertThat(v.get("pointer").asString()).isEqualTo("/meeting/status");
    assertThat(v.get("suggestion").asString()).isEqualTo("held");
    assertThat(v.get("line").asInt()).isEqualTo(1);
    assertThat(v.get("column").asInt()).isEqualTo(69);
  }

  @Test
  void acceptLanguage_firstLanguageGcmHasReportsIn_givesTheMessages() throws Exception {
    String meeting = VALID.replace("{\"en\": \"Webinar\"}", "{\"en\": \" \"}");

    JsonNode ru = PLAIN.readTree(post("/meetings", meeting, "de-DE, ru;q=0.8, en;q=0.5").body());
    JsonNode none = PLAIN.readTree(post("/meetings", meeting, null).body());

    assertThat(ru.get("language").asString()).isEqualTo("ru");
    assertThat(ru.get("detail").asString()).isEqualTo("ошибок: 1, предупреждений: 0");
    assertThat(ru.get("violations").get(0).get("message").asString())
        .isEqualTo("ожидался непустой текст, но найдено « »");
    assertThat(ru.get("violations").get(0).get("messageKey").asString()).isEqualTo("text.blank");
    assertThat(ru.get("violations").get(0).get("arguments").get("field").asString())
        .isEqualTo("en");
    assertThat(none.get("language").asString()).isEqualTo("en");
    assertThat(none.get("violations").get(0).get("message").asString())
        .isEqualTo("expected a non-blank text but was ' '");
  }

  @Test
  void applicationsOwnConstraint_reportedAtItsPointer() throws Exception {
    HttpResponse<String> r = post("/submissions", "{\"note\": \"n\"}", "en");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode v = PLAIN.readTree(r.body()).get("violations").get(0);
    assertThat(v.get("code").asString()).isEqualTo("required");
    assertThat(v.get("pointer").asString()).isEqualTo("/meeting");
  }

  @Test
  void unreadableBodyOutsideGcmValues_leftToSpring() throws Exception {
    HttpResponse<String> r =
        post("/submissions", "{\"note\": {\"not\": \"text\"}, \"meeting\": " + VALID + "}", "en");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("violations").doesNotContain("Invalid GCM data");
  }

  @Test
  void pointerOf_springPropertyPath_asJsonPointer() {
    assertThat(GcmProblemDetails.pointerOf("meeting.participations[0].actor"))
        .isEqualTo("/meeting/participations/0/actor");
    assertThat(GcmProblemDetails.pointerOf("a/b~c")).isEqualTo("/a~1b~0c");
    assertThat(GcmProblemDetails.pointerOf("")).isEmpty();
  }

  @Test
  void postBodyThatIsNotJson_syntaxProblemWithLineAndColumn() throws Exception {
    HttpResponse<String> r = post("/meetings", "{not json", "en");

    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode v = PLAIN.readTree(r.body()).get("violations").get(0);
    assertThat(v.get("code").asString()).isEqualTo("json.syntax");
    assertThat(v.get("pointer").asString()).isEmpty();
    assertThat(v.get("column").asInt()).isEqualTo(2);
  }

  private static HttpResponse<String> post(String path, String body, @Nullable String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
