package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code gcm} launcher script on the packaged jar: same results, and its class archive. */
class LauncherIT {
  private static final Path SCRIPT = Path.of("gcm").toAbsolutePath();
  private static final Path EXAMPLES = Path.of("../gcm-examples/data").toAbsolutePath();

  @TempDir Path cache;
  @TempDir Path dir;

  record Run(int exit, String out) {}

  private Run gcm(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("XDG_CACHE_HOME", cache.toString());
    pb.environment().putAll(env);
    // An empty value stands for a variable the environment does not have.
    env.forEach(
        (name, value) -> {
          if (value.isEmpty()) {
            pb.environment().remove(name);
          }
        });
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  private List<Path> archives() throws IOException {
    Path folder = cache.resolve("gcm");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  @Test
  void validate_examples_firstRunArchivesClassesAndLaterRunsAgree() throws Exception {
    Run first = gcm(Map.of(), "validate", EXAMPLES.toString());

    assertThat(first.exit()).isZero();
    assertThat(first.out()).endsWith("12 inputs checked: 12 valid, 0 invalid.\n");
    assertThat(archives())
        .singleElement()
        .satisfies(a -> assertThat(a.toString()).endsWith(".jsa"));

    Run second = gcm(Map.of(), "validate", EXAMPLES.toString());

    assertThat(second).isEqualTo(first);
    assertThat(archives()).hasSize(1);
  }

  @Test
  void validate_invalidFile_exitCodeOneOnFirstAndLaterRuns() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.json"),
            "{\"formatVersion\": \"1.0\", \"actors\": [{\"id\": \"a\", \"kind\": \"state\","
                + " \"name\": {\"en\": \"X\"}}]}");

    Run first = gcm(Map.of(), "validate", bad.toString());
    Run second = gcm(Map.of(), "validate", bad.toString());

    assertThat(first.exit()).isEqualTo(1);
    assertThat(first.out()).contains("bad.json:1:");
    // Invalid data starts Hibernate Validator, whose INFO banner the command line keeps quiet.
    assertThat(first.out()).doesNotContain("HV000001");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void validate_noCacheFolder_runsWithoutArchive() throws Exception {
    Run run = gcm(Map.of("XDG_CACHE_HOME", "", "HOME", ""), "validate", EXAMPLES.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out()).endsWith("12 inputs checked: 12 valid, 0 invalid.\n");
    assertThat(archives()).isEmpty();
  }

  @Test
  void validate_inputOver64Mb_getsTheParallelCollector_smallOnesTheSerial() throws Exception {
    Path large = dir.resolve("large.jsonl");
    try (var out = Files.newOutputStream(large)) {
      out.write(
          "{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}\n".getBytes(StandardCharsets.UTF_8));
      // Lines of white space, quick to read: the launcher goes by the size on disk.
      byte[] line = new byte[1 << 20];
      Arrays.fill(line, (byte) ' ');
      line[line.length - 1] = '\n';
      for (int i = 0; i < 65; i++) {
        out.write(line);
      }
    }
    Map<String, String> gcLog = Map.of("GCM_JAVA_OPTS", "-Xlog:gc:stdout");

    Run big = gcm(gcLog, "validate", large.toString());
    Run small = gcm(gcLog, "validate", EXAMPLES.toString());

    assertThat(big.exit()).as(big.out()).isZero();
    assertThat(big.out()).contains("Using Parallel").doesNotContain("Using Serial");
    assertThat(small.exit()).as(small.out()).isZero();
    assertThat(small.out()).contains("Using Serial").doesNotContain("Using Parallel");
  }

  @Test
  void validate_archiveTurnedOff_writesNone() throws Exception {
    Run run = gcm(Map.of("GCM_CDS", "off"), "validate", EXAMPLES.toString());

    assertThat(run.exit()).isZero();
    assertThat(archives()).isEmpty();
  }
}
