package org.gcmkit.io.internal;

import java.util.Collection;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Violation;

/**
 * Keeps one bad value from being reported many times: when a reader could not read a value, the
 * model rules that only notice its absence (a required list now empty, a cross-field rule of the
 * same object) would echo the first error. Both readers drop those echoes the same way.
 */
public final class Echoes {
  private Echoes() {}

  /**
   * Whether {@code v} would only repeat a value that failed to read at one of {@code failed}: it is
   * at, above or below a failed pointer, or a cross-field rule of the object that holds one.
   */
  public static boolean echoes(Violation v, Collection<String> failed) {
    String p = v.getPointer();
    boolean crossField =
        Rule.fromCode(v.getCode()).map(r -> r.kind() == Rule.Kind.CROSS_FIELD).orElse(false);
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
