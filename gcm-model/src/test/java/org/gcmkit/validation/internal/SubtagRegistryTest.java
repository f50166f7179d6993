package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled IANA Language Subtag Registry parses whole and answers in any case. */
class SubtagRegistryTest {
  private final SubtagRegistry registry = SubtagRegistry.get();

  @Test
  void get_bundledFile_parsesWithItsDateAndEveryType() {
    assertThat(registry.fileDate()).isEqualTo("2025-08-25");
    assertThat(registry.find("language", "en")).contains("en");
    assertThat(registry.find("language", "EN")).contains("en");
    assertThat(registry.find("language", "fil")).contains("fil");
    assertThat(registry.find("language", "ara")).isEmpty();
    assertThat(registry.find("extlang", "yue")).contains("yue");
    assertThat(registry.find("script", "LATN")).contains("Latn");
    assertThat(registry.find("region", "gb")).contains("GB");
    assertThat(registry.find("region", "419")).contains("419");
    assertThat(registry.find("variant", "1901")).contains("1901");
    assertThat(registry.find("grandfathered", "i-klingon")).contains("i-klingon");
    assertThat(registry.find("redundant", "zh-Hant-TW")).contains("zh-Hant-TW");
    // Ranges kept for private use: qaa..qtz, Qaaa..Qabx, QM..QZ, XA..XZ.
    assertThat(registry.find("language", "qab")).contains("qab");
    assertThat(registry.find("script", "qaab")).contains("Qaab");
    assertThat(registry.find("region", "xk")).contains("XK");
    assertThat(registry.find("language", "zz")).isEmpty();
    assertThat(registry.find("region", "UK")).isEmpty();
  }

  @Test
  void suggestLanguage_byNameThenNearest() {
    assertThat(registry.suggestLanguage("english")).contains("en");
    assertThat(registry.suggestLanguage("Arabic")).contains("ar");
    assertThat(registry.suggestLanguage("zz")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en",
        "EN",
        "ar",
        "ru-Latn",
        "zh-Hant-TW",
        "sr-Cyrl-RS",
        "de-CH-1901",
        "und",
        "mul",
        "x-private",
        "en-x-gcm",
        "es-419",
        "i-klingon",
        "en-US-u-ca-gregory",
        "zh-yue-HK"
      })
  void unregistered_registeredTags_none(String tag) {
    assertThat(LanguageTagValidator.unregistered(tag)).as(tag).isEmpty();
  }
}
