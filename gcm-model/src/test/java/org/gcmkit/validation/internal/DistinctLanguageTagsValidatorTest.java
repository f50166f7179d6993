package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both ways of finding a repeated tag: pairwise for a few tags, by hash map for many. */
class DistinctLanguageTagsValidatorTest {
  private final DistinctLanguageTagsValidator validator = new DistinctLanguageTagsValidator();

  private static List<String> tags(int count) {
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add("x-t" + i);
    }
    return tags;
  }

  @Test
  void passes_distinctTags_everySize() {
    for (int n = 0; n <= 20; n++) {
      assertThat(validator.passes(tags(n))).as("%s tags", n).isTrue();
    }
  }

  @Test
  void passes_lastTagRepeatsFirstInOtherCase_falseAtEverySize() {
    for (int n = 1; n <= 20; n++) {
      List<String> tags = tags(n);
      tags.add("X-T0");
      assertThat(validator.passes(tags)).as("%s tags and a repeat", n).isFalse();
    }
  }

  @Test
  void passes_mapKeyedByTags_checksTheKeys() {
    Map<String, String> text = new LinkedHashMap<>();
    for (String tag : tags(12)) {
      text.put(tag, "value");
    }
    assertThat(validator.passes(text)).isTrue();
    text.put("X-T11", "again");
    assertThat(validator.passes(text)).isFalse();
    assertThat(validator.passes(Map.of("en", "a", "EN", "b"))).isFalse();
    assertThat(validator.passes(null)).isTrue();
  }
}
