package org.gcmkit.io.csv;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.io.csv.TableReader.Row;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * Where the values of one record were read: for each pointer, the row and the column (or the whole
 * row) it came from. Pointers and Locations are made only when a problem is located: making both
 * for every cell was most of the reader's own work on valid data. Reused from record to record; not
 * thread-safe.
 */
final class Places {
  /** The column of a place that is a whole row. */
  private static final int ROW = -1;

  private String[] prefixes = new String[32];
  private @Nullable String[] segments = new String[32];
  private @Nullable String[] tokens = new String[32];
  private Row[] rows = new Row[32];
  private int[] columns = new int[32];
  private int count;

  /** The places by pointer, made on the first lookup after a change; null until then. */
  private @Nullable Map<String, Integer> byPointer;

  /** Forgets every place, for the next record. */
  void clear() {
    Arrays.fill(rows, 0, count, null);
    count = 0;
    byPointer = null;
  }

  /** The value at {@code pointer} is the whole row. */
  void row(String pointer, Row row) {
    add(pointer, null, null, row, ROW);
  }

  /** The value at {@code pointer} is in {@code column} of the row. */
  void cell(String pointer, Row row, int column) {
    add(pointer, null, null, row, column);
  }

  /**
   * The value at {@code prefix + segment} (a member's pointer segment such as "/name") is in {@code
   * column} of the row.
   */
  void member(String prefix, String segment, Row row, int column) {
    add(prefix, segment, null, row, column);
  }

  /** The value at {@code prefix} plus reference token {@code token} is in {@code column}. */
  void token(String prefix, String token, Row row, int column) {
    add(prefix, null, token, row, column);
  }

  private void add(
      String prefix, @Nullable String segment, @Nullable String token, Row row, int column) {
    if (count == rows.length) {
      int n = count * 2;
      prefixes = Arrays.copyOf(prefixes, n);
      segments = Arrays.copyOf(segments, n);
      tokens = Arrays.copyOf(tokens, n);
      rows = Arrays.copyOf(rows, n);
      columns = Arrays.copyOf(columns, n);
    }
    prefixes[count] = prefix;
    segments[count] = segment;
    tokens[count] = token;
    rows[count] = row;
    columns[count] = column;
    count++;
    byPointer = null;
  }

  /** The location of {@code pointer}, or of the nearest enclosing pointer that has one. */
  Optional<Location> locate(String pointer) {
    Map<String, Integer> places = byPointer;
    if (places == null) {
      // A later place of one pointer wins, as when each value put its location in a map.
      places = new HashMap<>();
      for (int i = 0; i < count; i++) {
        places.put(pointer(i), i);
      }
      byPointer = places;
    }
    String p = pointer;
    while (true) {
      Integer place = places.get(p);
      if (place != null) {
        Row row = rows[place];
        return Optional.of(columns[place] == ROW ? row.row() : row.at(columns[place]));
      }
      int slash = p.lastIndexOf('/');
      if (slash <= 0) {
        return Optional.empty();
      }
      p = p.substring(0, slash);
    }
  }

  private String pointer(int place) {
    String segment = segments[place];
    String token = tokens[place];
    if (segment != null) {
      return prefixes[place] + segment;
    }
    return token != null
        ? prefixes[place] + "/" + ReportParts.pointerToken(token)
        : prefixes[place];
  }
}
