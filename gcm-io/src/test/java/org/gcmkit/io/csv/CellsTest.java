package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void protect_formulaStarts_getAnApostropheThatUnprotectRemoves() {
    for (String value :
        List.of("=1+1", "+7 (495)", "-minus", "@at", "\ttab", "\rcr", "'quoted", "''", "")) {
      String cell = Cells.protect(value);
      assertThat(cell).startsWith("'");
      assertThat(Cells.unprotect(cell)).isEqualTo(value);
    }
  }

  @Test
  void unprotect_handWrittenLeadingApostrophe_isKept() {
    assertThat(Cells.unprotect("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
    assertThat(Cells.unprotect("'90s")).isEqualTo("'90s");
    assertThat(Cells.unprotect("' ")).isEqualTo("' ");
  }

  @Test
  void unprotect_apostropheTheWriterAdds_isRemoved() {
    assertThat(Cells.unprotect("'")).isEmpty();
    assertThat(Cells.unprotect("''s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
    assertThat(Cells.unprotect("'=1+1")).isEqualTo("=1+1");
    assertThat(Cells.unprotect("''")).isEqualTo("'");
  }

  @Test
  void protect_valuesStartingWithAnApostrophe_readBackExactly() {
    for (String value : List.of("'s-Hertogenbosch", "'", "''", "'=x", "' ", "'a'", "x'")) {
      assertThat(Cells.unprotect(Cells.protect(value))).as(value).isEqualTo(value);
      assertThat(Cells.splitList(Cells.joinList(List.of(value, "b")))).containsExactly(value, "b");
    }
  }

  @Test
  void protect_plainText_isUnchanged() {
    assertThat(Cells.protect("plain = text")).isEqualTo("plain = text");
    assertThat(Cells.protect("#hash")).isEqualTo("#hash");
  }

  @Test
  void joinList_itemsWithPipesAndBackslashes_splitBackExactly() {
    List<String> items = List.of("a|b", "c\\d", "", "=sum", "\\|");
    String cell = Cells.joinList(items);
    assertThat(cell).isEqualTo("a\\|b|c\\\\d||=sum|\\\\\\|");
    assertThat(Cells.splitList(cell)).isEqualTo(items);
  }

  @Test
  void splitList_withoutEscapes_isTheTextBetweenBars() {
    assertThat(Cells.splitList("|a||b c|")).containsExactly("", "a", "", "b c", "");
    assertThat(Cells.splitList("abc")).containsExactly("abc");
    assertThat(Cells.splitList("''|x")).containsExactly("'", "x");
  }

  @Test
  void joinList_randomItems_splitBackExactly() {
    // Items of characters that lists escape or that protection adds, so that both the cells
    // with escapes and those without are split.
    java.util.Random random = new java.util.Random(7);
    char[] alphabet = {'a', '|', '\\', '\'', '=', ' '};
    for (int n = 0; n < 2_000; n++) {
      List<String> items = new java.util.ArrayList<>();
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        StringBuilder item = new StringBuilder();
        int length = random.nextInt(4);
        for (int j = 0; j < length; j++) {
          item.append(alphabet[random.nextInt(alphabet.length)]);
        }
        items.add(item.toString());
      }
      String cell = Cells.joinList(items);
      assertThat(Cells.splitList(cell)).as(cell).isEqualTo(items);
    }
  }

  @Test
  void joinList_emptyListAndListOfOneEmptyString_differ() {
    assertThat(Cells.joinList(List.of())).isEmpty();
    assertThat(Cells.joinList(List.of(""))).isEqualTo("'");
    assertThat(Cells.splitList("'")).containsExactly("");
    assertThat(Cells.splitList("")).isEmpty();
  }

  @Test
  void splitList_strayBackslash_isRefusedWithTheCell() {
    assertThatThrownBy(() -> Cells.splitList("a\\b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected \\\\ or \\| after a backslash in a list but was 'a\\b'");
  }
}
