package org.gcmkit.io.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.gcmkit.model.meta.ReportParts;
import org.jspecify.annotations.Nullable;

/**
 * Where the values read were found: the place table of both readers. A place is a value's pointer,
 * kept in parts (a parent place or a prefix, then a field name, an array index or a ready segment)
 * so that no pointer string is made while reading, and where it was read: a line and a column, and
 * for CSV the row it came from. Pointers and locations are made only when a problem is located:
 * making both for every value was most of the readers' own work on valid data.
 *
 * <p>Places are numbered in the order added; a reader drops a record's places with {@link
 * #truncate} when the record is done. Reused from record to record; not thread-safe.
 */
public final class Places {
  private static final byte WHOLE = 0;
  private static final byte SEGMENT = 1;
  private static final byte TOKEN = 2;
  private static final byte INDEX = 3;

  private int[] parents = new int[64];
  private @Nullable String[] prefixes = new String[64];
  private @Nullable String[] names = new String[64];
  private byte[] kinds = new byte[64];
  private int[] indexes = new int[64];
  private int[] lines = new int[64];
  private int[] columns = new int[64];
  private @Nullable Object[] spots = new Object[64];
  private int size;

  /**
   * The places from {@link #mappedFrom} to {@link #mappedTo} by pointer, made on the first lookup;
   * else null.
   */
  private @Nullable Map<String, Integer> byPointer;

  private int mappedTo;

  private int mappedFrom;

  /**
   * A place whose pointer is {@code pointer}.
   *
   * @param pointer the value's whole JSON Pointer
   * @param line the line where it was read, or 0
   * @param column the column where it was read, or -1 for a whole CSV row
   * @param spot what the reader needs to locate it besides line and column (a CSV row), or null
   * @return the place's number
   */
  public int whole(String pointer, int line, int column, @Nullable Object spot) {
    return add(-1, pointer, null, WHOLE, -1, line, column, spot);
  }

  /**
   * A place whose pointer is {@code prefix + segment}, the segment ready made with its slash and
   * escapes (a member of a CSV table such as {@code "/name"}).
   *
   * @param prefix the pointer of the object holding the value
   * @param segment the rest of the pointer, from its slash
   * @param line the line where it was read, or 0
   * @param column the column where it was read, or -1 for a whole CSV row
   * @param spot what the reader needs to locate it besides line and column, or null
   * @return the place's number
   */
  public int segment(String prefix, String segment, int line, int column, @Nullable Object spot) {
    return add(-1, prefix, segment, SEGMENT, -1, line, column, spot);
  }

  /**
   * A place whose pointer is {@code prefix} followed by the reference token {@code token}, escaped
   * when the pointer is made.
   *
   * @param prefix the pointer of the object holding the value
   * @param token the field name or map key, unescaped
   * @param line the line where it was read, or 0
   * @param column the column where it was read, or -1 for a whole CSV row
   * @param spot what the reader needs to locate it besides line and column, or null
   * @return the place's number
   */
  public int token(String prefix, String token, int line, int column, @Nullable Object spot) {
    return add(-1, prefix, token, TOKEN, -1, line, column, spot);
  }

  /**
   * A place for field {@code name} of the object at place {@code parent}.
   *
   * @param parent the place of the object
   * @param name the field name, unescaped
   * @param line the line where it was read
   * @param column the column where it was read
   * @return the place's number
   */
  public int field(int parent, String name, int line, int column) {
    return add(parent, null, name, TOKEN, -1, line, column, null);
  }

  /**
   * A place for field {@code name} of the object at place {@code parent}, read in a CSV row.
   *
   * @param parent the place of the object
   * @param name the field name or map key, unescaped
   * @param line the line where it was read, or 0
   * @param column the column where it was read
   * @param spot what the reader needs to locate it besides line and column (a CSV row)
   * @return the place's number
   */
  public int field(int parent, String name, int line, int column, Object spot) {
    return add(parent, null, name, TOKEN, -1, line, column, spot);
  }

  /**
   * A place for item {@code index} of the array at place {@code parent}.
   *
   * @param parent the place of the array
   * @param index the item's index
   * @param line the line where it was read
   * @param column the column where it was read
   * @return the place's number
   */
  public int item(int parent, int index, int line, int column) {
    return add(parent, null, null, INDEX, index, line, column, null);
  }

  private int add(
      int parent,
      @Nullable String prefix,
      @Nullable String name,
      byte kind,
      int index,
      int line,
      int column,
      @Nullable Object spot) {
    if (size == parents.length) {
      int n = size * 2;
      parents = Arrays.copyOf(parents, n);
      prefixes = Arrays.copyOf(prefixes, n);
      names = Arrays.copyOf(names, n);
      kinds = Arrays.copyOf(kinds, n);
      indexes = Arrays.copyOf(indexes, n);
      lines = Arrays.copyOf(lines, n);
      columns = Arrays.copyOf(columns, n);
      spots = Arrays.copyOf(spots, n);
    }
    parents[size] = parent;
    prefixes[size] = prefix;
    names[size] = name;
    kinds[size] = kind;
    indexes[size] = index;
    lines[size] = line;
    columns[size] = column;
    spots[size] = spot;
    byPointer = null;
    return size++;
  }

  /**
   * How many places there are.
   *
   * @return the number the next place will have
   */
  public int size() {
    return size;
  }

  /**
   * Drops the places from {@code from} on: those of a record whose problems have been located.
   *
   * @param from the first place to drop
   */
  public void truncate(int from) {
    Arrays.fill(spots, from, size, null);
    Arrays.fill(prefixes, from, size, null);
    Arrays.fill(names, from, size, null);
    size = from;
    byPointer = null;
  }

  /**
   * The JSON Pointer of a place.
   *
   * @param place the place
   * @return its pointer
   */
  public String pointer(int place) {
    String base = parents[place] >= 0 ? pointer(parents[place]) : prefixOf(place);
    return switch (kinds[place]) {
      case SEGMENT -> base + names[place];
      case TOKEN -> base + "/" + ReportParts.pointerToken(nameOf(place));
      case INDEX -> base + "/" + indexes[place];
      default -> base;
    };
  }

  /**
   * The line where a place was read.
   *
   * @param place the place
   * @return its line, as the reader gave it
   */
  public int line(int place) {
    return lines[place];
  }

  /**
   * The column where a place was read.
   *
   * @param place the place
   * @return its column, as the reader gave it
   */
  public int column(int place) {
    return columns[place];
  }

  /**
   * What the reader keeps besides line and column to locate a place (a CSV row).
   *
   * @param place the place
   * @return the object given when the place was added, or null
   */
  public @Nullable Object spot(int place) {
    return spots[place];
  }

  /**
   * The last place from {@code from} on whose pointer is {@code pointer} or, failing that, its
   * nearest ancestor's.
   *
   * @param pointer the pointer to locate
   * @param from the first place to look at
   * @return the place, or -1 when neither the pointer nor an ancestor has one
   */
  public int find(String pointer, int from) {
    return find(pointer, from, size);
  }

  /**
   * The last place from {@code from} to before {@code to} whose pointer is {@code pointer} or,
   * failing that, its nearest ancestor's: for places of several records kept side by side.
   *
   * @param pointer the pointer to locate
   * @param from the first place to look at
   * @param to the place after the last one to look at
   * @return the place, or -1 when neither the pointer nor an ancestor has one
   */
  public int find(String pointer, int from, int to) {
    if (from >= to) {
      return -1;
    }
    if (to - from <= SCANNED) {
      return scan(pointer, from, to);
    }
    Map<String, Integer> places = byPointer;
    if (places == null || mappedFrom != from || mappedTo != to) {
      // A later place of one pointer wins, as when each value put its location in a map.
      places = new HashMap<>();
      for (int i = from; i < to; i++) {
        places.put(pointer(i), i);
      }
      byPointer = places;
      mappedFrom = from;
      mappedTo = to;
    }
    String p = pointer;
    while (true) {
      Integer place = places.get(p);
      if (place != null) {
        return place;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return -1;
      }
      p = p.substring(0, slash);
    }
  }

  /**
   * The places a lookup compares one by one, without making their pointers. A record's places are
   * usually a few dozen: making every pointer and a map of them for its first problem was 13 % of
   * the time of validating a CSV package with 60 % of its records invalid. Beyond this, the map is
   * made once and each lookup costs the depth of its pointer, so that a huge record with many
   * problems stays linear.
   */
  private static final int SCANNED = 256;

  /** {@link #find} by comparing each place's pointer with {@code pointer} and its ancestors. */
  private int scan(String pointer, int from, int to) {
    int end = pointer.length();
    while (true) {
      for (int i = to - 1; i >= from; i--) {
        if (hasPointer(i, pointer, end)) {
          return i;
        }
      }
      int slash = pointer.lastIndexOf('/', end - 1);
      if (slash < 0) {
        return -1;
      }
      end = slash;
    }
  }

  /**
   * Whether the pointer of {@code place} is the first {@code end} characters of {@code p}: {@link
   * #pointer} compared from its end, part by part, without making it.
   */
  private boolean hasPointer(int place, String p, int end) {
    int start;
    switch (kinds[place]) {
      case SEGMENT -> {
        String segment = nameOf(place);
        start = end - segment.length();
        if (start < 0 || !p.startsWith(segment, start)) {
          return false;
        }
      }
      case TOKEN -> {
        String token = ReportParts.pointerToken(nameOf(place));
        start = end - token.length() - 1;
        if (start < 0 || p.charAt(start) != '/' || !p.startsWith(token, start + 1)) {
          return false;
        }
      }
      case INDEX -> {
        start = p.lastIndexOf('/', end - 1);
        if (start < 0 || !isIndex(p, start + 1, end, indexes[place])) {
          return false;
        }
      }
      default -> start = end;
    }
    if (parents[place] >= 0) {
      return hasPointer(parents[place], p, start);
    }
    String prefix = prefixOf(place);
    return start == prefix.length() && p.startsWith(prefix);
  }

  /** Whether characters {@code from} to {@code to} of {@code p} are {@code index} in decimal. */
  private static boolean isIndex(String p, int from, int to, int index) {
    int length = to - from;
    if (length < 1 || length > 10 || (length > 1 && p.charAt(from) == '0')) {
      return false;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = p.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value == index;
  }

  private String prefixOf(int place) {
    String prefix = prefixes[place];
    if (prefix == null) {
      throw new IllegalStateException("a place without a parent holds its prefix");
    }
    return prefix;
  }

  private String nameOf(int place) {
    String name = names[place];
    if (name == null) {
      throw new IllegalStateException("a field or token place holds its name");
    }
    return name;
  }
}
