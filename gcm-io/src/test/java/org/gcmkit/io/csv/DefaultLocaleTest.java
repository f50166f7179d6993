package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Files do not depend on the JVM's default locale: a server in Riyadh or Tehran writes the same
 * bytes as one in Geneva. {@code String.format("%04d")} wrote dates in the locale's digits ({@code
 * ٢٠٢٢-٠٢-١١} under ar-SA), which no reader takes.
 */
class DefaultLocaleTest {
  private static final List<Locale> LOCALES =
      List.of(
          Locale.forLanguageTag("ar-SA"),
          Locale.forLanguageTag("fa-IR"),
          Locale.forLanguageTag("hi-IN-u-nu-deva"),
          Locale.forLanguageTag("th-TH-u-nu-thai"),
          Locale.forLanguageTag("tr-TR"));

  @Test
  void writers_anyDefaultLocale_sameBytesAsUnderRoot() {
    Dataset dataset = Fixtures.multilingual();
    GcmJson json = GcmJson.create();
    String document = inLocale(Locale.ROOT, () -> json.write(dataset));
    Map<String, String> tables = inLocale(Locale.ROOT, () -> PackageWriter.render(dataset));
    assertThat(document).contains("\"2022-02-11\"");

    for (Locale locale : LOCALES) {
      assertThat(inLocale(locale, () -> json.write(dataset))).as("%s", locale).isEqualTo(document);
      assertThat(inLocale(locale, () -> PackageWriter.render(dataset)))
          .as("%s", locale)
          .isEqualTo(tables);
    }
  }

  @Test
  void partialDates_anyDefaultLocale_writtenInTheDigitsZeroToNine() {
    for (Locale locale : LOCALES) {
      for (String date : List.of("2023-03-17", "201X", "-0500", "2021-21~", "2021-03-XX?")) {
        assertThat(inLocale(locale, () -> PartialDate.parse(date).toString()))
            .as("%s in %s", date, locale)
            .isEqualTo(date);
      }
    }
  }

  private static <T> T inLocale(Locale locale, java.util.function.Supplier<T> work) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return work.get();
    } finally {
      Locale.setDefault(before);
    }
  }
}
