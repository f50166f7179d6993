package org.gcmkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page's own files, served from the jar: gcm needs nothing from elsewhere. */
final class WebResources {
  private static final Map<String, String> FILES =
      Map.of(
          "/", "index.html",
          "/index.html", "index.html",
          "/app.js", "app.js",
          "/app.css", "app.css",
          "/messages.js", "messages.js");

  private WebResources() {}

  static void serve(HttpExchange exchange, String path) throws IOException {
    String file = FILES.get(path);
    if (file == null) {
      throw new Problem(404, "no such page: " + path);
    }
    byte[] body;
    try (InputStream in = WebResources.class.getResourceAsStream("web/" + file)) {
      if (in == null) {
        throw new IllegalStateException("web/" + file + " is missing from the jar");
      }
      body = in.readAllBytes();
    }
    String type =
        file.endsWith(".html")
            ? "text/html; charset=utf-8"
            : file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    Responses.send(exchange, 200, type, body);
  }
}
