package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The descriptor's tree reads and writes values as databind's tree does, which it replaced. */
class JsonTreeTest {
  private static final JsonMapper DATABIND = JsonMapper.builder().build();

  @Test
  void text_anyValue_asDatabindTreeWritesIt() {
    for (String json :
        List.of(
            "{\"resources\":[{\"name\":\"actors\",\"path\":\"actors.csv\"}],\"gcm:title\":{}}",
            "[1, -7, 2147483648, 12345678901234567890123, 1.50, 1e2, -0.0, 1e999, 4.9e-324]",
            "[\"\\u00e9\\n\\t\\u0001\\\"\\\\/\", \"\\ud83d\\ude00\", \"\"]",
            "[true, false, null, {}, [], [[]], {\"a\":{\"b\":null}}]",
            "\"text\"",
            "null",
            "0")) {
      assertThat(JsonTree.text(JsonTree.read(json)))
          .as(json)
          .isEqualTo(DATABIND.readTree(json).toString());
    }
  }

  @Test
  void read_objectsKeepTheirOrder_numbersAsDatabindHoldsThem() {
    Object read = JsonTree.read("{\"b\":1,\"a\":[2147483648,1.5],\"c\":null}");

    assertThat(read).isInstanceOf(Map.class);
    assertThat(List.copyOf(((Map<?, ?>) read).keySet())).isEqualTo(List.of("b", "a", "c"));
    assertThat(((Map<?, ?>) read).get("a")).isEqualTo(List.of(2147483648L, 1.5));
    assertThat(((Map<?, ?>) read).get("c")).isSameAs(JsonTree.NULL);
  }

  @Test
  void read_blank_noValue() {
    assertThat(JsonTree.read("")).isNull();
    assertThat(JsonTree.read(" \n ")).isNull();
  }

  @Test
  void read_moreAfterTheValue_refusedWhereItStarts() {
    assertThatThrownBy(() -> JsonTree.read("{\"resources\":[]}\n {}"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("more follows its JSON value: '{'")
        .satisfies(
            e -> {
              assertThat(((JacksonException) e).getLocation().getLineNr()).isEqualTo(2);
              assertThat(((JacksonException) e).getLocation().getColumnNr()).isEqualTo(2);
            });
    assertThatThrownBy(() -> JsonTree.read("[] \"a very long string after the value\""))
        .hasMessageContaining("more follows its JSON value: 'a very long strin...'");
  }

  @Test
  void read_repeatedKey_refused() {
    assertThatThrownBy(() -> JsonTree.read("{\"a\":1,\"a\":2}"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Duplicate Object property \"a\"");
  }
}
