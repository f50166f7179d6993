package org.gcmkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordIdTest {

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of(
            Named.of("source", (Function<String, RecordId>) SourceId::of),
            RecordType.SOURCE,
            "a source"),
        Arguments.of(
            Named.of("actor", (Function<String, RecordId>) ActorId::of),
            RecordType.ACTOR,
            "an actor"),
        Arguments.of(
            Named.of("person", (Function<String, RecordId>) PersonId::of),
            RecordType.PERSON,
            "a person"),
        Arguments.of(
            Named.of("document", (Function<String, RecordId>) DocumentId::of),
            RecordType.DOCUMENT,
            "a document"),
        Arguments.of(
            Named.of("project", (Function<String, RecordId>) ProjectId::of),
            RecordType.PROJECT,
            "a project"),
        Arguments.of(
            Named.of("meeting", (Function<String, RecordId>) MeetingId::of),
            RecordType.MEETING,
            "a meeting"),
        Arguments.of(
            Named.of("figure", (Function<String, RecordId>) FigureId::of),
            RecordType.FIGURE,
            "a figure"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_wellFormed_keepsValueAndType(
      Function<String, RecordId> of, RecordType type, String named) {
    RecordId id = of.apply("un-network_2022:a.1");

    assertThat(id.value()).isEqualTo("un-network_2022:a.1");
    assertThat(id.toString()).isEqualTo("un-network_2022:a.1");
    assertThat(id.type()).isEqualTo(type);
    assertThat(id)
        .isEqualTo(of.apply("un-network_2022:a.1"))
        .hasSameHashCodeAs(of.apply("un-network_2022:a.1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_malformed_throwsNamingTheValue(
      Function<String, RecordId> of, RecordType type, String named) {
    assertThatThrownBy(() -> of.apply("bad id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected "
                + named
                + " id of 1 to 128 letters, digits or . _ : - starting with a letter or digit"
                + " but was 'bad id'");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void of_null_throwsNamingTheType(Function<String, RecordId> of, RecordType type, String named) {
    assertThatThrownBy(() -> of.apply(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(type.code() + " id");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", ".a", "a b", "a/b", "é", "a#"})
  void of_badSyntax_rejected(String value) {
    assertThatThrownBy(() -> ActorId.of(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was '" + value + "'");
  }

  /** Every character, first and later, against the regular expression: the table has no gap. */
  @Test
  void isWellFormed_everyCharacterUpTo0x17F_sameAsTheRegularExpression() {
    java.util.regex.Pattern syntax =
        java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    for (char c = 0; c < 0x180; c++) {
      for (String s : new String[] {c + "a", "a" + c, "a" + c + "b"}) {
        assertThat(Ids.isWellFormed(s))
            .as("U+%04X in %s", (int) c, s)
            .isEqualTo(syntax.matcher(s).matches());
      }
    }
  }

  /** The hand-written syntax check against the regular expression it replaces. */
  @Test
  void isWellFormed_randomStrings_sameAsTheRegularExpression() {
    java.util.regex.Pattern syntax =
        java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    java.util.Random random = new java.util.Random(7);
    String alphabet = "aZ09._:-/ \u00e9\u0660@";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(10) == 0 ? 120 + random.nextInt(20) : random.nextInt(8);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(Ids.isWellFormed(s)).as(s).isEqualTo(syntax.matcher(s).matches());
    }
  }

  @Test
  void of_128CharactersAccepted_129Rejected() {
    assertThat(ActorId.of("a".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> ActorId.of("a".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equals_twoIdTypesWithSameValue_notEqual() {
    assertThat((Object) ActorId.of("x")).isNotEqualTo(PersonId.of("x"));
    assertThat((Object) SourceId.of("x")).isNotEqualTo(DocumentId.of("x"));
    assertThat(ActorId.of("x")).isNotEqualTo(ActorId.of("X"));
  }
}
