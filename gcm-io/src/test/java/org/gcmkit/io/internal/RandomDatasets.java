package org.gcmkit.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;

/**
 * Seeded random datasets that fill every property of every model type, for round-trip and property
 * tests. Generated through {@link Shape}, so new model fields are covered automatically.
 *
 * <p>The data is well-formed (ids, dates, codes parse) but not necessarily valid under the model
 * rules: it exercises the formats, not the validator. Strings include what breaks naive writers:
 * quotes, delimiters, newlines, non-Latin scripts, leading formula characters and white space.
 */
public final class RandomDatasets {
  private static final String[] STRINGS = {
    "plain", "with, comma", "with \"quotes\"", "line\nbreak", "crlf\r\nbreak", "=1+1", "+7 (495)",
    "-minus", "@at", "\ttab", "pipe|and\\backslash", "  padded  ", "Türkmenistan", "تركمانستان",
    "Диана Чарыева", "😀 emoji", "semi;colon", "'single'", "#hash", "/slash/"
  };
  private static final String[] LANGUAGES = {"en", "ru", "ar", "fr", "es", "ru-Latn", "zh-Hant"};
  private static final String[] COUNTRIES = {"TM", "KZ", "KG", "UZ", "AZ", "TH", "US", "MA"};

  private final Random random;
  private final int recordsPerType;
  private final Map<RecordType, List<String>> ids = new LinkedHashMap<>();

  private RandomDatasets(long seed, int recordsPerType) {
    this.random = new Random(seed);
    this.recordsPerType = recordsPerType;
    for (RecordType t : RecordType.values()) {
      List<String> list = new ArrayList<>();
      for (int i = 0; i < recordsPerType; i++) {
        list.add(t.code() + "-" + i);
      }
      ids.put(t, list);
    }
  }

  /** A dataset with {@code recordsPerType} records of each type, the same for the same seed. */
  public static Dataset generate(long seed, int recordsPerType) {
    return new RandomDatasets(seed, recordsPerType).dataset();
  }

  private Dataset dataset() {
    Dataset.Builder b = Dataset.builder();
    if (random.nextBoolean()) {
      b.title(text());
    }
    Shape shape = Shape.of(Dataset.class);
    for (RecordType t : RecordType.values()) {
      Shape records = Shape.of(t.modelClass());
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < recordsPerType; i++) {
        list.add(object(records, ids.get(t).get(i), 0));
      }
      shape.property(t.listName()).orElseThrow().set(b, list);
    }
    return b.build();
  }

  private Object object(Shape shape, String id, int depth) {
    Object builder = shape.newBuilder();
    for (Property p : shape.properties()) {
      if (p.name().equals("id") && id != null) {
        p.set(builder, Scalars.parse(ValueKind.ID, p.elementType(), id));
        continue;
      }
      switch (p.cardinality()) {
        case REQUIRED -> p.set(builder, value(p, depth));
        case OPTIONAL -> {
          if (random.nextInt(3) > 0) {
            p.set(builder, value(p, depth));
          }
        }
        default -> {
          int n = random.nextInt(depth > 1 ? 2 : 4);
          List<Object> values = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            values.add(value(p, depth));
          }
          p.set(builder, values);
        }
      }
    }
    return shape.build(builder);
  }

  private Object value(Property p, int depth) {
    Class<?> type = p.elementType();
    switch (p.kind()) {
      case STRING -> {
        return p.name().equals("email")
            ? "person" + random.nextInt(100) + "@example.org"
            : p.name().equals("country") || p.name().equals("countries")
                ? pick(COUNTRIES)
                : p.name().equals("languages") ? pick(LANGUAGES) : pick(STRINGS);
      }
      case DECIMAL -> {
        return new BigDecimal(random.nextInt(100000)).movePointLeft(random.nextInt(3));
      }
      case ENUM -> {
        Object[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
      }
      case TEXT -> {
        return text();
      }
      case PARTIAL_DATE -> {
        return date();
      }
      case DATE_SPAN -> {
        return switch (random.nextInt(6)) {
          case 0, 1 -> DateSpan.of(date());
          case 2 -> DateSpan.between(date(), date());
          case 3 -> DateSpan.from(date(), pick(DateSpan.OpenEnd.values()));
          case 4 -> DateSpan.until(pick(DateSpan.OpenEnd.values()), date());
          default -> DateSpan.between(date(), date());
        };
      }
      case SUBJECT -> {
        return Subject.parse(
            pick(
                new String[] {
                  "gcm",
                  "gcr",
                  "gcm:objectives",
                  "gcm:objective:" + (1 + random.nextInt(23)),
                  "gcm:principles",
                  "gcm:principle:" + (char) ('a' + random.nextInt(10)),
                  "gcm:360",
                  "gcr:objective:2"
                }));
      }
      case ID -> {
        RecordType t = idType(type);
        return Scalars.parse(ValueKind.ID, type, pick(ids.get(t).toArray(new String[0])));
      }
      default -> {
        return object(p.shape(), null, depth + 1);
      }
    }
  }

  private static RecordType idType(Class<?> type) {
    for (RecordType t : RecordType.values()) {
      if (type.getSimpleName().equalsIgnoreCase(t.name() + "Id")) {
        return t;
      }
    }
    throw new IllegalArgumentException(type + " is not an id type");
  }

  private Text text() {
    Map<String, String> values = new LinkedHashMap<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      values.put(pick(LANGUAGES), pick(STRINGS));
    }
    return Text.of(values);
  }

  private PartialDate date() {
    int year = 1990 + random.nextInt(40);

    // The plain forms most often, and every EDTF level-1 form (and one day of a span) now and then.
    PartialDate d =
        switch (random.nextInt(10)) {
          case 0, 1 -> PartialDate.ofYear(year);
          case 2, 3 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
          case 4 ->
              PartialDate.parse(
                  pick(
                      new String[] {
                        "201X", "19XX", year + "-XX", year + "-03-XX", year + "-XX-XX"
                      }));
          case 5 -> PartialDate.parse(year + "-" + (21 + random.nextInt(4)));
          case 6 -> PartialDate.parse(pick(new String[] {"-0500", "Y12345", "Y-170000002"}));
          case 7 -> {
            PartialDate first =
                PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(20));
            yield PartialDate.oneDayOf(
                first, PartialDate.of(first.earliest().plusDays(random.nextInt(5))));
          }
          default -> PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    if (d.isOneDayOfSpan()) {
      return d;
    }
    int q = random.nextInt(6);
    return q == 0 ? d.approximate() : q == 1 ? d.uncertain() : d;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
