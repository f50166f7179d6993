package org.gcmkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes the server's answers, each with the headers every answer carries. */
final class Responses {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Responses() {}

  /** Sends {@code body} with {@code status} and closes the exchange. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    headers(exchange, contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  /**
   * Sends status 200 and the headers of an answer whose length is not known yet (chunked).
   *
   * @return where to write the answer; closing the exchange ends it
   */
  static OutputStream stream(HttpExchange exchange, String contentType) throws IOException {
    headers(exchange, contentType);
    exchange.sendResponseHeaders(200, 0);
    return exchange.getResponseBody();
  }

  private static void headers(HttpExchange exchange, String contentType) {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    // Everything the page needs is served by gcm: nothing may come from elsewhere.
    headers.set(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'");
  }

  /** Sends {@code value} as JSON. */
  static void json(HttpExchange exchange, int status, Object value) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
  }

  /** Sends a problem as RFC 9457 problem details. */
  static void problem(HttpExchange exchange, Problem problem) throws IOException {
    send(
        exchange,
        problem.status,
        "application/problem+json; charset=utf-8",
        JSON.writeValueAsBytes(details(problem)));
  }

  /** {@return the RFC 9457 problem details of {@code problem}} */
  static Map<String, Object> details(Problem problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", title(problem.status));
    body.put("status", problem.status);
    body.put("detail", problem.getMessage());
    return body;
  }

  /** Answers with {@code problem} from another thread, then closes; failures are ignored. */
  static void closeWith(HttpExchange exchange, Problem problem) {
    try {
      exchange.getResponseHeaders().set("Connection", "close");
      problem(exchange, problem);
    } catch (IOException | RuntimeException e) {
      exchange.close();
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 404 -> "Not found";
      case 405 -> "Method not allowed";
      case 408 -> "Upload too slow";
      case 413 -> "Upload too large";
      case 415 -> "Unsupported file";
      case 422 -> "Cannot convert";
      case 503 -> "Check took too long";
      default -> "Error";
    };
  }
}
