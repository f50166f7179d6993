package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Figure;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.ModelTypes;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcmJsonRoundTripTest {
  private static final GcmJson JSON = GcmJson.create();
  // JSON Lines are written through files: on tmpfs when there is one.
  private static final Path TMP =
      Files.isWritable(Path.of("/dev/shm"))
          ? Path.of("/dev/shm")
          : Path.of(System.getProperty("java.io.tmpdir"));

  static String canonical() throws IOException {
    try (InputStream in = GcmJsonRoundTripTest.class.getResourceAsStream("canonical.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readThenWrite_canonicalDocument_byteIdenticalAndValid() throws IOException {
    String text = canonical();

    ReadResult<Dataset> read = JSON.read(text, Dataset.class);

    assertThat(read.getReport().getViolations()).isEmpty();
    assertThat(JSON.write(read.requireValid())).isEqualTo(text);
  }

  @Test
  void read_canonicalDocument_keepsDecimalPrecisionAndScale() throws IOException {
    Dataset d = JSON.read(canonical(), Dataset.class).requireValid();

    Figure f = d.getFigures().get(0);
    assertThat(f.getValue()).isEqualTo(new BigDecimal("12345678901234567890.1234567890"));
    assertThat(f.getValue().scale()).isEqualTo(10);
    assertThat(d.getTitle().orElseThrow().get("ru"))
        .contains("Региональный обзор ГДМ, Центральная Азия");
  }

  @Test
  void writeThenRead_jsonLinesFile_byteIdenticalAndEqual(@TempDir Path dir) throws IOException {
    Dataset d = JSON.read(canonical(), Dataset.class).requireValid();
    Path file = dir.resolve("gcm.jsonl");

    JSON.writeDataset(d, file);
    String written = Files.readString(file);
    ReadResult<Dataset> back = JSON.readDataset(file);
    JSON.writeDataset(back.requireValid(), file);

    assertThat(back.getValue()).contains(d);
    assertThat(Files.readString(file)).isEqualTo(written);
    assertThat(written).startsWith("{\"formatVersion\":\"1.1\",\"type\":\"dataset\",\"title\":{");
    assertThat(written.lines()).hasSize(1 + d.size());
    assertThat(written).endsWith("}\n").doesNotContain("\r\n");
  }

  @Test
  void writeThenRead_randomDatasetsOver300Seeds_equalInBothForms() {
    for (long seed = 0; seed < 300; seed++) {
      Dataset d = RandomDatasets.generate(seed, 1);

      String document = JSON.write(d);
      ReadResult<Dataset> fromDocument = JSON.readDataset(bytes(document), "seed" + seed + ".json");
      assertThat(fromDocument.getValue()).as("seed %s, document", seed).contains(d);
      assertThat(JSON.write(fromDocument.getValue().orElseThrow())).isEqualTo(document);

      String lines = lines(d);
      ReadResult<Dataset> fromLines = JSON.readDataset(bytes(lines), "seed" + seed + ".jsonl");
      assertThat(fromLines.getValue()).as("seed %s, JSON Lines", seed).contains(d);
    }
  }

  @Test
  void writeThenRead_2000MoreSeedsOfVaryingSize_losslessAndRewrittenIdenticallyInBothForms() {
    // Seeds 1000 to 2999 with 0 to 3 records of each type, on every core.
    List<String> failures =
        LongStream.range(1000, 3000)
            .parallel()
            .mapToObj(
                seed -> roundTrip(RandomDatasets.generate(seed, (int) (seed % 4)), "seed " + seed))
            .flatMap(List::stream)
            .collect(Collectors.toList());

    assertThat(failures).isEmpty();
  }

  @Test
  void writeThenRead_largeRandomDataset_losslessAndRewrittenIdenticallyInBothForms() {
    Dataset d = RandomDatasets.generate(7, 500);

    assertThat(d.size()).isEqualTo(500 * org.gcmkit.model.RecordType.values().length);
    assertThat(roundTrip(d, "500 records of each type")).isEmpty();
  }

  /**
   * What goes wrong when {@code d} is written and read back as a document and as JSON Lines: it
   * must come back equal, and writing it again must give the same bytes.
   */
  private static List<String> roundTrip(Dataset d, String what) {
    List<String> failures = new ArrayList<>();
    String document = JSON.write(d);
    ReadResult<Dataset> fromDocument = JSON.readDataset(bytes(document), "d.json");
    if (!fromDocument.getValue().equals(Optional.of(d))) {
      failures.add(what + ", document: " + fromDocument.getReport().toText());
    } else if (!JSON.write(fromDocument.getValue().orElseThrow()).equals(document)) {
      failures.add(what + ", document: rewritten differently");
    }
    String lines = lines(d);
    ReadResult<Dataset> fromLines = JSON.readDataset(bytes(lines), "d.jsonl");
    if (!fromLines.getValue().equals(Optional.of(d))) {
      failures.add(what + ", JSON Lines: " + fromLines.getReport().toText());
    } else if (!lines(fromLines.getValue().orElseThrow()).equals(lines)) {
      failures.add(what + ", JSON Lines: rewritten differently");
    }
    return failures;
  }

  @Test
  void writeThenRead_everyModelValueOfRandomDatasets_equal() {
    for (long seed = 0; seed < 20; seed++) {
      List<Object> values = new ArrayList<>();
      collect(RandomDatasets.generate(seed, 2), Shape.of(Dataset.class), values);
      for (Object value : values) {
        Class<?> type = ModelTypes.typeOf(value);
        String json = JSON.write(value);
        Object back = JSON.read(json, type).getValue().orElse(null);
        assertThat(back).as("%s from %s", type.getSimpleName(), json).isEqualTo(value);
      }
    }
  }

  @Test
  void writeThenRead_text_equal() {
    Text t = Text.of("en", "Hello").with("ar", "مرحبا");

    String json = JSON.write(t);

    assertThat(json).isEqualTo("{\n  \"en\": \"Hello\",\n  \"ar\": \"مرحبا\"\n}\n");
    assertThat(JSON.read(json, Text.class).getValue()).contains(t);
  }

  @Test
  void write_emptyDataset_onlyFormatVersion() {
    assertThat(JSON.write(Dataset.builder().build()))
        .isEqualTo("{\n  \"formatVersion\": \"1.1\"\n}\n");
  }

  /** Every nested model value of {@code bean}, depth first. */
  private static void collect(Object bean, Shape shape, List<Object> into) {
    for (Property p : shape.properties()) {
      if (p.kind() == ValueKind.OBJECT) {
        for (Object v : p.values(bean)) {
          into.add(v);
          collect(v, p.shape(), into);
        }
      }
    }
  }

  private static String lines(Dataset d) {
    try {
      Path dir = Files.createTempDirectory(TMP, "gcm-json");
      Path file = dir.resolve("d.jsonl");
      JSON.writeDataset(d, file);
      String s = Files.readString(file);
      Files.delete(file);
      Files.delete(dir);
      return s;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
