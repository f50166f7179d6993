package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.junit.jupiter.api.Test;

class DocsExamplesTest {
  private static final Path DOC = Path.of("../docs/json-format.md");

  private static String block(String text, String fence, int index) {
    String[] parts = text.split("```" + fence + "\n", -1);
    return parts[index + 1].substring(0, parts[index + 1].indexOf("```"));
  }

  @Test
  void jsonFormatDoc_documentExample_validAndCanonical() throws IOException {
    String example = block(Files.readString(DOC), "json", 0);

    ReadResult<Dataset> r = GcmJson.create().read(example, Dataset.class);

    assertThat(r.getReport().getViolations()).isEmpty();
    assertThat(GcmJson.create().write(r.requireValid())).isEqualTo(example);
  }

  @Test
  void jsonFormatDoc_jsonLinesExample_valid() throws IOException {
    String example = block(Files.readString(DOC), "jsonl", 0);

    ReadResult<Dataset> r =
        GcmJson.create()
            .readDataset(
                new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)),
                "example.jsonl");

    assertThat(r.getReport().getViolations()).isEmpty();
    assertThat(r.requireValid().size()).isEqualTo(3);
  }
}
