package org.gcmkit.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The languages gcm writes its reports in: the six official languages of the United Nations.
 *
 * <p>Each rule has a message template in each language, keyed by the rule's code (its {@linkplain
 * Violation#getMessageKey() message key}) with named parameters ({@linkplain
 * Violation#getMessageArguments() the violation's arguments}). English reports keep the full
 * message each check composes ({@link Violation#getMessage()}), which names what was expected in
 * detail; the other languages say the same rule with the value found and the suggestion. A
 * violation with no template (an application's own constraint) keeps its own message in every
 * language.
 *
 * <p>Templates are plain text with {@code {name}} parameters and {@code [...]} parts that appear
 * only when every parameter inside them is known. Arabic text, written right to left, isolates each
 * value it quotes (Unicode bidirectional isolates), so that a Latin value or a pointer keeps its
 * own direction inside the sentence.
 */
public enum ReportLanguage {
  /** English, the language of {@link Violation#getMessage()}. */
  ENGLISH("en"),
  /** French. */
  FRENCH("fr"),
  /** Spanish. */
  SPANISH("es"),
  /** Russian. */
  RUSSIAN("ru"),
  /** Arabic, written right to left. */
  ARABIC("ar"),
  /** Chinese (simplified script). */
  CHINESE("zh");

  /** First strong isolate: the text inside takes the direction of its first strong letter. */
  static final char FSI = '\u2068';

  /** Right-to-left isolate. */
  static final char RLI = '\u2067';

  /** Pop directional isolate: ends an isolate. */
  static final char PDI = '\u2069';

  private final String tag;

  ReportLanguage(String tag) {
    this.tag = tag;
  }

  /** {@return the language's BCP 47 tag: {@code en}, {@code fr}, {@code es} and so on} */
  public String tag() {
    return tag;
  }

  /** {@return the language as a {@link Locale}} */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** {@return whether the language is written right to left (Arabic)} */
  public boolean isRightToLeft() {
    return this == ARABIC;
  }

  /**
   * {@return the report language for {@code locale}, by its language alone ({@code fr-CA} is
   * French), or English when gcm has no reports in it}
   *
   * @param locale the locale, such as a request's
   */
  public static ReportLanguage of(Locale locale) {
    return forTag(locale.getLanguage()).orElse(ENGLISH);
  }

  /**
   * {@return the report language with this BCP 47 tag or its language subtag, in any case: {@code
   * fr}, {@code zh-Hans}, {@code AR}}
   *
   * @param tag the tag
   */
  public static Optional<ReportLanguage> forTag(String tag) {
    String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    for (ReportLanguage l : values()) {
      if (l.tag.equals(language)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the template of a message key in this language, if gcm has one}
   *
   * @param messageKey a {@linkplain Violation#getMessageKey() message key}, such as a rule's code
   */
  public Optional<String> template(String messageKey) {
    return Optional.ofNullable(templates().get(messageKey));
  }

  /**
   * {@return the template of a message key filled with {@code arguments}, a {@code [...]} part left
   * out when a parameter inside it has no argument, so that with the field alone it states the
   * rule; empty when gcm has no template for the key}
   *
   * @param messageKey a {@linkplain Violation#getMessageKey() message key}, such as a rule's code
   * @param arguments the arguments by parameter name
   */
  public Optional<String> text(String messageKey, Map<String, String> arguments) {
    return template(messageKey).map(t -> fill(t, arguments));
  }

  /** {@return every message key and its template in this language, for clients and tests} */
  public Map<String, String> templates() {
    return Objects.requireNonNull(Templates.ALL.get(this));
  }

  /** The violation's message in this language; English and keys without a template keep theirs. */
  String message(Violation v) {
    if (this == ENGLISH) {
      return v.getMessage();
    }
    String template = templates().get(v.getMessageKey());
    return template == null ? v.getMessage() : fill(template, v.getMessageArguments());
  }

  /** The counts of a report: "errors: 2, warnings: 1" in words that need no plural forms. */
  String summary(String errors, String warnings) {
    return fill(templates().get("report.summary"), Map.of("errors", errors, "warnings", warnings));
  }

  /** The line that counts the violations a report does not show. */
  String more(String count, String codes) {
    return fill(templates().get("report.more"), Map.of("count", count, "codes", codes));
  }

  /** The suggestion of a violation whose message does not name it: "(did you mean 'held'?)". */
  String suggestion(String suggestion) {
    return fill(templates().get("report.suggestion"), Map.of("suggestion", suggestion));
  }

  /**
   * Fills a template: {@code {name}} takes the argument, and a {@code [...]} part is kept only when
   * each parameter inside it has one. Arguments are data, never read as template syntax.
   */
  String fill(@Nullable String template, Map<String, String> arguments) {
    if (template == null) {
      throw new IllegalStateException("gcm has no " + tag + " template for a report line");
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    StringBuilder part = new StringBuilder();
    boolean inPart = false;
    boolean partComplete = true;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      StringBuilder target = inPart ? part : out;
      if (c == '[') {
        inPart = true;
        partComplete = true;
        part.setLength(0);
      } else if (c == ']') {
        if (partComplete) {
          out.append(part);
        }
        inPart = false;
      } else if (c == '{') {
        int end = template.indexOf('}', i);
        String value = arguments.get(template.substring(i + 1, end));
        if (value == null) {
          partComplete = false;
        } else if (isRightToLeft()) {
          target.append(FSI).append(value).append(PDI);
        } else {
          target.append(value);
        }
        i = end;
      } else {
        target.append(c);
      }
    }
    return out.toString();
  }

  /** Loads the six sets of templates together, once, on first use. */
  private static final class Templates {
    static final Map<ReportLanguage, Map<String, String>> ALL = new EnumMap<>(ReportLanguage.class);

    static {
      for (ReportLanguage l : values()) {
        ALL.put(l, load(l.tag));
      }
    }
  }

  private static Map<String, String> load(String tag) {
    String name = "messages_" + tag + ".properties";
    try (InputStream in = ReportLanguage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("gcm-model lacks its resource " + name);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> m = new HashMap<>();
      p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
      return Collections.unmodifiableMap(m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gcm-model's resource " + name, e);
    }
  }
}
