package org.gcmkit.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressValidatorTest {
  private final WebAddressValidator validator = new WebAddressValidator();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org",
        "http://example.org/a/b?c=d#e",
        "HTTPS://EXAMPLE.ORG/",
        "https://user@example.org:8443/x",
        "https://xn--r8jz45g.jp/%E4%BE%8B",
        "https://192.0.2.1/",
        "https://[2001:db8::1]/"
      })
  void passes_httpOrHttpsWithHost_true(String url) {
    assertThat(validator.passes(url)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "file://host/etc/passwd",
        "ftp://example.org/x",
        "mailto:jane@example.org",
        "javascript:alert(1)",
        "jar:file:/x.jar!/a",
        "https:example.org",
        "https:///path",
        "https://",
        "//example.org/x",
        "/relative/path",
        "example.org",
        "",
        "https://exa mple.org",
        "https://example.org/\u00e9",
        "https://example.org/\n",
        "https://exa_mple.org/"
      })
  void passes_otherSchemesNoHostOrNotAscii_false(String url) {
    assertThat(validator.passes(url)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 1_000_000})
  void passes_longRepetitiveAddress_answers(int n) {
    assertThat(validator.passes("https://example.org" + "/x".repeat(n))).isTrue();
    assertThat(validator.passes("https://" + "a.".repeat(n))).isTrue();
    assertThat(validator.passes("file://" + "/x".repeat(n))).isFalse();
  }
}
