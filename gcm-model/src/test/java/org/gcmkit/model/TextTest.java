package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void of_emptyMap_isRepresentableButInvalid() {
    Text empty = Text.of(Map.of());

    assertThat(empty.getValues()).isEmpty();
    assertThat(empty.preferred(List.of("en"))).isEmpty();
    assertThat(GcmValidator.create().validate(empty).getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "collection.empty", "expected at least 1 entry but was empty"));
  }

  @Test
  void getValues_severalLanguages_keepsTheOrderGiven() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ru", "МОМ");
    values.put("en", "IOM");
    values.put("fr", "OIM");

    assertThat(Text.of(values).getValues().keySet()).containsExactly("ru", "en", "fr");
    assertThat(Text.en("IOM").with("ar", "المنظمة").with("en", "I.O.M.").getValues())
        .containsExactly(Map.entry("en", "I.O.M."), Map.entry("ar", "المنظمة"));
  }

  @Test
  void equals_sameValuesInOtherOrder_equal() {
    Text a = Text.en("IOM").with("fr", "OIM");
    Text b = Text.of("fr", "OIM").with("en", "IOM");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Text.en("IOM"));
  }

  /** A text of one language is kept in a one-entry map: it behaves as any other text. */
  @Test
  void oneLanguage_anyWayMade_equalImmutableAndAnswersOtherLanguages() {
    Text fromMap = Text.of(new java.util.LinkedHashMap<>(Map.of("en", "IOM")));
    Text fromPair = Text.en("IOM");

    assertThat(fromMap).isEqualTo(fromPair).hasSameHashCodeAs(fromPair);
    assertThat(fromMap.getValues()).containsExactly(Map.entry("en", "IOM"));
    assertThat(fromMap.get("fr")).isEmpty();
    assertThat(fromMap.preferred(java.util.List.of("fr"))).contains("IOM");
    assertThat(fromMap.with("fr", "OIM").getValues().keySet()).containsExactly("en", "fr");
    assertThatThrownBy(() -> fromMap.getValues().remove("en"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Text.of(Map.of())).isNotEqualTo(fromPair);
  }

  @Test
  void getValues_returned_isImmutable() {
    assertThatThrownBy(() -> Text.en("IOM").getValues().put("fr", "OIM"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_copiesTheMap_laterChangesDoNotLeakIn() {
    Map<String, String> values = new HashMap<>(Map.of("en", "IOM"));
    Text text = Text.of(values);
    values.put("fr", "OIM");

    assertThat(text.getValues()).containsOnlyKeys("en");
  }

  @Test
  void of_nullLanguageOrValue_refusedAtOnce() {
    Map<String, String> nullKey = new HashMap<>();
    nullKey.put(null, "IOM");
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("en", null);

    assertThatThrownBy(() -> Text.of(nullKey))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language");
    assertThatThrownBy(() -> Text.of(nullValue))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> Text.en("IOM").with(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("language");
    assertThatThrownBy(() -> Text.en("IOM").with("fr", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
    assertThatThrownBy(() -> Text.en(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void preferred_languages_firstPresentElseFirstGiven() {
    Text text = Text.of("ru", "МОМ").with("en", "IOM");

    assertThat(text.preferred(List.of("fr", "en"))).contains("IOM");
    assertThat(text.preferred(List.of("fr"))).contains("МОМ");
    assertThat(text.get("ru")).contains("МОМ");
    assertThat(text.get("ru-Latn")).isEmpty();
  }
}
