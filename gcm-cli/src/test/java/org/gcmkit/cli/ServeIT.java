package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code gcm serve} as a user runs it, from the packaged jar: it prints its address on 127.0.0.1,
 * answers there, and stops when the process is told to (as Ctrl-C does).
 */
@Timeout(60)
class ServeIT {
  private static final Path JAR = Path.of("target/gcm.jar").toAbsolutePath();

  @Test
  void serve_printsItsLoopbackAddressAnswersAndStopsWhenTold() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(java, "-jar", JAR.toString(), "serve", "--port", "0")
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertThat(first).matches("gcm serve: http://127\\.0\\.0\\.1:\\d+/ \\(Ctrl-C stops\\)");
      URI page = URI.create(first.substring("gcm serve: ".length(), first.indexOf(" (")));

      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("<h1 id=\"title\"");

      p.destroy(); // SIGTERM, which runs the same shutdown as Ctrl-C's SIGINT
      assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
  }
}
