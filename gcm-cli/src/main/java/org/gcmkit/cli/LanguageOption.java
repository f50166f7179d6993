package org.gcmkit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gcmkit.validation.ReportLanguage;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --lang} option of the commands that print reports. */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "TAG",
      defaultValue = "en",
      converter = Tag.class,
      description =
          "The language of the report's messages: en, fr, es, ru, ar or zh (default:"
              + " ${DEFAULT-VALUE}).")
  ReportLanguage language = ReportLanguage.ENGLISH;

  Locale locale() {
    return language.locale();
  }

  /** Reads a BCP 47 tag, refusing a language gcm has no reports in. */
  static final class Tag implements CommandLine.ITypeConverter<ReportLanguage> {
    @Override
    public ReportLanguage convert(String value) {
      return ReportLanguage.forTag(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "expected one of "
                          + Arrays.stream(ReportLanguage.values())
                              .map(ReportLanguage::tag)
                              .collect(Collectors.joining(", "))
                          + " but was '"
                          + value
                          + "'"));
    }
  }
}
