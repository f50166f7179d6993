package org.gcmkit.io.internal;

import java.util.Collection;
import java.util.Set;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Violation;

/**
 * Keeps one bad value from being reported many times: when a reader could not read a value, the
 * model rules that only notice its absence (a required list now empty, a cross-field rule of the
 * same object) would echo the first error. Both readers drop those echoes the same way.
 */
public final class Echoes {
  private static final Set<String> CROSS_FIELD_CODES =
      Set.of(
          Rule.DATE_ORDER.code(),
          Rule.ONE_OF.code(),
          Rule.STATE_COUNTRY.code(),
          Rule.HYBRID_LOCATION.code(),
          Rule.HELD_WITHOUT_DATE.code());

  private Echoes() {}

  /**
   * Whether {@code v} would only repeat a value that failed to read at one of {@code failed}: it is
   * at, above or below a failed pointer, or a cross-field rule of the object that holds one.
   */
  public static boolean echoes(Violation v, Collection<String> failed) {
    String p = v.getPointer();
    boolean crossField = CROSS_FIELD_CODES.contains(v.getCode());
    for (String f : failed) {
      if (p.equals(f) || p.startsWith(f + "/") || f.startsWith(p + "/")) {
        return true;
      }
      if (crossField && parent(f).equals(parent(p))) {
        return true;
      }
    }
    return false;
  }

  private static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(0, slash);
  }
}
