package org.gcmkit.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

class TextValuesTest {
  @Test
  void text_none_isEmpty() {
    TextValues v = new TextValues();
    assertThat(v.isEmpty()).isTrue();
    assertThat(v.asMap()).isEmpty();
    assertThat(v.text()).isEqualTo(Text.of(Map.of()));
  }

  @Test
  void text_oneLanguage_isThatLanguage() {
    TextValues v = new TextValues();
    v.put("fr", "Marrakech");
    assertThat(v.isEmpty()).isFalse();
    assertThat(v.asMap()).containsExactly(Map.entry("fr", "Marrakech"));
    assertThat(v.text()).isEqualTo(Text.of("fr", "Marrakech"));
  }

  @Test
  void text_threeLanguages_keepsTheOrderAdded() {
    TextValues v = new TextValues();
    v.put("fr", "Pacte");
    v.put("en", "Compact");
    v.put("es", "Pacto");
    assertThat(v.asMap())
        .containsExactly(
            Map.entry("fr", "Pacte"), Map.entry("en", "Compact"), Map.entry("es", "Pacto"));
    assertThat(v.text().getValues().keySet()).containsExactly("fr", "en", "es");
  }

  @Test
  void put_languageAgain_keepsTheLastValueInItsFirstPlace() {
    TextValues one = new TextValues();
    one.put("en", "a");
    one.put("en", "b");
    assertThat(one.text()).isEqualTo(Text.of("en", "b"));

    TextValues two = new TextValues();
    two.put("en", "a");
    two.put("fr", "c");
    two.put("en", "b");
    assertThat(two.asMap()).containsExactly(Map.entry("en", "b"), Map.entry("fr", "c"));
  }
}
