package org.gcmkit.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in code lists against the verified reference CSVs in src/test/resources/reference. */
class CodeListsTest {

  @Test
  void gcmObjectives_matchReferenceTitlesVerbatim() throws IOException {
    List<Map<String, String>> rows = read("gcm-objectives.csv");

    assertThat(rows).hasSize(23);
    assertThat(Arrays.stream(GcmObjective.values()).map(o -> o.number() + " " + o.title()))
        .containsExactlyElementsOf(
            rows.stream()
                .map(r -> r.get("number") + " " + r.get("title"))
                .collect(Collectors.toList()));
  }

  @Test
  void gcmObjectives_matchReferenceShortLabelsInEnFrEs() throws IOException {
    List<Map<String, String>> rows = read("gcm-objectives-short-labels.csv");

    assertThat(rows).hasSize(23);
    assertThat(
            Arrays.stream(GcmObjective.values())
                .map(
                    o ->
                        List.of(
                            String.valueOf(o.number()),
                            o.shortLabel("en"),
                            o.shortLabel("fr"),
                            o.shortLabel("es"))))
        .containsExactlyElementsOf(
            rows.stream()
                .map(
                    r ->
                        List.of(
                            r.get("number"),
                            r.get("short_label_en"),
                            r.get("short_label_fr"),
                            r.get("short_label_es")))
                .collect(Collectors.toList()));
  }

  @Test
  @SuppressWarnings("EnumOrdinal") // the declaration order is what this test checks
  void guidingPrinciples_matchReferenceLettersAndNames() throws IOException {
    List<Map<String, String>> rows = read("gcm-guiding-principles.csv");

    assertThat(rows).hasSize(10);
    assertThat(
            Arrays.stream(GuidingPrinciple.values())
                .map(p -> (p.ordinal() + 1) + " " + p.letter() + " " + p.title()))
        .containsExactlyElementsOf(
            rows.stream()
                .map(r -> r.get("order") + " " + r.get("letter") + " " + r.get("name"))
                .collect(Collectors.toList()));
  }

  @Test
  void gcrObjectives_matchReferenceTitles() throws IOException {
    List<Map<String, String>> rows = read("gcr-objectives.csv");

    assertThat(rows).hasSize(4);
    assertThat(Arrays.stream(GcrObjective.values()).map(o -> o.number() + " " + o.title()))
        .containsExactlyElementsOf(
            rows.stream()
                .map(r -> r.get("number") + " " + r.get("title"))
                .collect(Collectors.toList()));
  }

  @Test
  void gcmObjectiveOf_everyNumber_returnsThatObjective() {
    for (GcmObjective o : GcmObjective.values()) {
      assertThat(GcmObjective.of(o.number())).isSameAs(o);
      assertThat(GcmObjective.find(o.number())).containsSame(o);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 24, -1})
  void gcmObjectiveOf_unknownNumber_throwsNamingIt(int number) {
    assertThatThrownBy(() -> GcmObjective.of(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a GCM objective number from 1 to 23 but was " + number);
    assertThat(GcmObjective.find(number)).isEmpty();
  }

  @Test
  void gcmObjectiveShortLabel_otherLanguage_throwsNamingTheAvailableOnes() {
    assertThat(GcmObjective.O1.shortLabel("FR")).isEqualTo("Données");
    assertThatThrownBy(() -> GcmObjective.O1.shortLabel("ar"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a short-label language of en, fr or es but was 'ar'");
  }

  @Test
  void gcrObjectiveOf_unknownNumber_throwsNamingIt() {
    assertThat(GcrObjective.of(4)).isSameAs(GcrObjective.O4);
    assertThatThrownBy(() -> GcrObjective.of(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a GCR objective number from 1 to 4 but was 5");
    assertThat(GcrObjective.find(5)).isEmpty();
    assertThat(GcrObjective.find(0)).isEmpty();
  }

  @Test
  void guidingPrincipleOf_unknownLetter_throwsNamingIt() {
    assertThat(GuidingPrinciple.of('h')).isSameAs(GuidingPrinciple.CHILD_SENSITIVE);
    assertThatThrownBy(() -> GuidingPrinciple.of('k'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a guiding-principle letter from a to j but was 'k'");
    assertThat(GuidingPrinciple.find('k')).isEmpty();
    assertThat(GuidingPrinciple.find('A')).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Marrakech Compact on Migration",
        "Global Compact for Safe, Orderly and Legal Migration",
        "the Global Compact on Migration",
        "GCM",
        "Global Compact for Safe, Orderly and Regular Migration",
        "global compact for safe orderly and regular migration",
        "  The   Global Compact for Migration ",
        "Global Compact for Safe, Orderly, and Systematic Migration"
      })
  void resolve_gcmName_returnsGcm(String name) {
    assertThat(Compact.resolve(name)).contains(Compact.GCM);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Global Compact on Refugees",
        "GCR",
        "the Refugee Compact",
        "global compact for refugees"
      })
  void resolve_gcrName_returnsGcr(String name) {
    assertThat(Compact.resolve(name)).contains(Compact.GCR);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Global Compact",
        "Paris Agreement",
        "GFMD",
        "Global Compact on Migration and Refugees"
      })
  void resolve_unknownName_returnsEmpty(String name) {
    assertThat(Compact.resolve(name)).isEmpty();
  }

  @Test
  void officialName_eachCompact_isTheUnName() {
    assertThat(Compact.GCM.officialName())
        .isEqualTo("Global Compact for Safe, Orderly and Regular Migration");
    assertThat(Compact.GCR.officialName()).isEqualTo("Global Compact on Refugees");
  }

  /**
   * Reads a reference CSV (RFC 4180: quoted fields may hold commas and doubled quotes) into rows by
   * header.
   */
  private static List<Map<String, String>> read(String name) throws IOException {
    try (InputStream in = CodeListsTest.class.getResourceAsStream("/reference/" + name)) {
      assertThat(in).as("test resource /reference/%s", name).isNotNull();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = fields(reader.readLine());
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> values = fields(line);
        assertThat(values).as("fields of %s", line).hasSameSizeAs(header);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), values.get(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
