package org.gcmkit.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The recipe as a user runs it: the service on 127.0.0.1 at a free port, real requests. */
class MeetingsServiceTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String MEETING =
      "{\"id\": \"kz-webinar\", \"kind\": \"webinar\", \"status\": \"held\","
          + " \"format\": \"online\", \"title\": {\"en\": \"Webinar on the GCM review\"},"
          + " \"dates\": [\"2022-02-11\"]}";

  private static ConfigurableApplicationContext app;
  private static String base;

  @BeforeAll
  static void start() {
    app =
        SpringApplication.run(
            MeetingsService.class, "--server.address=127.0.0.1", "--server.port=0");
    base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void validMeeting_storedAndGivenBackInGcmForm() throws Exception {
    assertThat(post(MEETING, "en").statusCode()).isEqualTo(200);

    HttpResponse<String> got =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create(base + "/meetings/kz-webinar")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body()).contains("\"id\":\"kz-webinar\"").contains("\"kind\":\"webinar\"");
  }

  @Test
  void invalidMeeting_problemDetailsInTheRequestLanguage() throws Exception {
    HttpResponse<String> r = post(MEETING.replace("\"webinar\"", "\"webinr\""), "fr");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body())
        .contains("\"pointer\":\"/kind\"")
        .contains("\"code\":\"value.syntax\"")
        .contains("vouliez-vous dire « webinar » ?");
  }

  @Test
  void warningOnly_accepted() throws Exception {
    assertThat(post(MEETING.replace(", \"dates\": [\"2022-02-11\"]", ""), "en").statusCode())
        .isEqualTo(200);
  }

  private static HttpResponse<String> post(String body, String language) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create(base + "/meetings"))
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
