package org.gcmkit.io.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.Subject;

/**
 * Converts scalar property values to and from their text in files. Parsing throws {@link
 * IllegalArgumentException} with a message "expected X but was Y"; formatting never fails.
 */
public final class Scalars {
  private Scalars() {}

  /** The value of {@code text} for a property of {@code kind} and element type {@code type}. */
  public static Object parse(ValueKind kind, Class<?> type, String text) {
    switch (kind) {
      case STRING -> {
        return text;
      }
      case DECIMAL -> {
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("expected a number but was '" + text + "'", e);
        }
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

  /** The text of a scalar value, as {@link #parse} reads it back. */
  public static String format(ValueKind kind, Object value) {
    return switch (kind) {
      case DECIMAL -> ((BigDecimal) value).toPlainString();
      case ENUM -> code((Enum<?>) value);
      case ID -> ((RecordId) value).value();
      default -> value.toString();
    };
  }

  /** The file code of an enum constant: its name in lower case. */
  public static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The file codes of all constants of {@code type}, in declaration order. */
  public static List<String> codes(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> code((Enum<?>) c))
        .collect(Collectors.toUnmodifiableList());
  }

  private static Object parseEnum(Class<?> type, String text) {
    for (Object c : type.getEnumConstants()) {
      if (code((Enum<?>) c).equals(text)) {
        return c;
      }
    }
    List<String> codes = codes(type);
    String hint =
        Suggestions.closest(text, codes).map(s -> "; did you mean '" + s + "'?").orElse("");
    throw new IllegalArgumentException(
        "expected one of " + String.join(", ", codes) + " but was '" + text + "'" + hint);
  }

  private static Object newId(Class<?> type, String text) {
    try {
      Method of = type.getMethod("of", String.class);
      return of.invoke(null, text);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        throw (IllegalArgumentException) e.getCause();
      }
      throw new IllegalStateException("cannot create " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type.getSimpleName(), e);
    }
  }
}
