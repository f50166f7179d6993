package org.gcmkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ReportLanguage;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation page of {@code gcm serve}: a local web server, on the JDK's own HTTP server, that
 * serves one page and checks and converts the files dropped on it. Uploads go to a temporary folder
 * that is deleted once the answer is sent; nothing is kept and nothing is fetched from elsewhere.
 *
 * <p>{@code POST /api/validate?name=N&lang=L} takes the bytes of a JSON document, a JSON Lines file
 * or a zip archive of a CSV data package and answers with gcm's report in language {@code L} and,
 * for each located problem, the lines or the CSV row around it. A request that accepts {@code
 * application/x-ndjson} gets the answer as a stream of events instead, one JSON object per line:
 * how far the check has come and the first problems found while it goes on, then the same answer.
 * {@code POST /api/convert?name=N&to=json|jsonl|zip} answers with a valid upload converted.
 */
public final class ValidationServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    // When an answer is sent before the upload was read to its end (too large, too slow), the JDK's
    // server first reads what is left, 64 KB by default, so a client that sends nothing more holds
    // the thread and the connection. Read nothing: the connection is closed instead. A documented
    // property of the JDK's server, read once when it is first used; the CLI's process has no
    // other.
    if (System.getProperty("sun.net.httpserver.drainAmount") == null) {
      System.setProperty("sun.net.httpserver.drainAmount", "0");
    }
  }

  /** Problems shown with the lines or row around them; the rest are listed without. */
  static final int MAX_CONTEXTS = 200;

  private final HttpServer server;
  private final Limits limits;
  private final ExecutorService requests;
  private final ExecutorService checks;
  private final ScheduledExecutorService watchdog;
  private final AtomicInteger running = new AtomicInteger();

  /** How long an answer waits for a check that was told to stop. */
  private static final long STOP_WAIT_SECONDS = 2;

  private ValidationServer(HttpServer server, Limits limits) {
    this.server = server;
    this.limits = limits;
    this.requests = Executors.newFixedThreadPool(4, daemon("gcm-serve-request"));
    this.checks = Executors.newFixedThreadPool(2, daemon("gcm-serve-check"));
    this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("gcm-serve-watchdog"));
    server.setExecutor(requests);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a server on {@code address} (port 0 for a free one).
   *
   * @param address where to listen; loopback unless the user asked otherwise
   * @param limits what one request may take
   * @return the running server
   * @throws IOException when the address cannot be bound
   */
  public static ValidationServer start(InetSocketAddress address, Limits limits)
      throws IOException {
    HttpServer http = HttpServer.create(address, 16);
    ValidationServer server = new ValidationServer(http, Objects.requireNonNull(limits, "limits"));
    http.start();
    return server;
  }

  /** {@return the page's address, such as {@code http://127.0.0.1:8080/}} */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
  }

  /** Stops accepting requests, lets those under way finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    requests.shutdownNow();
    checks.shutdownNow();
    watchdog.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.startsWith("/api/")) {
        if (!method.equals("POST")) {
          throw new Problem(405, "expected POST for " + path + " but was " + method);
        }
        switch (path) {
          case "/api/validate" -> validate(exchange);
          case "/api/convert" -> convert(exchange);
          default -> throw new Problem(404, "no such address: " + path);
        }
      } else if (method.equals("GET") || method.equals("HEAD")) {
        WebResources.serve(exchange, path);
      } else {
        throw new Problem(405, "expected GET for " + path + " but was " + method);
      }
    } catch (Problem.Answered answered) {
      // The watchdog has answered and closed the exchange.
    } catch (Problem problem) {
      Responses.closeWith(exchange, problem);
    } catch (IOException | RuntimeException e) {
      // A client that went away, or a bug: the client gets one line, never a stack trace.
      Responses.closeWith(exchange, couldNotAnswer(e));
    }
  }

  /** What an upload is, by its name. */
  enum Kind {
    JSON(".json"),
    JSON_LINES(".jsonl"),
    CSV_PACKAGE(".zip");

    final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    static @Nullable Kind of(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
        return JSON_LINES;
      }
      if (n.endsWith(".json")) {
        return JSON;
      }
      if (n.endsWith(".zip")) {
        return CSV_PACKAGE;
      }
      return null;
    }
  }

  private void validate(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    String name = uploadName(query);
    Kind kind = kind(name);
    ReportLanguage language = language(query);
    // The upload's folder is deleted before the answer goes: once a client has its answer, nothing
    // of its file is left.
    Path dir = Files.createTempDirectory("gcm-serve-");
    try {
      Path file = dir.resolve(name);
      Upload.receive(exchange, file, limits, watchdog);
      if (!EventStream.wanted(exchange)) {
        Map<String, Object> body =
            check(name, kind, language, file, new CheckRun(null, language, Files.size(file)));
        delete(dir);
        Responses.json(exchange, 200, body);
        return;
      }
      // The page asked for events: progress and the first problems while the check goes on, then
      // the same answer as above, or the problem that ended it.
      EventStream events = EventStream.open(exchange);
      Map<String, Object> last;
      try {
        last =
            Map.of(
                "result",
                check(
                    name, kind, language, file, new CheckRun(events, language, Files.size(file))));
      } catch (Problem problem) {
        last = Map.of("failure", Responses.details(problem));
      } catch (IOException | RuntimeException e) {
        last = Map.of("failure", Responses.details(couldNotAnswer(e)));
      }
      delete(dir);
      events.end(last);
    } finally {
      delete(dir);
    }
  }

  /** Checks the upload in {@code file}: the report, each problem's context, the rules' texts. */
  private Map<String, Object> check(
      String name, Kind kind, ReportLanguage language, Path file, CheckRun run) throws IOException {
    ValidationReport report =
        within(
            run,
            () -> {
              if (kind == Kind.CSV_PACKAGE) {
                return GcmCsv.create().withProgress(run).validateDataset(file);
              }
              try (InputStream in = run.watch(Files.newInputStream(file))) {
                return GcmJson.create().withProgress(run).validateDataset(in, name);
              }
            });
    List<@Nullable Map<String, Object>> contexts =
        within(run, () -> Contexts.of(kind, file, report, MAX_CONTEXTS));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("kind", kind.name().toLowerCase(Locale.ROOT));
    JsonNode reportJson = JSON.readTree(GcmJson.create().writeReport(report, language.locale()));
    body.put("report", reportJson);
    body.put("rules", explanations(report, language));
    body.put("contexts", contexts);
    return body;
  }

  private void convert(HttpExchange exchange) throws IOException {
    Map<String, String> query = query(exchange);
    String name = uploadName(query);
    Kind from = kind(name);
    String to = query.getOrDefault("to", "");
    Kind target =
        switch (to) {
          case "json" -> Kind.JSON;
          case "jsonl" -> Kind.JSON_LINES;
          case "zip" -> Kind.CSV_PACKAGE;
          default -> throw new Problem(400, "expected to=json, jsonl or zip but was '" + to + "'");
        };
    String base = name.substring(0, name.lastIndexOf('.'));
    byte[] converted;
    Path dir = Files.createTempDirectory("gcm-serve-");
    try {
      Path file = dir.resolve(name);
      Upload.receive(exchange, file, limits, watchdog);
      Path out = Files.createDirectory(dir.resolve("out")).resolve(base + target.extension);
      CheckRun run = new CheckRun(null, ReportLanguage.ENGLISH, Files.size(file));
      within(
          run,
          () -> {
            ReadResult<Dataset> read;
            if (from == Kind.CSV_PACKAGE) {
              read = GcmCsv.create().withProgress(run).readDataset(file);
            } else {
              try (InputStream in = run.watch(Files.newInputStream(file))) {
                read = GcmJson.create().withProgress(run).readDataset(in, name);
              }
            }
            Optional<Dataset> dataset = read.getValue();
            if (!read.getReport().isValid() || dataset.isEmpty()) {
              throw new Problem(
                  422,
                  "expected valid data to convert but "
                      + name
                      + " has "
                      + read.getReport().getErrors().size()
                      + " errors; validate it first");
            }
            if (target == Kind.CSV_PACKAGE) {
              GcmCsv.create().writeDataset(dataset.get(), out);
            } else {
              GcmJson.create().writeDataset(dataset.get(), out);
            }
            return out;
          });
      converted = Files.readAllBytes(out);
    } finally {
      delete(dir);
    }
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"" + base + target.extension + "\"");
    Responses.send(
        exchange,
        200,
        switch (target) {
          case JSON -> "application/json";
          case JSON_LINES -> "application/jsonl";
          case CSV_PACKAGE -> "application/zip";
        },
        converted);
  }

  /**
   * Runs a step of {@code run} on the check threads, within the time limit. When the time is up the
   * check is stopped from inside its reading, and the answer waits a little for it to end, so that
   * the upload's folder is deleted once nothing reads it.
   */
  private <T> T within(CheckRun run, Callable<T> task) throws IOException {
    CountDownLatch ended = new CountDownLatch(1);
    Future<T> future =
        checks.submit(
            () -> {
              running.incrementAndGet();
              try {
                return task.call();
              } finally {
                running.decrementAndGet();
                ended.countDown();
              }
            });
    try {
      return future.get(limits.maxCheckTime().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // Not interrupted: a thread interrupted while it writes an event would close the connection
      // (NIO channels close on interrupt) and the page would never hear why. The run stops it.
      run.stop();
      future.cancel(false);
      awaitQuietly(ended);
      throw new Problem(
          503,
          "expected the check to finish within "
              + limits.maxCheckTime().toSeconds()
              + " s but it did not; gcm serve --max-check-seconds sets the limit, and gcm validate"
              + " checks a file without one");
    } catch (InterruptedException e) {
      run.stop();
      Thread.currentThread().interrupt();
      throw new Problem(503, "the server is stopping");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Problem problem) {
        throw problem;
      }
      if (cause instanceof CheckRun.Stopped) {
        throw new Problem(
            503,
            "expected the check to run to its end but it was stopped: the page closed its"
                + " connection, or the server is stopping");
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof OutOfMemoryError) {
        throw new Problem(503, "the upload needs more memory than gcm serve has");
      }
      throw new IllegalStateException(cause);
    }
  }

  /** {@return how many checks are running now, for tests that see a check stop} */
  int checksRunning() {
    return running.get();
  }

  private static void awaitQuietly(CountDownLatch ended) {
    try {
      ended.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Problem couldNotAnswer(Exception e) {
    return new Problem(500, "gcm could not answer: " + e.getClass().getSimpleName());
  }

  /** Each rule's template in the report's language, its optional parts left out. */
  private static Map<String, String> explanations(
      ValidationReport report, ReportLanguage language) {
    Map<String, String> rules = new LinkedHashMap<>();
    for (Violation v : report.getViolations()) {
      rules.computeIfAbsent(
          v.getCode(), code -> language.text(v.getMessageKey(), fieldOf(v)).orElse(""));
    }
    return rules;
  }

  /** The violation's field alone: the rule's text without the value found. */
  private static Map<String, String> fieldOf(Violation v) {
    String field = v.getMessageArguments().get("field");
    return field == null ? Map.of() : Map.of("field", field);
  }

  private static Kind kind(String name) throws Problem {
    Kind kind = Kind.of(name);
    if (kind == null) {
      throw new Problem(
          415,
          "expected a .json, .jsonl or .ndjson file, or a .zip archive of a CSV data package, but"
              + " was '"
              + name
              + "'");
    }
    return kind;
  }

  private static ReportLanguage language(Map<String, String> query) throws Problem {
    String tag = query.getOrDefault("lang", "en");
    return ReportLanguage.forTag(tag)
        .orElseThrow(
            () -> new Problem(400, "expected lang=en, fr, es, ru, ar or zh but was '" + tag + "'"));
  }

  /**
   * The upload's file name, reduced to letters, digits, dots, dashes and underscores: it names a
   * file in the temporary folder and appears in the report, so it must not be a path.
   */
  static String uploadName(Map<String, String> query) throws Problem {
    String given = query.getOrDefault("name", "");
    int slash = Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'));
    StringBuilder safe = new StringBuilder();
    for (char c : given.substring(slash + 1).toCharArray()) {
      safe.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_');
    }
    String name = safe.toString();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.length() > 120) {
      name = name.substring(name.length() - 120);
    }
    if (name.isEmpty() || name.indexOf('.') < 0) {
      throw new Problem(
          400, "expected name=<file name> with its extension but was '" + given + "'");
    }
    return name;
  }

  private static Map<String, String> query(HttpExchange exchange) {
    Map<String, String> query = new HashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null) {
      return query;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        query.putIfAbsent(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return query;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Left for the system's temporary-file cleaning; the answer is already sent.
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }
}
