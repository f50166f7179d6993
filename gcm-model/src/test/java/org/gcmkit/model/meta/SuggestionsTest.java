package org.gcmkit.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> FIELDS = List.of("title", "status", "dates", "hosts", "kind");

  @Test
  void closest_swappedLetters_countAsOneEdit() {
    assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
    assertThat(Suggestions.closest("titel", FIELDS)).contains("title");
    assertThat(Suggestions.closest("statsu", FIELDS)).contains("status");
  }

  @Test
  void closest_caseUnderscoresAndHyphens_areIgnored() {
    assertThat(Suggestions.closest("in-person", List.of("in_person", "online")))
        .contains("in_person");
    assertThat(Suggestions.closest("DATES", FIELDS)).contains("dates");
  }

  @Test
  void closest_farFromEverything_suggestsNothing() {
    assertThat(Suggestions.closest("participants", FIELDS)).isEmpty();
    assertThat(Suggestions.closest("x", FIELDS)).isEmpty();
  }

  @Test
  void distance_isLevenshteinOtherwise() {
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }
}
