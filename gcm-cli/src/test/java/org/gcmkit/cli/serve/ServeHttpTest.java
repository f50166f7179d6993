package org.gcmkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation page's server on 127.0.0.1, driven by real HTTP requests: its files, reports with
 * the lines or the row around each problem, conversions, and hostile uploads answered with a clear
 * message (too large, too slow, a zip bomb, a zip with {@code ../} paths).
 */
@Timeout(120)
class ServeHttpTest {
  static final Path BASE = Path.of("../gcm-io/src/test/resources/hostile/base.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private ValidationServer server;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeEach
  void start() throws IOException {
    server =
        ValidationServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            new Limits(4L * 1024 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(60)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<byte[]> post(String path, byte[] body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> response) {
    return JSON.readTree(response.body());
  }

  /** Base.json's dataset with the country of the second actor changed to {@code ZZ}. */
  static byte[] invalidPackageZip(Path dir) throws IOException {
    Dataset dataset = GcmJson.create().readDataset(BASE).getValue().orElseThrow();
    Path folder = dir.resolve("package");
    GcmCsv.create().writeDataset(dataset, folder);
    Path actors = folder.resolve("actors.csv");
    String table = Files.readString(actors, StandardCharsets.UTF_8);
    assertThat(table).contains("tm,TM,");
    Files.writeString(actors, table.replace("tm,TM,", "tm,ZZ,"), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry("package/" + f.getFileName()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  static byte[] invalidJson() throws IOException {
    String base = Files.readString(BASE, StandardCharsets.UTF_8);
    String bad = base.replace("\"country\": \"TM\",", "\"country\": \"ZZ\",");
    assertThat(bad).isNotEqualTo(base);
    return bad.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void page_servedWithItsOwnScriptsAndNothingFromElsewhere() throws Exception {
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'");
    assertThat(page.body()).contains("<script src=\"app.js\"", "<label for=\"file\"");
    for (String file : List.of("", "app.js", "app.css", "messages.js")) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(server.uri().resolve(file)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(file).isEqualTo(200);
      assertThat(r.body()).as(file).doesNotContain("http://", "https://", "//cdn");
    }
    HttpResponse<String> missing =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("../etc/passwd")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
  }

  @Test
  void validate_invalidJson_frenchReportWithTheLinesAroundAndTheColumn() throws Exception {
    HttpResponse<byte[]> r = post("/api/validate?name=bad.json&lang=fr", invalidJson());

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode answer = json(r);
    JsonNode report = answer.get("report");
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("language").asString()).isEqualTo("fr");
    JsonNode v = report.get("violations").get(0);
    assertThat(v.get("code").asString()).isEqualTo("country-code.unknown");
    assertThat(v.get("message").asString()).startsWith("on attendait");
    assertThat(v.get("location").get("file").asString()).isEqualTo("bad.json");
    assertThat(answer.get("rules").get("country-code.unknown").asString())
        .startsWith("on attendait");
    JsonNode context = answer.get("contexts").get(0);
    assertThat(context.get("type").asString()).isEqualTo("lines");
    long line = context.get("line").asLong();
    assertThat(context.get("lines")).hasSize(5);
    JsonNode marked = context.get("lines").get(2);
    assertThat(marked.get("number").asLong()).isEqualTo(line);
    int at = context.get("column").asInt() - marked.get("from").asInt();
    assertThat(marked.get("text").asString().substring(at)).startsWith("\"ZZ\"");
  }

  /** JSON Lines of {@code n} actors, each with an unknown country code: one problem each. */
  private static String actorsWithUnknownCountries(int n) {
    StringBuilder s = new StringBuilder("{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}\n");
    for (int i = 0; i < n; i++) {
      s.append("{\"type\":\"actor\",\"id\":\"a")
          .append(i)
          .append("\",\"kind\":\"state\",\"country\":\"ZZ\",\"name\":{\"en\":\"A\"}}\n");
    }
    return s.toString();
  }

  /**
   * A JSON Lines file of a million actors, about 90 MB, whose first has an unknown country code:
   * seconds to check, and a problem found at once.
   */
  static Path bigJsonLines(Path dir) throws IOException {
    return bigJsonLines(dir, 1_000_000);
  }

  /** A JSON Lines file of {@code records} actors, the first with an unknown country. */
  static Path bigJsonLines(Path dir, int records) throws IOException {
    Path file = dir.resolve("big.jsonl");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(actorsWithUnknownCountries(1));
      for (int i = 1; i < records; i++) {
        out.write(
            "{\"type\":\"actor\",\"id\":\"a"
                + i
                + "\",\"kind\":\"state\",\"country\":\"TM\",\"name\":{\"en\":\"A\"}}\n");
      }
    }
    return file;
  }

  /** Posts {@code body} asking for events, and reads them, one JSON object per line. */
  private List<JsonNode> events(ValidationServer to, String path, HttpRequest.BodyPublisher body)
      throws Exception {
    HttpResponse<Stream<String>> r =
        client.send(
            HttpRequest.newBuilder(to.uri().resolve(path))
                .header("Accept", "application/x-ndjson")
                .POST(body)
                .build(),
            HttpResponse.BodyHandlers.ofLines());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/x-ndjson; charset=utf-8");
    try (Stream<String> lines = r.body()) {
      return lines.map(JSON::readTree).toList();
    }
  }

  @Test
  void validate_asEvents_theFirstProblemsThenTheSameAnswerAsWhole() throws Exception {
    byte[] body = actorsWithUnknownCountries(50).getBytes(StandardCharsets.UTF_8);

    List<JsonNode> events =
        events(
            server,
            "/api/validate?name=many.jsonl&lang=fr",
            HttpRequest.BodyPublishers.ofByteArray(body));
    JsonNode whole = json(post("/api/validate?name=many.jsonl&lang=fr", body));

    List<JsonNode> problems = events.stream().filter(e -> e.has("problem")).toList();
    assertThat(problems).hasSize(CheckRun.FIRST_PROBLEMS);
    JsonNode listed = whole.get("report").get("violations");
    assertThat(listed).hasSize(50);
    for (int i = 0; i < problems.size(); i++) {
      // In the report's form and language, in the order found.
      assertThat(problems.get(i).get("problem")).isEqualTo(listed.get(i));
    }
    assertThat(problems.get(0).get("problem").get("message").asString()).startsWith("on attendait");
    JsonNode last = events.get(events.size() - 1);
    assertThat(last.get("result")).isEqualTo(whole);
    assertThat(events.subList(0, events.size() - 1)).noneMatch(e -> e.has("result"));
  }

  @Test
  void validate_asEvents_damagedZip_itsProblemThenTheReport() throws Exception {
    List<JsonNode> events =
        events(
            server, "/api/validate?name=x.zip", HttpRequest.BodyPublishers.ofString("not a zip"));

    // Not a zip is a finding of the check (package.invalid), not a refused upload.
    assertThat(events.get(events.size() - 1).get("result").get("report").get("valid").asBoolean())
        .isFalse();
    assertThat(events).filteredOn(e -> e.has("problem")).hasSize(1);
  }

  /**
   * A server on loopback that takes the large test file, checking each upload for {@code limit}.
   */
  private static ValidationServer forLargeFiles(Duration limit) throws IOException {
    return ValidationServer.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new Limits(512L * 1024 * 1024, Duration.ofSeconds(60), limit));
  }

  @Test
  void validate_asEvents_pageGoesAway_theCheckStopsAtItsNextEvent(@TempDir Path big)
      throws Exception {
    Path file = bigJsonLines(big);
    try (ValidationServer patient = forLargeFiles(Duration.ofMinutes(2))) {
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), patient.uri().getPort())) {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST /api/validate?name=big.jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: application/x-ndjson\r\nContent-Length: "
                    + Files.size(file)
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        Files.copy(file, out);
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (answer.indexOf("\"problem\"") < 0) {
          int n = in.read(buffer);
          assertThat(n).as("the answer so far: %s", answer).isPositive();
          answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        // The page leaves while its check, seconds long, goes on.
        assertThat(patient.checksRunning()).isEqualTo(1);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (patient.checksRunning() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(patient.checksRunning()).as("checks running after the page left").isZero();
    }
  }

  @Test
  void validate_checkPastItsTime_stoppedFromInsideAndAnswered503(@TempDir Path big)
      throws Exception {
    // About 90 MB, a million records: several seconds to check on any machine, where the limit is
    // one. The check must stop, not run on to the end of the input after its answer.
    Path file = bigJsonLines(big);
    try (ValidationServer strict = forLargeFiles(Duration.ofSeconds(1))) {
      List<JsonNode> events =
          events(strict, "/api/validate?name=big.jsonl", HttpRequest.BodyPublishers.ofFile(file));

      assertThat(strict.checksRunning()).as("checks still running after the answer").isZero();
      JsonNode last = events.get(events.size() - 1);
      assertThat(last.get("failure").get("status").asInt()).isEqualTo(503);
      assertThat(last.get("failure").get("detail").asString())
          .contains("within 1 s", "--max-check-seconds");
      // Shown while the check went on: the first record's problem, and how far it had come.
      assertThat(events.get(0).get("problem").get("code").asString())
          .isEqualTo("country-code.unknown");
      List<JsonNode> progress = events.stream().filter(e -> e.has("progress")).toList();
      assertThat(progress).isNotEmpty();
      JsonNode p = progress.get(progress.size() - 1).get("progress");
      assertThat(p.get("bytesTotal").asLong()).isEqualTo(Files.size(file));
      assertThat(p.get("bytesRead").asLong()).isPositive().isLessThan(Files.size(file));
      assertThat(p.get("records").asLong()).isPositive();

      HttpResponse<String> whole =
          client.send(
              HttpRequest.newBuilder(strict.uri().resolve("/api/validate?name=big.jsonl"))
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(whole.statusCode()).isEqualTo(503);
      assertThat(strict.checksRunning()).isZero();
    }
  }

  @Test
  void validate_invalidCsvPackage_theRowWithTheBadCell() throws Exception {
    HttpResponse<byte[]> r = post("/api/validate?name=package.zip&lang=en", invalidPackageZip(dir));

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode answer = json(r);
    assertThat(answer.get("kind").asString()).isEqualTo("csv_package");
    JsonNode v = answer.get("report").get("violations").get(0);
    assertThat(v.get("code").asString()).isEqualTo("country-code.unknown");
    JsonNode context = answer.get("contexts").get(0);
    assertThat(context.get("type").asString()).isEqualTo("row");
    assertThat(context.get("file").asString()).isEqualTo("actors.csv");
    int cell = context.get("cell").asInt();
    assertThat(context.get("header").get(cell).asString()).isEqualTo("country");
    assertThat(context.get("cells").get(cell).asString()).isEqualTo("ZZ");
    assertThat(context.get("cells").get(0).asString()).isEqualTo("tm");
  }

  @Test
  void convert_validJson_toEachFormat_readsBackTheSameDataset() throws Exception {
    byte[] valid = Files.readAllBytes(BASE);
    Dataset expected = GcmJson.create().readDataset(BASE).getValue().orElseThrow();

    HttpResponse<byte[]> zip = post("/api/convert?name=base.json&to=zip", valid);
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"base.zip\"");
    assertThat(
            GcmCsv.create()
                .readDataset(new ByteArrayInputStream(zip.body()), "base.zip")
                .getValue())
        .hasValue(expected);

    HttpResponse<byte[]> lines = post("/api/convert?name=base.json&to=jsonl", valid);
    assertThat(lines.statusCode()).isEqualTo(200);
    assertThat(
            GcmJson.create()
                .readDataset(new ByteArrayInputStream(lines.body()), "base.jsonl")
                .getValue())
        .hasValue(expected);

    HttpResponse<byte[]> back = post("/api/convert?name=base.zip&to=json", zip.body());
    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(new String(back.body(), StandardCharsets.UTF_8))
        .isEqualTo(GcmJson.create().write(expected));
  }

  @Test
  void badRequests_clearProblemDetails() throws Exception {
    HttpResponse<byte[]> invalid = post("/api/convert?name=bad.json&to=zip", invalidJson());
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(json(invalid).get("detail").asString())
        .matches("expected valid data to convert but bad.json has \\d+ errors; validate it first");

    HttpResponse<byte[]> word = post("/api/validate?name=report.docx", new byte[] {1});
    assertThat(word.statusCode()).isEqualTo(415);
    assertThat(json(word).get("detail").asString())
        .contains("expected a .json, .jsonl or .ndjson file", "but was 'report.docx'");

    HttpResponse<byte[]> language = post("/api/validate?name=a.json&lang=de", new byte[] {1});
    assertThat(language.statusCode()).isEqualTo(400);
    assertThat(json(language).get("detail").asString())
        .isEqualTo("expected lang=en, fr, es, ru, ar or zh but was 'de'");

    HttpResponse<String> get =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/validate")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
  }

  @Test
  void uploadName_aPath_reducedToASafeFileName() throws Exception {
    assertThat(ValidationServer.uploadName(java.util.Map.of("name", "../../etc/x.json")))
        .isEqualTo("x.json");
    assertThat(ValidationServer.uploadName(java.util.Map.of("name", "..\\a b;c.jsonl")))
        .isEqualTo("a_b_c.jsonl");
    assertThatThrownBy(() -> ValidationServer.uploadName(java.util.Map.of("name", "...json")))
        .hasMessage("expected name=<file name> with its extension but was '...json'");
  }

  /** Sends raw request bytes and returns what the server answered, up to its closing. */
  private String raw(String head, byte[] body, Duration wait) throws IOException {
    URI uri = server.uri();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
      socket.setSoTimeout((int) wait.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void upload_declaredLargerThanTheLimit_413BeforeReadingIt() throws Exception {
    long twoGigabytes = 2L * 1024 * 1024 * 1024;
    String answer =
        raw(
            "POST /api/validate?name=big.jsonl HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                + twoGigabytes
                + "\r\n\r\n",
            new byte[0],
            Duration.ofSeconds(10));
    assertThat(answer)
        .startsWith("HTTP/1.1 413")
        .contains("expected an upload of at most 4 MB but this one is larger");
  }

  @Test
  void upload_streamedPastTheLimit_refusedAndTheServerGoesOn() throws Exception {
    // No declared length (chunked): the server counts the bytes as they come. Past the limit it
    // reads and drops up to 2 MB more, so this client, 1 MB over, reads its 413 for sure; a browser
    // always declares the length of a file, which is refused before reading (the test above).
    byte[] five = new byte[5 * 1024 * 1024];
    java.util.Arrays.fill(five, (byte) ' ');
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve("/api/validate?name=big.json"))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(five)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(json(r).get("detail").asString()).contains("at most 4 MB");
    HttpResponse<byte[]> after = post("/api/validate?name=base.json", Files.readAllBytes(BASE));
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(json(after).get("report").get("valid").asBoolean()).isTrue();
  }

  @Test
  void upload_chunkedALittlePastTheLimitOnARawSocket_the413Arrives() throws Exception {
    // A client that writes its whole body before it reads: had the server closed the connection
    // with bytes unread, TCP would reset it and the client would never read the 413.
    URI uri = server.uri();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      Thread sender =
          new Thread(
              () -> {
                try {
                  out.write(
                      "POST /api/validate?name=big.json HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          .getBytes(StandardCharsets.US_ASCII));
                  byte[] chunk = new byte[64 * 1024];
                  java.util.Arrays.fill(chunk, (byte) ' ');
                  for (int i = 0; i < 5 * 16; i++) {
                    out.write("10000\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException closed) {
                  // The server may close once it has answered; the answer is what is checked.
                }
              });
      sender.start();
      sender.join(20_000);
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("at most 4 MB");
    }
  }

  @Test
  void upload_slowClient_408AfterTheLimit() throws Exception {
    long started = System.nanoTime();
    String answer =
        raw(
            "POST /api/validate?name=slow.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000"
                + "\r\n\r\n",
            "{\"formatVersion\"".getBytes(StandardCharsets.US_ASCII),
            Duration.ofSeconds(20));
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertThat(answer)
        .startsWith("HTTP/1.1 408")
        .contains("expected the upload within 2 s but it was still arriving");
    assertThat(took).isLessThan(Duration.ofSeconds(15));
  }

  @Test
  void upload_zipBomb_aReportNotAnExhaustedServer() throws Exception {
    // A few megabytes of zip that inflate to 2 GB of one CSV cell.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("datapackage.json"));
      zip.write(
          "{\"name\":\"bomb\",\"resources\":[{\"name\":\"actors\",\"path\":\"actors.csv\"}]}"
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("actors.csv"));
      zip.write("id,kind\n".getBytes(StandardCharsets.UTF_8));
      byte[] block = new byte[1 << 20];
      java.util.Arrays.fill(block, (byte) 'a');
      for (int i = 0; i < 2048; i++) {
        zip.write(block);
      }
      zip.closeEntry();
    }
    assertThat(bytes.size()).isLessThan(4 * 1024 * 1024);

    HttpResponse<byte[]> r = post("/api/validate?name=bomb.zip", bytes.toByteArray());

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode report = json(r).get("report");
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("violations").toString()).contains("expected");
  }

  @Test
  void upload_zipWithParentPaths_packageInvalidAndNothingWrittenOutside() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("datapackage.json"));
      zip.write(
          "{\"name\":\"evil\",\"resources\":[{\"name\":\"actors\",\"path\":\"../../evil.csv\"}]}"
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("../../evil.csv"));
      zip.write("id,kind\nx,state\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));

    HttpResponse<byte[]> r = post("/api/validate?name=evil.zip", bytes.toByteArray());

    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode report = json(r).get("report");
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("countsByCode").has("package.invalid")).isTrue();
    assertThat(tmp.resolve("evil.csv")).doesNotExist();
    assertThat(tmp.getParent() == null ? tmp : tmp.getParent().resolve("evil.csv")).doesNotExist();
  }

  @Test
  void answers_leaveNoTemporaryFolderBehind() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = serveFolders(tmp);
    post("/api/validate?name=bad.json", invalidJson());
    post("/api/convert?name=base.json&to=zip", Files.readAllBytes(BASE));
    post("/api/validate?name=package.zip", invalidPackageZip(dir));
    assertThat(serveFolders(tmp)).isEqualTo(before);
  }

  private static List<Path> serveFolders(Path tmp) throws IOException {
    try (Stream<Path> files = Files.list(tmp)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("gcm-serve-"))
          .sorted()
          .toList();
    }
  }
}
