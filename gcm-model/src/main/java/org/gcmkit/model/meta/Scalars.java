package org.gcmkit.model.meta;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;

/**
 * Converts scalar property values to and from their text in files. Parsing throws {@link
 * IllegalArgumentException} with a message "expected X but was Y"; formatting never fails.
 */
public final class Scalars {
  /**
   * The constants of each enum by file code, and the codes in declaration order: found once, as
   * lowering every constant's name for every value read was a hot spot.
   */
  private static final ClassValue<EnumCodes> ENUMS =
      new ClassValue<>() {
        @Override
        protected EnumCodes computeValue(Class<?> type) {
          return new EnumCodes(type);
        }
      };

  /** The static {@code of(String)} factory of each id type, as {@code (String)Object}. */
  private static final ClassValue<Function<Object, Object>> ID_FACTORIES =
      new ClassValue<>() {
        @Override
        protected Function<Object, Object> computeValue(Class<?> type) {
          Function<Object, Object> generated = ModelAccess.idFactory(type);
          if (generated != null) {
            return generated;
          }
          try {
            return Accessors.function(type.getMethod("of", String.class));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
          }
        }
      };

  private static final class EnumCodes {
    final Map<String, Object> byCode = new HashMap<>();
    final List<String> codes;

    EnumCodes(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] codes = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        codes[i] = code((Enum<?>) constants[i]);
        byCode.putIfAbsent(codes[i], constants[i]);
      }
      this.codes = List.of(codes);
    }
  }

  private Scalars() {}

  /**
   * {@return the value of {@code text} for a property of {@code kind} and element type {@code
   * type}}
   *
   * @param kind the kind
   * @param type the type
   * @param text the text to read
   */
  public static Object parse(ValueKind kind, Class<?> type, String text) {
    switch (kind) {
      case STRING -> {
        return text;
      }
      case DECIMAL -> {
        return ValueLimits.parseNumber(text);
      }
      case ENUM -> {
        return parseEnum(type, text);
      }
      case PARTIAL_DATE -> {
        return PartialDate.parse(text);
      }
      case DATE_SPAN -> {
        return DateSpan.parse(text);
      }
      case SUBJECT -> {
        return Subject.parse(text);
      }
      case ID -> {
        return newId(type, text);
      }
      default -> throw new IllegalArgumentException(kind + " is not a scalar kind");
    }
  }

  /**
   * {@return the text of a scalar value, as {@link #parse} reads it back}
   *
   * @param kind the kind
   * @param value the value
   */
  public static String format(ValueKind kind, Object value) {
    return switch (kind) {
      case DECIMAL -> ValueLimits.formatNumber((BigDecimal) value);
      case ENUM -> code((Enum<?>) value);
      case ID -> ((RecordId) value).value();
      default -> value.toString();
    };
  }

  /**
   * {@return {@code tag} in the case that BCP 47 recommends and the IANA registry uses (RFC 5646,
   * section 2.1.1): a region of two letters in upper case, a script of four in title case, all else
   * in lower case, and everything after a singleton ({@code -u-}, {@code -x-}) in lower case}
   * Language tags are the same tag in any case; files are written in this one.
   *
   * @param tag a language tag, well-formed or not (then only the case of its ASCII letters may
   *     change); the same instance when it is in this case already
   */
  public static String languageTag(String tag) {
    // Letter by letter, copying only when a letter changes: validation asks this of every tag of
    // every text, and tags are nearly always in this case already.
    char[] out = null;
    boolean afterSingleton = false;
    int start = 0;
    for (int i = 0; i <= tag.length(); i++) {
      if (i < tag.length() && tag.charAt(i) != '-') {
        continue;
      }
      int length = i - start;
      boolean lower = start == 0 || afterSingleton;
      for (int k = start; k < i; k++) {
        char c = tag.charAt(k);
        boolean upper =
            !lower && (length == 2 || (length == 4 && k == start && Character.isLetter(c)));
        char wanted = upper ? asciiUpper(c) : asciiLower(c);
        if (wanted != c) {
          if (out == null) {
            out = tag.toCharArray();
          }
          out[k] = wanted;
        }
      }
      afterSingleton |= length == 1;
      start = i + 1;
    }
    return out == null ? tag : new String(out);
  }

  // Tags are ASCII (RFC 5646, section 2.1); a letter outside it, in an ill-formed tag, is kept as
  // it is rather than given a case mapping that may change the tag's length.
  private static char asciiUpper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /**
   * {@return the values of {@code text} keyed as files write them: each tag in the registry's case
   * ({@link #languageTag}), unless two of its tags would then be one (an error that the report
   * names as {@code language-tag.duplicate}); then the keys stay as they are, so no value is lost}
   *
   * @param text the text
   */
  public static Map<String, String> writtenValues(Text text) {
    Map<String, String> values = text.getValues();
    boolean canonical = true;
    for (String tag : values.keySet()) {
      canonical &= languageTag(tag).equals(tag);
    }
    if (canonical) {
      return values;
    }
    Map<String, String> written = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (written.putIfAbsent(languageTag(e.getKey()), e.getValue()) != null) {
        return values;
      }
    }
    return written;
  }

  /**
   * {@return the file code of an enum constant: its name in lower case}
   *
   * @param constant the constant
   */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the file codes of all constants of {@code type}, in declaration order}
   *
   * @param type the type
   */
  public static List<String> codes(Class<?> type) {
    return ENUMS.get(type).codes;
  }

  private static Object parseEnum(Class<?> type, String text) {
    EnumCodes enumCodes = ENUMS.get(type);
    Object constant = enumCodes.byCode.get(text);
    if (constant != null) {
      return constant;
    }
    List<String> codes = enumCodes.codes;
    String hint =
        Suggestions.closest(text, codes).map(s -> "; did you mean '" + s + "'?").orElse("");
    throw new IllegalArgumentException(
        "expected one of " + String.join(", ", codes) + " but was '" + text + "'" + hint);
  }

  private static Object newId(Class<?> type, String text) {
    // What the factory throws (IllegalArgumentException for a malformed id) reaches the caller.
    return ID_FACTORIES.get(type).apply(text);
  }
}
