package org.gcmkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Bidi;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportLanguageTest {
  private static final Pattern PARAMETER = Pattern.compile("\\{([a-z]+)}");
  private static final Set<String> REPORT_KEYS =
      Set.of("report.summary", "report.more", "report.suggestion");

  private static final Violation HYBIRD =
      Violation.of(
              Rule.VALUE_SYNTAX,
              "/meetings/0/format",
              "expected one of in_person, online, hybrid but was 'hybird'; did you mean 'hybrid'?")
          .value("hybird")
          .suggestion("hybrid")
          .location(Location.builder().file("bad.json").line(12).column(17).build())
          .build();

  /**
   * Every rule gcm reports has a message in each of the six languages; a new rule without fails.
   */
  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void everyRule_hasATemplate_inEveryLanguage(ReportLanguage language) {
    Set<String> expected = new TreeSet<>(REPORT_KEYS);
    for (Rule r : EnumSet.complementOf(EnumSet.of(Rule.CONSTRAINT))) {
      expected.add(r.code());
    }

    assertThat(new TreeSet<>(language.templates().keySet())).isEqualTo(expected);
  }

  /** A translation uses the parameters of the English template, no more and no fewer. */
  @ParameterizedTest
  @EnumSource(ReportLanguage.class)
  void everyTemplate_hasTheEnglishParameters_andBalancedParts(ReportLanguage language) {
    language
        .templates()
        .forEach(
            (key, template) -> {
              assertThat(parameters(template))
                  .as("%s %s", language, key)
                  .isEqualTo(parameters(ReportLanguage.ENGLISH.templates().get(key)));
              assertThat(template.replaceAll("\\[[^\\[\\]]*]", ""))
                  .as("%s %s: [...] parts balanced and not nested", language, key)
                  .doesNotContain("[", "]");
              assertThat(template).as("%s %s", language, key).isNotBlank();
            });
  }

  @Test
  void french_valueAndSuggestion_inTheSentence() {
    assertThat(HYBIRD.getLocalizedMessage(Locale.FRENCH))
        .isEqualTo(
            "on attendait une valeur lisible selon son type, mais on a trouvé « hybird » ;"
                + " vouliez-vous dire « hybrid » ?");
    assertThat(HYBIRD.toText(Locale.FRENCH))
        .isEqualTo(
            "error   bad.json:12:17 /meetings/0/format [value.syntax] on attendait une valeur"
                + " lisible selon son type, mais on a trouvé « hybird » ; vouliez-vous dire"
                + " « hybrid » ?");
  }

  @Test
  void partsWithAnUnknownParameter_areLeftOut() {
    Violation v = Violation.of(Rule.VALUE_SYNTAX, "/meetings/0/format", "m").build();

    assertThat(v.getLocalizedMessage(Locale.forLanguageTag("es")))
        .isEqualTo("se esperaba un valor legible según su tipo");
  }

  @Test
  void field_isTheLastPointerName_notAnIndex() {
    Violation unknown = Violation.of(Rule.UNKNOWN_FIELD, "/actors/1/ti~1tel", "m").build();
    Violation atIndex = Violation.of(Rule.REQUIRED, "/actors/1", "m").build();

    assertThat(unknown.getMessageArguments())
        .containsExactly(java.util.Map.entry("field", "ti/tel"));
    assertThat(atIndex.getMessageArguments()).isEmpty();
    assertThat(unknown.getLocalizedMessage(Locale.CHINA)).isEqualTo("应为格式所定义的字段，但实际为“ti/tel”");
  }

  @Test
  void englishAndLanguagesWithoutReports_keepTheDetailedMessage() {
    assertThat(HYBIRD.getLocalizedMessage(Locale.ENGLISH)).isEqualTo(HYBIRD.getMessage());
    assertThat(HYBIRD.getLocalizedMessage(Locale.GERMAN)).isEqualTo(HYBIRD.getMessage());
    assertThat(HYBIRD.toText(Locale.ENGLISH)).isEqualTo(HYBIRD.toString());
  }

  @Test
  void aRuleWithoutTemplate_keepsItsOwnMessage_inEveryLanguage() {
    Violation own = Violation.of(Rule.CONSTRAINT, "/title", "title too short").build();

    for (ReportLanguage l : ReportLanguage.values()) {
      assertThat(own.getLocalizedMessage(l.locale())).isEqualTo("title too short");
    }
  }

  @Test
  void valuesAreData_neverTemplateSyntax() {
    Violation v =
        Violation.of(Rule.BLANK, "/title/en", "m").value("{value} [x] {suggestion}").build();

    assertThat(v.getLocalizedMessage(Locale.FRENCH))
        .isEqualTo("on attendait un texte non vide, mais on a trouvé « {value} [x] {suggestion} »");
  }

  @Test
  void arabic_readsRightToLeft_withTheValueIsolatedLeftToRight() {
    String line = HYBIRD.toText(Locale.forLanguageTag("ar"));
    int start = line.indexOf(ReportLanguage.RLI);
    String message = line.substring(start + 1, line.lastIndexOf(ReportLanguage.PDI));

    // The line starts left to right (severity, location, pointer, code), then isolates the message.
    assertThat(line).startsWith("error   bad.json:12:17 /meetings/0/format [value.syntax] ");
    assertThat(start).isPositive();
    assertThat(line).endsWith(String.valueOf(ReportLanguage.PDI));
    // The message is Arabic: a right-to-left paragraph, whose first letter is Arabic.
    Bidi bidi = new Bidi(message, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    assertThat(bidi.baseIsLeftToRight()).isFalse();
    assertThat(Character.UnicodeScript.of(message.codePointAt(0)))
        .isEqualTo(Character.UnicodeScript.ARABIC);
    // Each quoted value sits in its own isolate, so it keeps its own direction.
    assertThat(message)
        .contains(ReportLanguage.FSI + "hybird" + ReportLanguage.PDI)
        .contains(ReportLanguage.FSI + "hybrid" + ReportLanguage.PDI);
  }

  @Test
  void summaryAndMoreLine_translated() {
    ValidationReport report =
        ValidationReport.of(
            List.of(HYBIRD, Violation.of(Rule.HELD_WITHOUT_DATE, "/meetings/1", "m").build()));

    assertThat(report.summary(Locale.forLanguageTag("ru")))
        .isEqualTo("ошибок: 1, предупреждений: 1");
    assertThat(report.summary(Locale.ENGLISH)).isEqualTo("1 error, 1 warning");
    assertThat(report.toLines(1, Locale.FRENCH))
        .last()
        .isEqualTo("… et 1 de plus : meeting.held-without-date 1");
    assertThat(report.toText(0, Locale.CHINESE))
        .isEqualTo("……另有 2 项：meeting.held-without-date 1, value.syntax 1\n错误：1，警告：1");
  }

  @Test
  void forTagAndOf_matchByLanguage() {
    assertThat(ReportLanguage.forTag("zh-Hans")).contains(ReportLanguage.CHINESE);
    assertThat(ReportLanguage.forTag("AR")).contains(ReportLanguage.ARABIC);
    assertThat(ReportLanguage.forTag("de")).isEmpty();
    assertThat(ReportLanguage.of(Locale.CANADA_FRENCH)).isEqualTo(ReportLanguage.FRENCH);
    assertThat(ReportLanguage.of(Locale.GERMANY)).isEqualTo(ReportLanguage.ENGLISH);
    assertThat(ReportLanguage.SPANISH.locale()).isEqualTo(Locale.forLanguageTag("es"));
    assertThat(ReportLanguage.ARABIC.isRightToLeft()).isTrue();
    assertThat(ReportLanguage.FRENCH.isRightToLeft()).isFalse();
  }

  private static Set<String> parameters(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PARAMETER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void text_withoutTheValue_leavesItsOptionalPartOut() {
    assertThat(ReportLanguage.FRENCH.text("country-code.unknown", java.util.Map.of()))
        .hasValue("on attendait un code de pays ISO 3166-1 alpha-2 comme TM");
    assertThat(ReportLanguage.FRENCH.text("country-code.unknown", java.util.Map.of("value", "ZZ")))
        .hasValue(
            "on attendait un code de pays ISO 3166-1 alpha-2 comme TM, mais on a trouvé « ZZ »");
    assertThat(ReportLanguage.FRENCH.text("myapp.unknown", java.util.Map.of())).isEmpty();
  }
}
