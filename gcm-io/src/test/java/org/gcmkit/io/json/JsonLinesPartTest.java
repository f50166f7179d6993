package org.gcmkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gcmkit.io.PartRecord;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * {@link GcmJson#readLinesPart}: a part read on its own gives what the whole reading gives but for
 * the dataset rules, with pointers within records, lines of the part and bytes of the file.
 */
class JsonLinesPartTest {
  private static final String HEADER = "{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}";

  private static String actor(String id, String rest) {
    return "{\"type\":\"actor\",\"id\":\""
        + id
        + "\",\"kind\":\"network\",\"name\":{\"en\":\"A "
        + id
        + "\"}"
        + rest
        + "}";
  }

  private static final Set<String> DATASET_RULES =
      Set.of(
          Rule.ID_DUPLICATE.code(), Rule.REFERENCE_UNRESOLVED.code(), Rule.REFERENCE_LOOP.code());

  @Test
  void wholeFileAsOnePart_givesTheStreamReportButTheDatasetRules() {
    String text =
        String.join(
            "\n",
            HEADER,
            actor("a1", ",\"parent\":\"a2\""),
            actor("a1", ",\"colour\":\"red\""),
            "{\"type\":\"actor\",\"id\":\"a3\",",
            actor("a4", ",\"parent\":\"missing\""),
            "{\"type\":\"actr\"}",
            "");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    List<PartRecord> records = new ArrayList<>();
    List<Violation> others = new ArrayList<>();
    JsonLinesPart part =
        GcmJson.create()
            .readLinesPart(
                new ByteArrayInputStream(bytes), "f.jsonl", 0, records::add, others::add);

    List<String> got = new ArrayList<>();
    Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    for (PartRecord r : records) {
      int index = counts.merge(r.type(), 1, Integer::sum) - 1;
      String pointer = "/" + r.type().listName() + "/" + index;
      r.violations().forEach(v -> got.add(pointer + v.getPointer() + " " + v.getCode()));
    }
    others.forEach(v -> got.add(v.getPointer() + " " + v.getCode()));
    List<String> expected = new ArrayList<>();
    for (Violation v :
        GcmJson.create()
            .validateDataset(new ByteArrayInputStream(bytes), "f.jsonl")
            .getViolations()) {
      if (!DATASET_RULES.contains(v.getCode())) {
        expected.add(v.getPointer() + " " + v.getCode());
      }
    }
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(part.linesLost()).isTrue();
    assertThat(part.header()).contains(HEADER);
    assertThat(part.lines()).isEqualTo(6);

    // The broken-off a3 still counts among the actors; it has no links.
    assertThat(records)
        .extracting(r -> r.links().isPresent())
        .containsExactly(true, true, false, true);
    PartRecord first = records.get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.links().orElseThrow().id().value()).isEqualTo("a1");
    assertThat(first.references()).hasSize(1);
    assertThat(first.references().get(0).reference().chainProperty()).contains("parent");
    assertThat(first.references().get(0).reference().pointer()).isEqualTo("/parent");
    assertThat(first.references().get(0).location().getLine()).hasValue(2);
    assertThat(first.idLocation().getLine()).hasValue(2);
    assertThat(first.json()).contains(actor("a1", ",\"parent\":\"a2\""));
    // The second a1 has an error of its own: no JSON for the valid records.
    assertThat(records.get(1).json()).isEmpty();
  }

  @Test
  void laterPart_noHeader_linesOfEveryEnd_offsetsOfTheFile() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write((actor("b1", "") + "\r\n \r \n").getBytes(StandardCharsets.UTF_8));
    bytes.write(
        "{\"type\":\"actor\",\"id\":\"b2\",\"name\":{\"en\":\"x".getBytes(StandardCharsets.UTF_8));
    long bad = 1000L + bytes.size();
    bytes.write(0xFF);
    bytes.write("\"}}\n".getBytes(StandardCharsets.UTF_8));
    List<PartRecord> records = new ArrayList<>();
    List<Violation> others = new ArrayList<>();
    JsonLinesPart part =
        GcmJson.create()
            .readLinesPart(
                new ByteArrayInputStream(bytes.toByteArray()),
                "f.jsonl",
                1000,
                records::add,
                others::add);
    assertThat(part.header()).isEmpty();
    // "\r\n", then a lone "\r" and a "\n": three line ends before the last line, four in all.
    assertThat(part.lines()).isEqualTo(4);
    assertThat(records).hasSize(2);
    assertThat(records.get(1).line()).isEqualTo(4);
    List<Violation> all = new ArrayList<>(others);
    records.forEach(r -> all.addAll(r.violations()));
    assertThat(all)
        .filteredOn(v -> v.getCode().equals(Rule.ENCODING.code()))
        .singleElement()
        .satisfies(v -> assertThat(v.getMessage()).contains("at byte offset " + bad + ";"));
  }

  @Test
  void byteOrderMark_droppedAtTheStartOfTheFileOnly() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] line = (actor("b1", "") + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(bom);
    bytes.writeBytes(line);

    // Later in a file the mark is a character, and not one that JSON allows there, as when the
    // whole file is read.
    List<PartRecord> records = new ArrayList<>();
    List<Violation> others = new ArrayList<>();
    GcmJson.create()
        .readLinesPart(
            new ByteArrayInputStream(bytes.toByteArray()),
            "f.jsonl",
            1000,
            records::add,
            others::add);
    assertThat(records).isEmpty();
    assertThat(others)
        .extracting(Violation::getCode, v -> v.getLocation().orElseThrow().toString())
        .containsExactly(tuple("json.syntax", "f.jsonl:1:1"));

    // At the start of the file it is dropped and takes no column.
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    first.writeBytes(bom);
    first.writeBytes((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    first.writeBytes(line);
    List<PartRecord> read = new ArrayList<>();
    List<Violation> rest = new ArrayList<>();
    JsonLinesPart part =
        GcmJson.create()
            .readLinesPart(
                new ByteArrayInputStream(first.toByteArray()), "f.jsonl", 0, read::add, rest::add);
    assertThat(part.header()).isPresent();
    assertThat(rest).isEmpty();
    assertThat(read).hasSize(1);
  }

  @Test
  void negativeOffset_refused() {
    assertThatThrownBy(
            () ->
                GcmJson.create()
                    .readLinesPart(
                        new ByteArrayInputStream(new byte[0]), "f.jsonl", -1, r -> {}, v -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("offset of 0 or more");
  }

  @Test
  void emptyFirstPart_saysTheInputWasEmpty() {
    List<Violation> others = new ArrayList<>();
    GcmJson.create()
        .readLinesPart(new ByteArrayInputStream(new byte[0]), "f.jsonl", 0, r -> {}, others::add);
    assertThat(others).extracting(Violation::getCode).containsExactly(Rule.FORMAT_VERSION.code());
  }

  @Test
  void writeLine_andHeaderLine_asWriteDatasetWritesThem() {
    GcmJson json = GcmJson.create();
    org.gcmkit.model.Dataset d =
        json.readDataset(
                new ByteArrayInputStream(
                    (HEADER + "\n" + actor("c1", "") + "\n").getBytes(StandardCharsets.UTF_8)),
                "d.jsonl")
            .getValue()
            .orElseThrow();
    assertThat(json.writeHeaderLine(d)).isEqualTo(HEADER);
    assertThat(json.writeLine(d.getActors().get(0))).isEqualTo(actor("c1", ""));
    assertThatThrownBy(() -> json.writeLine("not a record"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected a record of a dataset");
  }
}
