package org.gcmkit.model.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportPartsTest {
  @Test
  void pointerToken_tildeAndSlash_escapedTildeFirst() {
    assertThat(ReportParts.pointerToken("a/b~c")).isEqualTo("a~1b~0c");
    assertThat(ReportParts.pointerToken("~1")).isEqualTo("~01");
  }

  @Test
  void shorten_longValue_cutTo200WithEllipsis() {
    assertThat(ReportParts.shorten("x".repeat(200))).isEqualTo("x".repeat(200));
    assertThat(ReportParts.shorten("x".repeat(201))).isEqualTo("x".repeat(197) + "...");
  }

  @Test
  void shorten_cutFallsInSurrogatePair_pairKeptWhole() {
    String s = "x".repeat(196) + "\uD83D\uDE00" + "y".repeat(10);

    String cut = ReportParts.shorten(s);

    assertThat(cut).isEqualTo("x".repeat(196) + "...");
    assertThat(cut.chars().filter(c -> Character.isSurrogate((char) c)).count()).isZero();
  }

  @Test
  void quoteAndArticle_asMessagesShowThem() {
    assertThat(ReportParts.quote("hybird")).isEqualTo("'hybird'");
    assertThat(ReportParts.withArticle("actor")).isEqualTo("an actor");
    assertThat(ReportParts.withArticle("meeting")).isEqualTo("a meeting");
    assertThat(ReportParts.withArticle("")).isEqualTo("a ");
  }
}
