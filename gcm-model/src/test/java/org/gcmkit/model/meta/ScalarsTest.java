package org.gcmkit.model.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.MeetingFormat;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.junit.jupiter.api.Test;

class ScalarsTest {
  @Test
  void parseAndFormat_eachScalarKind_roundTrip() {
    Map<ValueKind, Object[]> cases =
        Map.of(
            ValueKind.STRING, new Object[] {String.class, "text"},
            ValueKind.DECIMAL, new Object[] {BigDecimal.class, "12.50"},
            ValueKind.ENUM, new Object[] {MeetingFormat.class, "in_person"},
            ValueKind.PARTIAL_DATE, new Object[] {PartialDate.class, "2021-02~"},
            ValueKind.DATE_SPAN, new Object[] {DateSpan.class, "2022-05-10/2022-05-13"},
            ValueKind.SUBJECT, new Object[] {Subject.class, "gcm:objective:4"},
            ValueKind.ID, new Object[] {ActorId.class, "iom"});

    cases.forEach(
        (kind, c) -> {
          Object value = Scalars.parse(kind, (Class<?>) c[0], (String) c[1]);
          assertThat(value).isInstanceOf((Class<?>) c[0]);
          assertThat(Scalars.format(kind, value)).isEqualTo(c[1]);
        });
  }

  /**
   * Every constant of every enum in the model is written as its lower-case code and read back, and
   * the codes of one enum are distinct: files can carry each of them.
   */
  @Test
  void enumCodes_everyConstantOfEveryModelEnum_roundTrip() {
    int enums = 0;
    for (Map.Entry<Class<?>, ValueKind> e : ModelTypes.scalars().entrySet()) {
      if (e.getValue() != ValueKind.ENUM) {
        continue;
      }
      enums++;
      Object[] constants = e.getKey().getEnumConstants();
      assertThat(Scalars.codes(e.getKey())).doesNotHaveDuplicates().hasSize(constants.length);
      for (Object c : constants) {
        String code = Scalars.format(ValueKind.ENUM, c);
        assertThat(code).isEqualTo(((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT));
        assertThat(Scalars.parse(ValueKind.ENUM, e.getKey(), code)).isSameAs(c);
      }
    }
    // The 1.1 enums are among them: decisions, relations, statuses, pledges.
    assertThat(ModelTypes.scalars())
        .containsKeys(
            org.gcmkit.model.DecisionMethod.class,
            org.gcmkit.model.PlanStatus.class,
            org.gcmkit.model.PledgeForm.class,
            org.gcmkit.model.NamedMembers.class);
    assertThat(enums).isGreaterThan(20);
  }

  @Test
  void languageTag_anyCase_theRegistrysCase() {
    assertThat(Scalars.languageTag("EN")).isEqualTo("en");
    assertThat(Scalars.languageTag("zh-hant-tw")).isEqualTo("zh-Hant-TW");
    assertThat(Scalars.languageTag("SR-LATN-rs")).isEqualTo("sr-Latn-RS");
    assertThat(Scalars.languageTag("es-419")).isEqualTo("es-419");
    assertThat(Scalars.languageTag("DE-CH-1996")).isEqualTo("de-CH-1996");
    // After a singleton everything is lower case, also a two- or four-letter subtag.
    assertThat(Scalars.languageTag("en-US-U-CA-GREGORY-X-AB-Wxyz"))
        .isEqualTo("en-US-u-ca-gregory-x-ab-wxyz");
    assertThat(Scalars.languageTag("I-AMI")).isEqualTo("i-ami");
    assertThat(Scalars.languageTag("SGN-be-fr")).isEqualTo("sgn-BE-FR");
    // Ill-formed text keeps its characters; only the case of letters may change.
    assertThat(Scalars.languageTag("e n--X")).isEqualTo("e n--x");
    assertThat(Scalars.languageTag("")).isEmpty();
    // Letters outside ASCII keep their case: a mapping could change the tag's length (ß to SS).
    assertThat(Scalars.languageTag("DE-ßa-İX")).isEqualTo("de-ßA-İX");
  }

  @Test
  void languageTag_inTheRegistrysCaseAlready_theSameInstance() {
    // Validation asks this of every tag it meets; a tag in this case is not copied.
    String tag = new String("zh-Hant-TW");
    assertThat(Scalars.languageTag(tag)).isSameAs(tag);
  }

  @Test
  void writtenValues_tagsInAnotherCase_canonicalUnlessTwoWouldBeOne() {
    assertThat(Scalars.writtenValues(Text.of("EN", "IOM").with("Fr", "OIM")))
        .containsExactly(Map.entry("en", "IOM"), Map.entry("fr", "OIM"));
    // en and EN are one language given twice (an error): both values are written as they are.
    Text twice = Text.en("IOM").with("EN", "OIM");
    assertThat(Scalars.writtenValues(twice)).isEqualTo(twice.getValues());
    Text canonical = Text.en("IOM");
    assertThat(Scalars.writtenValues(canonical)).isSameAs(canonical.getValues());
  }

  @Test
  void parse_badValues_expectedButWasMessages() {
    assertThatThrownBy(() -> Scalars.parse(ValueKind.DECIMAL, BigDecimal.class, "12,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a number but was '12,5'");
    // BigDecimal alone reads any Unicode digit: this would have been 12, written back as 12.
    assertThatThrownBy(() -> Scalars.parse(ValueKind.DECIMAL, BigDecimal.class, "\u0661\u0662"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a number in the digits 0 to 9 but was '\u0661\u0662'");
    assertThatThrownBy(() -> Scalars.parse(ValueKind.ENUM, MeetingFormat.class, "hybird"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected one of in_person, online, hybrid but was 'hybird'; did you mean 'hybrid'?");
    assertThatThrownBy(() -> Scalars.parse(ValueKind.TEXT, Text.class, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TEXT is not a scalar kind");
    assertThat(Scalars.codes(MeetingFormat.class)).containsExactly("in_person", "online", "hybrid");
  }

  @Test
  void modelTypes_fromDataset_everyObjectTypeAndScalarOnce() {
    assertThat(ModelTypes.all()).first().isEqualTo(Dataset.class);
    assertThat(ModelTypes.isModelType(Text.class)).isTrue();
    assertThat(ModelTypes.isModelType(String.class)).isFalse();
    assertThat(ModelTypes.scalars()).containsEntry(ActorId.class, ValueKind.ID);
    assertThat(ModelTypes.scalars()).containsEntry(MeetingFormat.class, ValueKind.ENUM);
    assertThat(ModelTypes.typeOf(Dataset.builder().build())).isEqualTo(Dataset.class);
    assertThatThrownBy(() -> ModelTypes.typeOf("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a Dataset, Text or another model value but was a java.lang.String");
  }
}
