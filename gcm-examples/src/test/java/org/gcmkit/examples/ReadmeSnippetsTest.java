package org.gcmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code in step with the recipes it is taken from: each region between {@code //
 * snippet:NAME} and {@code // end snippet} in a recipe that the README quotes must appear in the
 * README verbatim, less its indentation.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("// snippet:([a-z-]+)\\n(.*?)\\n\\s*// end snippet", Pattern.DOTALL);

  @Test
  void readme_quotesRecipeSnippetsVerbatim() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    List<String> quoted = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/org/gcmkit/examples/recipes"))) {
      for (Path recipe : (Iterable<Path>) files.sorted()::iterator) {
        Matcher m = SNIPPET.matcher(Files.readString(recipe, StandardCharsets.UTF_8));
        while (m.find()) {
          String code = dedent(m.group(2));
          if (readme.contains(firstLine(code))) {
            assertThat(readme).as("README snippet %s from %s", m.group(1), recipe).contains(code);
            quoted.add(m.group(1));
          }
        }
      }
    }
    assertThat(quoted).contains("build-meeting", "read-json");
  }

  private static String firstLine(String code) {
    return code.lines().findFirst().orElse("");
  }

  private static String dedent(String code) {
    int indent =
        code.lines()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder s = new StringBuilder();
    code.lines()
        .forEach(l -> s.append(l.length() >= indent ? l.substring(indent) : l).append('\n'));
    return s.toString().stripTrailing();
  }
}
