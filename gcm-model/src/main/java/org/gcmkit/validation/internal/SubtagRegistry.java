package org.gcmkit.validation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.model.meta.Suggestions;

/**
 * The IANA Language Subtag Registry as gcm bundles it ({@code language-subtag-registry.txt}, with
 * its File-Date): which language, extlang, script, region and variant subtags and which whole
 * (grandfathered and redundant) tags are registered, in the registry's case. Loaded once, on the
 * first tag checked; immutable after.
 */
public final class SubtagRegistry {
  private static final SubtagRegistry INSTANCE = load();

  private final String fileDate;

  /** Subtags by type, keyed in lower case, with the registry's own spelling as the value. */
  private final Map<String, Map<String, String>> byType = new HashMap<>();

  /** Ranges such as {@code qaa..qtz}, by type, in lower case. */
  private final Map<String, List<String[]>> ranges = new HashMap<>();

  /** Two-letter languages by their first description in lower case ({@code english}). */
  private final Map<String, String> byDescription = new HashMap<>();

  private SubtagRegistry(String fileDate) {
    this.fileDate = fileDate;
  }

  /** {@return the registry bundled with gcm} */
  public static SubtagRegistry get() {
    return INSTANCE;
  }

  /** {@return the registry's File-Date, such as {@code 2025-08-25}} */
  public String fileDate() {
    return fileDate;
  }

  /**
   * {@return how the registry writes {@code subtag} of {@code type} (language, extlang, script,
   * region, variant, grandfathered, redundant), if it is registered, in any case}
   *
   * @param type the type
   * @param subtag the subtag or whole tag
   */
  public Optional<String> find(String type, String subtag) {
    String key = subtag.toLowerCase(Locale.ROOT);
    String exact = byType.getOrDefault(type, Map.of()).get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (String[] range : ranges.getOrDefault(type, List.of())) {
      if (key.length() == range[0].length()
          && key.compareTo(range[0]) >= 0
          && key.compareTo(range[1]) <= 0) {
        return Optional.of(canonicalCase(type, subtag));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return a registered language that {@code wrong} may have meant: the two-letter language whose
   * name it is ({@code english} gives {@code en}), else the nearest two- or three-letter one}
   *
   * @param wrong an unregistered language subtag
   */
  public Optional<String> suggestLanguage(String wrong) {
    String key = wrong.toLowerCase(Locale.ROOT);
    String named = byDescription.get(key);
    if (named != null) {
      return Optional.of(named);
    }
    List<String> same = new ArrayList<>();
    for (String s : byType.getOrDefault("language", Map.of()).values()) {
      if (s.length() == Math.min(3, key.length())) {
        same.add(s);
      }
    }
    return Suggestions.closest(key, same);
  }

  /** The case the registry uses for a type: Title for scripts, upper for regions, else lower. */
  private static String canonicalCase(String type, String subtag) {
    String lower = subtag.toLowerCase(Locale.ROOT);
    if (type.equals("script")) {
      return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
    return type.equals("region") ? subtag.toUpperCase(Locale.ROOT) : lower;
  }

  private static SubtagRegistry load() {
    try (InputStream in =
            Objects.requireNonNull(
                SubtagRegistry.class.getResourceAsStream("language-subtag-registry.txt"),
                "language-subtag-registry.txt is bundled");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      SubtagRegistry registry = null;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isEmpty()) {
          continue;
        }
        if (line.startsWith("File-Date: ")) {
          registry = new SubtagRegistry(line.substring("File-Date: ".length()));
          continue;
        }
        if (registry == null) {
          throw new IllegalStateException("expected a File-Date before the subtags");
        }
        String[] parts = line.split(" ", 3);
        String type = parts[0];
        String subtag = parts[1];
        int dots = subtag.indexOf("..");
        if (dots > 0) {
          registry
              .ranges
              .computeIfAbsent(type, t -> new ArrayList<>())
              .add(
                  new String[] {
                    subtag.substring(0, dots).toLowerCase(Locale.ROOT),
                    subtag.substring(dots + 2).toLowerCase(Locale.ROOT)
                  });
        } else {
          registry
              .byType
              .computeIfAbsent(type, t -> new HashMap<>())
              .put(subtag.toLowerCase(Locale.ROOT), subtag);
        }
        if (parts.length == 3) {
          registry.byDescription.putIfAbsent(parts[2].toLowerCase(Locale.ROOT), subtag);
        }
      }
      return Objects.requireNonNull(registry, "expected a File-Date line");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
