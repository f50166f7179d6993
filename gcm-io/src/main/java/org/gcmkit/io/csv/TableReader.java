package org.gcmkit.io.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gcmkit.io.csv.Table.Group;
import org.gcmkit.io.csv.Table.Member;
import org.gcmkit.io.csv.Table.Nested;
import org.gcmkit.io.csv.Table.Scalar;
import org.gcmkit.io.csv.Table.TextSlot;
import org.gcmkit.io.internal.Places;
import org.gcmkit.io.internal.Problems;
import org.gcmkit.io.internal.TextValues;
import org.gcmkit.io.internal.Utf8;
import org.gcmkit.io.internal.Workers;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Suggestions;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.model.meta.ValueLimits;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Reads one table file row by row: checks its header once, then decodes each row into a model
 * value, reporting each bad cell with its file, line, column and header. Not thread-safe.
 */
final class TableReader implements Closeable {
  private static final Pattern LINE = Pattern.compile("line (\\d+)");
  // FastCSV's message for a cell beyond its parser's buffer.
  private static final Pattern CELL_LIMIT =
      Pattern.compile("maximum buffer size of (\\d+) is insufficient to read the data of a single");

  final Table table;
  final String file;

  /**
   * Takes the problems of reading rows (syntax, encoding, row length, header); while rows are read
   * ahead, the batch being filled, so that they come out among the rows in their places.
   */
  private Consumer<Violation> reading;

  /** The thread reading rows ahead, if one was started. */
  private @Nullable Ahead ahead;

  private final Utf8 utf8;
  private final CloseableIterator<RowText> records;
  private String[] headers = new String[0];
  private long headerLine = 1;

  /** The index of the parent id column, null until found in the header or when missing. */
  private @Nullable Integer parentColumn;

  /** The index of the id column, found with the header; null when missing. */
  private @Nullable Integer idColumn;

  private final Map<Member, Integer> columns = new HashMap<>();

  /** The language columns of each text, as arrays, walked for every row without an iterator. */
  private final Map<TextSlot, LanguageColumns> languageColumns = new HashMap<>();

  private final Map<TextSlot, Integer> orders = new HashMap<>();
  private final Set<TextSlot> missingTexts = new LinkedHashSet<>();
  private long ordinal;
  private boolean ended;
  // Reading stopped at a syntax error or a limit, reported: an empty header is not reported too.
  private boolean stoppedAtError;

  /**
   * The largest file read whole before it is tokenised. FastCSV reading from a stream makes a
   * buffer of 16 K characters (32 KB) for each table, whatever its size: for a package of small
   * tables that was half of the bytes allocated. Reading a small file whole first makes the one
   * string FastCSV then reads. The decoder's problems are kept all the same, and reported at the
   * rows they are on as the rows are read.
   */
  static final int READ_WHOLE = 8 * 1024;

  private TableReader(
      Table table, String file, Consumer<Violation> reading, Utf8 utf8, @Nullable String whole) {
    this.table = table;
    this.file = file;
    this.reading = reading;
    this.utf8 = utf8;
    CsvReader.CsvReaderBuilder csv =
        CsvReader.builder()
            .allowUnclosedQuote(false)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    RowText.Handler rows = new RowText.Handler();
    this.records = (whole != null ? csv.build(rows, whole) : csv.build(rows, utf8)).iterator();
  }

  /**
   * Opens {@code path}, shown as {@code file} in locations, and reads and checks its header; when
   * {@code readAhead} and the file is larger than {@link #READ_AHEAD}, its rows are read on a
   * thread of its own, ahead of {@link #next()}.
   *
   * @throws IOException when the file cannot be opened
   */
  static TableReader open(
      Table table, Path path, String file, Consumer<Violation> reading, boolean readAhead)
      throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
    long size = attributes.size();
    Utf8 utf8 = Utf8.replacing(ZipPackage.open(path), size);
    String whole = null;
    if (size <= READ_WHOLE && attributes.isRegularFile()) {
      try (Utf8 in = utf8) {
        StringBuilder text = new StringBuilder((int) size);
        char[] chunk = new char[(int) size + 1];
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
          text.append(chunk, 0, n);
          // Never more characters than bytes: a file that grew while it was read is not read on.
          if (text.length() > READ_WHOLE) {
            throw new IOException(
                "expected "
                    + file
                    + " to hold at most "
                    + size
                    + " bytes, as when it was opened, but it grew while it was read");
          }
        }
        whole = text.toString();
      }
    }
    TableReader r = new TableReader(table, file, reading, utf8, whole);
    try {
      r.readHeader();
      if (readAhead && size > READ_AHEAD) {
        r.ahead = r.new Ahead(reading);
      }
    } catch (RuntimeException | Error e) {
      // The caller closes only a reader it was given: an I/O error in the header, or a thread
      // that could not be started, would leave the file open.
      try {
        r.close();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    return r;
  }

  /**
   * The smallest file whose rows are read ahead. A smaller table is tokenised in a few milliseconds
   * at most, too little to be worth a thread; a package of small tables, such as a seed's, starts
   * none.
   */
  static final int READ_AHEAD = 256 * 1024;

  /** One data row: its cells, the line of each cell, and its index among the data rows. */
  final class Row {
    private final RowText cells;
    private long @Nullable [] lines;
    final long index;
    final boolean ragged;

    Row(RowText cells, long index, boolean ragged) {
      this.cells = cells;
      this.index = index;
      this.ragged = ragged;
    }

    /** The cell in {@code column}, or empty when there is no such column or cell. */
    String cell(@Nullable Integer column) {
      return column == null || column >= cells.size() ? "" : cells.cell(column);
    }

    /** Whether {@link #cell} would be empty, without making a string of it. */
    boolean empty(@Nullable Integer column) {
      return column == null || column >= cells.size() || cells.empty(column);
    }

    /** The length of {@link #cell}, without making a string of it. */
    int length(int column) {
      return column >= cells.size() ? 0 : cells.end(column) - cells.start(column);
    }

    /** The line of each cell, counted only when a location is made: most rows never need one. */
    long[] lines() {
      long[] l = lines;
      if (l == null) {
        l = TableReader.lines(cells);
        lines = l;
      }
      return l;
    }

    Location at(int column) {
      long[] lines = lines();
      return Location.builder()
          .file(file)
          .line(column < lines.length ? lines[column] : lines[0])
          .column(column + 1)
          .header(column < headers.length ? headers[column] : "")
          .build();
    }

    Location row() {
      return Location.builder().file(file).line(cells.firstLine).build();
    }
  }

  private void readHeader() {
    RowText header = nextRecord();
    if (header == null) {
      if (stoppedAtError) {
        return;
      }
      reading.accept(
          Violation.of(Rule.HEADER_MISSING, "", "expected a header row but " + file + " is empty")
              .location(Location.builder().file(file).line(1).build())
              .build());
      return;
    }
    headerLine = header.firstLine;
    headers = header.cells();
    long[] lines = lines(header);
    attachMalformed(headers, lines);
    Map<String, Object> fixed = new HashMap<>();
    Map<String, TextSlot> texts = new LinkedHashMap<>();
    Map<TextSlot, Map<String, Integer>> languages = new HashMap<>();
    if (table.parentColumn != null) {
      fixed.put(table.parentColumn, table.parentColumn);
    }
    for (Member m : table.allMembers()) {
      if (m instanceof TextSlot textSlot) {
        texts.put(m.header, textSlot);
      } else {
        fixed.put(m.header, m);
      }
    }
    Set<String> seen = new HashSet<>();
    Set<String> suggested = new HashSet<>();
    for (int i = 0; i < headers.length; i++) {
      String h = headers[i];
      if (h.length() > ValueLimits.MAX_NAME_LENGTH) {
        // As JSON refuses a field name this long; the column is ignored.
        reading.accept(
            Violation.of(
                    Rule.LIMIT,
                    "",
                    "expected a column header of at most "
                        + ValueLimits.MAX_NAME_LENGTH
                        + " characters but was one of "
                        + h.length())
                .location(
                    Location.builder()
                        .file(file)
                        .line(lines[i])
                        .column(i + 1)
                        .header(h.substring(0, 20) + "...")
                        .build())
                .build());
        continue;
      }
      Location at = Location.builder().file(file).line(lines[i]).column(i + 1).header(h).build();
      int atSign = h.indexOf('@');
      TextSlot text = atSign < 0 ? null : texts.get(h.substring(0, atSign));
      Object target = text != null ? text : fixed.get(h);
      if (target == null) {
        Optional<String> hint = suggest(h, fixed.keySet(), texts.keySet());
        hint.ifPresent(suggested::add);
        reading.accept(
            Violation.of(
                    Rule.HEADER_UNKNOWN,
                    "",
                    "unknown column '"
                        + h
                        + "'"
                        + hint.map(s -> "; did you mean '" + s + "'?").orElse(""))
                .value(h)
                .suggestion(hint)
                .location(at)
                .build());
        continue;
      }
      if (!seen.add(h)) {
        reading.accept(
            Violation.of(
                    Rule.HEADER_DUPLICATE,
                    "",
                    "expected each column once but '"
                        + h
                        + "' is also column "
                        + (indexOf(h) + 1)
                        + "; this column is ignored")
                .value(h)
                .location(at)
                .build());
        continue;
      }
      if (text != null) {
        String language = h.substring(atSign + 1);
        if (h.endsWith(Table.ORDER)) {
          orders.put(text, i);
        } else {
          languages.computeIfAbsent(text, t -> new LinkedHashMap<>()).put(language, i);
        }
      } else if (target instanceof Member member) {
        columns.put(member, i);
      } else {
        parentColumn = i;
      }
    }
    List<String> missing = new ArrayList<>();
    if (table.parentColumn != null
        && parentColumn == null
        && !suggested.contains(table.parentColumn)) {
      missing.add(table.parentColumn);
    }
    for (Member m : table.requiredMembers().values()) {
      // A misspelt header already names the column it should be: one error, not two.
      if (m instanceof TextSlot textSlot) {
        if (!languages.containsKey(m)
            && !orders.containsKey(m)
            && suggested.stream().noneMatch(x -> x.startsWith(m.header + "@"))) {
          missingTexts.add(textSlot);
        }
      } else if (!columns.containsKey(m) && !suggested.contains(m.header)) {
        missing.add(m.header);
      }
    }
    if (table.kind == Table.Kind.TEXTS && !languages.containsKey(table.text())) {
      missingTexts.add(table.text());
    }
    languages.forEach((slot, cols) -> languageColumns.put(slot, new LanguageColumns(cols)));
    idColumn = idColumn();
    for (String h : missing) {
      reportMissing(h);
    }
  }

  private void reportMissing(String header) {
    reading.accept(
        Violation.of(Rule.HEADER_MISSING, "", "missing required column '" + header + "'")
            .value(header)
            .location(Location.builder().file(file).line(headerLine).build())
            .build());
  }

  private int indexOf(String header) {
    for (int i = 0; i < headers.length; i++) {
      if (headers[i].equals(header)) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<String> suggest(
      String h, Collection<String> fixed, Collection<String> texts) {
    int atSign = h.indexOf('@');
    String suffix = atSign >= 0 ? h.substring(atSign) : "@en";
    List<String> candidates = new ArrayList<>(fixed);
    texts.forEach(t -> candidates.add(t + suffix));
    return Suggestions.closest(h, candidates);
  }

  /** Whether the table has a column for its parent's id, so rows can be matched to parents. */
  boolean hasParentColumn() {
    return parentColumn != null;
  }

  /** Whether the table has an {@code id} column. */
  boolean hasIdColumn() {
    return idColumn != null;
  }

  /** The next data row, or null at the end of the file or after a syntax error. */
  @Nullable Row next() {
    Ahead a = ahead;
    return a == null ? read() : a.next();
  }

  /** Reads the next data row, reporting the problems of reading it; see {@link #next()}. */
  private @Nullable Row read() {
    RowText cells = nextRecord();
    if (cells == null) {
      flushMalformed();
      return null;
    }
    boolean ragged = cells.size() != headers.length;
    Row row = new Row(cells, ordinal++, ragged);
    if (!utf8.malformed().isEmpty()) {
      attachMalformed(cells.cells(), row.lines());
    }
    if (ragged) {
      reading.accept(
          Violation.of(
                  Rule.ROW_LENGTH,
                  "",
                  "expected "
                      + headers.length
                      + " cells as in the header but the row has "
                      + cells.size()
                      + "; the row is not read")
              .location(row.row())
              .build());
    }
    if (!missingTexts.isEmpty()) {
      missingTexts.forEach(t -> reportMissing(t.header + "@<language>"));
      missingTexts.clear();
    }
    return row;
  }

  /** The next row as tokenised, or null at the end or after a syntax error, which it reports. */
  private @Nullable RowText nextRecord() {
    if (ended) {
      return null;
    }
    try {
      if (records.hasNext()) {
        return records.next();
      }
    } catch (CsvParseException e) {
      String found = String.valueOf(e.getMessage());
      Matcher m = LINE.matcher(found);
      Location.Builder at = Location.builder().file(file);
      String line = "?";
      if (m.find()) {
        line = m.group(1);
        at.line(Long.parseLong(line));
      }
      Rule rule = Rule.CSV_SYNTAX;
      String message = "expected well-formed CSV but " + found;
      Matcher cellLimit = CELL_LIMIT.matcher(found);
      if (e instanceof RowText.OverLimit) {
        rule = Rule.LIMIT;
        message = found;
      } else if (cellLimit.find()) {
        // FastCSV's parser stops a cell at its buffer's size: a limit, as the row's is.
        rule = Rule.LIMIT;
        message =
            "expected at most "
                + cellLimit.group(1)
                + " characters in a cell but a cell of the row starting at line "
                + line
                + " is longer (or opens a quote that is not closed)";
      } else if (found.startsWith("Unclosed quoted field")) {
        message =
            "expected a closing quote but a quoted cell of the row starting at line "
                + line
                + " runs to the end of the file";
      }
      stoppedAtError = true;
      reading.accept(Violation.of(rule, "", message).location(at.build()).build());
    }
    ended = true;
    return null;
  }

  /** The line of each cell: the row's first line plus the line breaks in the cells before it. */
  private static long[] lines(RowText cells) {
    long[] lines = new long[Math.max(1, cells.size())];
    long line = cells.firstLine;
    for (int i = 0; i < cells.size(); i++) {
      lines[i] = line;
      line += breaks(cells.text, cells.start(i), cells.end(i));
    }
    if (cells.size() == 0) {
      lines[0] = line;
    }
    return lines;
  }

  private static int breaks(String s) {
    return breaks(s, 0, s.length());
  }

  /** The line breaks in {@code s} from {@code start} to {@code end}: LF, CR LF or a lone CR. */
  private static int breaks(String s, int start, int end) {
    int n = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == end || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  /** Reports the malformed bytes decoded on the lines of this row at the cell that holds them. */
  private void attachMalformed(String[] cells, long[] lines) {
    long last = lines[lines.length - 1] + (cells.length == 0 ? 0 : breaks(cells[cells.length - 1]));
    Iterator<Utf8.Malformed> it = utf8.malformed().iterator();
    while (it.hasNext()) {
      Utf8.Malformed bad = it.next();
      if (bad.line > last) {
        break;
      }
      it.remove();
      Location.Builder at = Location.builder().file(file).line(bad.line);
      @Nullable String value = null;
      for (int i = 0; i < cells.length; i++) {
        long end = lines[i] + breaks(cells[i]);
        if (cells[i].indexOf('\uFFFD') >= 0 && lines[i] <= bad.line && bad.line <= end) {
          at.column(i + 1).header(i < headers.length ? headers[i] : "");
          value = cells[i];
          break;
        }
      }
      reading.accept(encoding(bad, at.build(), value));
    }
  }

  private void flushMalformed() {
    for (Utf8.Malformed bad : utf8.malformed()) {
      reading.accept(encoding(bad, Location.builder().file(file).line(bad.line).build(), null));
    }
    utf8.malformed().clear();
  }

  private static Violation encoding(Utf8.Malformed bad, Location at, @Nullable String value) {
    return Violation.of(
            Rule.ENCODING,
            "",
            "expected UTF-8 but found the invalid bytes "
                + bad.bytes
                + " at byte offset "
                + bad.offset
                + "; read as U+FFFD")
        .value(Optional.ofNullable(value))
        .location(at)
        .build();
  }

  /** The id in the {@code id} column of a record row, unparsed, or empty. */
  String id(Row row) {
    String cell = row.cell(idColumn);
    return cell.isEmpty() ? "" : Cells.unprotect(cell);
  }

  /** The column of the table's {@code id}, or null when it has none (a table of texts has none). */
  private @Nullable Integer idColumn() {
    for (Member m : table.groupIfAny().map(g -> g.members).orElse(List.of())) {
      if (m.header.equals("id")) {
        return columns.get(m);
      }
    }
    return null;
  }

  /** The parent id of a child row, or empty. */
  String parentId(Row row) {
    String cell = row.cell(parentColumn);
    return cell.isEmpty() ? "" : Cells.unprotect(cell);
  }

  /** The location of the parent id cell of a child row. */
  Location parentAt(Row row) {
    return parentColumn == null ? row.row() : row.at(parentColumn);
  }

  /**
   * A decoder of this table's rows that reports to {@code problems}: the rows are read on one
   * thread and may be decoded on others, each with the problems of its own part of the input.
   */
  Decoder decoder(Problems problems) {
    return new Decoder(problems);
  }

  /**
   * Decodes rows into model values, reporting each bad cell; reads only what the header set, so
   * that decoders of one table may run on several threads.
   */
  final class Decoder {
    private final Problems problems;

    private Decoder(Problems problems) {
      this.problems = problems;
    }

    /**
     * Decodes a row whose value sits at {@code pointer}, putting the location of each of its
     * pointers in {@code where}.
     *
     * @return the record, object or text, or null when a required value is missing or unreadable
     */
    @Nullable Object decode(Row row, String pointer, Places where) {
      where.whole(pointer, 0, -1, row);
      if (table.kind == Table.Kind.TEXTS) {
        Text t = text(table.text(), row, pointer, where);
        if (t == null) {
          problems.format(
              Violation.of(
                      Rule.REQUIRED,
                      pointer,
                      "expected a text in at least one language but the row has none")
                  .location(row.row())
                  .build());
        }
        return t;
      }
      Object builder = decodeBuilder(row, pointer, where);
      return builder == null ? null : build(builder, row, pointer);
    }

    /**
     * Decodes the cells of a row of a record or object table into a builder, so that the caller can
     * add the lists read from child tables; null when a required value is missing or unreadable.
     */
    @Nullable Object decodeBuilder(Row row, String pointer, Places where) {
      where.whole(pointer, 0, -1, row);
      Decoded d = group(table.group(), row, pointer, where);
      return d.buildable ? d.builder : null;
    }

    /**
     * Builds the value of a builder from {@link #decodeBuilder}, or null when it cannot be built.
     */
    @Nullable Object build(Object builder, Row row, String pointer) {
      return build(table.group(), builder, row, pointer);
    }

    private @Nullable Object build(Group g, Object builder, Row row, String pointer) {
      try {
        return g.shape.build(builder);
      } catch (IllegalStateException e) {
        problems.format(
            Violation.of(
                    Rule.REQUIRED, pointer, "expected every required value but " + e.getMessage())
                .location(row.row())
                .build());
        return null;
      }
    }

    private static final class Decoded {
      final Object builder;
      boolean buildable = true;
      boolean touched;

      Decoded(Object builder) {
        this.builder = builder;
      }
    }

    private Decoded group(Group g, Row row, String pointer, Places where) {
      Decoded d = new Decoded(g.shape.newBuilder());
      // Indexed, not iterated: an iterator per row and group was 2 % of the bytes read allocated.
      for (int i = 0; i < g.members.size(); i++) {
        Member m = g.members.get(i);
        boolean required = m.property.cardinality() == Cardinality.REQUIRED;
        if (m instanceof Scalar scalar) {
          // A scalar's pointer is made only if it is reported or located.
          scalar(scalar, row, pointer, where, d);
          continue;
        }
        if (m instanceof TextSlot textSlot) {
          Text t = text(textSlot, row, pointer, where);
          if (t != null) {
            m.property.set(d.builder, t);
            d.touched = true;
          } else if (required) {
            d.buildable = false;
            LanguageColumns cols = languageColumns.get(m);
            if (cols != null) {
              problems.format(
                  Violation.of(
                          Rule.REQUIRED,
                          pointer + m.segment,
                          "expected a value in at least one of the columns "
                              + String.join(", ", headersOf(cols.columns))
                              + " but all are empty")
                      .location(row.at(cols.columns[0]))
                      .value("")
                      .build());
            }
          }
        } else {
          String at = pointer + m.segment;
          Nested n = (Nested) m;
          Integer presence = columns.get(n);
          if (!required && row.empty(presence) && !anyCell(n.group, row)) {
            // Absent: not decoded, or its required members would be reported missing.
            continue;
          }
          if (presence != null) {
            where.whole(at, 0, presence, row);
          } else {
            where.whole(at, 0, -1, row);
          }
          Decoded inner = group(n.group, row, at, where);
          boolean present = inner.touched || !row.empty(presence);
          if (present || required) {
            d.touched |= present;
            if (inner.buildable) {
              Object value = build(n.group, inner.builder, row, at);
              if (value != null) {
                m.property.set(d.builder, value);
              } else if (required) {
                d.buildable = false;
              }
            } else if (required) {
              d.buildable = false;
            }
          }
        }
      }
      return d;
    }

    /** Whether a cell of {@code g}'s columns is non-empty in {@code row}: the object is present. */
    private boolean anyCell(Group g, Row row) {
      for (int i = 0; i < g.members.size(); i++) {
        Member m = g.members.get(i);
        if (m instanceof Scalar) {
          if (!row.empty(columns.get(m))) {
            return true;
          }
        } else if (m instanceof TextSlot) {
          if (!row.empty(orders.get(m))) {
            return true;
          }
          for (int c : languageColumns.getOrDefault(m, LanguageColumns.NONE).columns) {
            if (!row.empty(c)) {
              return true;
            }
          }
        } else if (!row.empty(columns.get(m)) || anyCell(((Nested) m).group, row)) {
          return true;
        }
      }
      return false;
    }

    private List<String> headersOf(int[] cols) {
      List<String> out = new ArrayList<>();
      for (int c : cols) {
        out.add(headers[c]);
      }
      return out;
    }

    private void scalar(Scalar m, Row row, String prefix, Places where, Decoded d) {
      Integer col = columns.get(m);
      if (col == null) {
        // No column: the value is empty, and a missing required column was reported with the
        // header.
        if (m.property.cardinality() == Cardinality.REQUIRED) {
          d.buildable = false;
        }
        return;
      }
      where.segment(prefix, m.segment, 0, col, row);
      String cell = row.cell(col);
      ValueKind kind = m.property.kind();
      Class<?> type = m.property.elementType();
      if (cell.isEmpty()) {
        if (m.property.cardinality() == Cardinality.REQUIRED) {
          d.buildable = false;
          problems.format(
              Violation.of(
                      Rule.REQUIRED,
                      prefix + m.segment,
                      "expected a value for required column '"
                          + m.header
                          + "' but the cell is empty")
                  .value("")
                  .location(row.at(col))
                  .build());
        }
        return;
      }
      d.touched = true;
      // The index of the list item being parsed, so that a bad item is reported at its own pointer
      // (/dates/1), as the JSON reader reports it; -1 for the cell as a whole.
      int index = -1;
      try {
        if (m.property.cardinality() == Cardinality.LIST) {
          List<String> items = Cells.splitList(cell);
          List<Object> values = new ArrayList<>(items.size());
          for (index = 0; index < items.size(); index++) {
            values.add(Cells.parse(kind, type, items.get(index)));
          }
          m.property.set(d.builder, values);
        } else {
          String text = kind == ValueKind.DECIMAL ? cell : Cells.unprotect(cell);
          m.property.set(d.builder, Cells.parse(kind, type, text));
        }
      } catch (ValueLimits.LimitException e) {
        // The cell is not echoed: it is what is too long.
        problems.format(
            Violation.of(Rule.LIMIT, prefix + m.segment, message(e)).location(row.at(col)).build());
        if (m.property.cardinality() == Cardinality.REQUIRED) {
          d.buildable = false;
        }
      } catch (IllegalArgumentException e) {
        String pointer = prefix + m.segment + (index >= 0 ? "/" + index : "");
        Violation.Builder v =
            Violation.of(Rule.VALUE_SYNTAX, pointer, message(e)).value(cell).location(row.at(col));
        if (kind == ValueKind.ENUM) {
          for (String item :
              m.property.cardinality() == Cardinality.LIST
                  ? safeSplit(cell)
                  : List.of(Cells.unprotect(cell))) {
            if (!Scalars.codes(type).contains(item)) {
              v.suggestion(Suggestions.closest(item, Scalars.codes(type)));
              break;
            }
          }
        }
        problems.format(v.build());
        if (m.property.cardinality() == Cardinality.REQUIRED) {
          d.buildable = false;
        }
      }
    }

    private static List<String> safeSplit(String cell) {
      try {
        return Cells.splitList(cell);
      } catch (IllegalArgumentException e) {
        return List.of();
      }
    }

    /**
     * The text in the columns of {@code slot} of the value at {@code pointer}, or null when it has
     * none. Its pointer is made only if a problem is reported: making it for every row was 8 % of
     * the bytes reading a package allocated.
     */
    private @Nullable Text text(TextSlot slot, Row row, String pointer, Places where) {
      LanguageColumns cols = languageColumns.getOrDefault(slot, LanguageColumns.NONE);
      Integer orderCol = orders.get(slot);
      // The text as a whole is at its first language read, else its first language column, else
      // its order column.
      int first = -1;
      for (int c : cols.columns) {
        if (!row.empty(c) && !tooLong(row, c)) {
          first = c;
          break;
        }
      }
      if (first < 0 && cols.columns.length > 0) {
        first = cols.columns[0];
      }
      if (first < 0 && orderCol != null) {
        first = orderCol;
      }
      int whole = where.segment(pointer, slot.segment, 0, first, row);
      TextValues values = new TextValues();
      for (int i = 0; i < cols.columns.length; i++) {
        int c = cols.columns[i];
        where.field(whole, cols.tags[i], 0, c, row);
        if (row.empty(c)) {
          continue;
        }
        if (tooLong(row, c)) {
          // Reported, and the text read without this language.
          problems.format(
              Violation.of(
                      Rule.LIMIT,
                      pointer + slot.segment + "/" + ReportParts.pointerToken(cols.tags[i]),
                      ValueLimits.tooLongText(Cells.unprotect(row.cell(c)).length()))
                  .location(row.at(c))
                  .build());
        } else {
          values.put(cols.tags[i], Cells.unprotect(row.cell(c)));
        }
      }
      String order = orderCol == null ? "" : row.cell(orderCol);
      if (orderCol == null || order.isEmpty()) {
        return values.isEmpty() ? null : values.text();
      }
      String at = pointer + slot.segment;
      List<String> languages;
      try {
        languages = order.equals(Cells.PRESENT_EMPTY) ? List.of() : Cells.splitList(order);
      } catch (IllegalArgumentException e) {
        problems.format(
            Violation.of(Rule.VALUE_SYNTAX, at, message(e))
                .value(order)
                .location(row.at(orderCol))
                .build());
        return values.isEmpty() ? null : values.text();
      }
      Map<String, String> byLanguage = values.asMap();
      if (!new LinkedHashSet<>(languages).equals(byLanguage.keySet())
          || languages.size() != byLanguage.size()) {
        problems.format(
            Violation.of(
                    Rule.VALUE_SYNTAX,
                    at,
                    "expected the languages of the non-empty cells ("
                        + String.join("|", byLanguage.keySet())
                        + ") in some order but was '"
                        + order
                        + "'")
                .value(order)
                .location(row.at(orderCol))
                .build());
        return values.isEmpty() ? null : values.text();
      }
      Map<String, String> ordered = new LinkedHashMap<>();
      languages.forEach(l -> ordered.put(l, byLanguage.get(l)));
      return Text.of(ordered);
    }

    /** Whether the value in cell {@code col} is beyond the length of one text value. */
    private static boolean tooLong(Row row, int col) {
      // The apostrophe unprotect removes is at most one character: only a cell that long is made.
      return row.length(col) > ValueLimits.MAX_STRING_LENGTH
          && Cells.unprotect(row.cell(col)).length() > ValueLimits.MAX_STRING_LENGTH;
    }

    /**
     * The message of a parse error. The parsers of Scalars and Cells always give one; should one
     * not, the report says so rather than the read failing, as the JSON reader does.
     */
    private static String message(IllegalArgumentException e) {
      return String.valueOf(e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    Ahead a = ahead;
    if (a != null) {
      a.stop();
    }
    records.close();
  }

  /**
   * Reads the rows of a large table on a thread of its own, a few batches ahead of {@link #next()},
   * with the problems of reading them in their places among them. Decoding UTF-8 and tokenising
   * were most of the calling thread's work when a package was read on several threads: it also
   * gathers child rows and merges every part, so it held the others back (BENCHMARKS.md).
   */
  private final class Ahead implements Runnable {
    /** The rows of a batch: enough that handing a batch over costs little beside reading them. */
    private static final int ROWS = 256;

    /** The batches read and not yet taken: with the one being taken, the memory read ahead. */
    private static final int BATCHES = 4;

    private final BlockingQueue<List<Object>> batches = new ArrayBlockingQueue<>(BATCHES);
    private final Consumer<Violation> to;
    private final Workers workers = new Workers("gcm-csv-" + file);
    private final Thread thread;
    // Set by stop(); the thread is never interrupted, as an interrupt during a read closes the
    // channel that a zip archive's entries share: every other table of the package would fail.
    private volatile boolean stopped;

    // The reading thread's: the batch being filled, of rows and the problems found among them.
    private List<Object> filling = new ArrayList<>(ROWS);

    // The calling thread's: the batch being taken, and how far.
    private List<Object> taking = List.of();
    private int taken;

    Ahead(Consumer<Violation> to) {
      this.to = to;
      reading = v -> filling.add(v);
      thread = workers.newThread(this);
      thread.start();
    }

    @Override
    public void run() {
      try {
        for (Row row = read(); row != null; row = read()) {
          if (stopped) {
            return;
          }
          filling.add(row);
          if (filling.size() >= ROWS) {
            if (!handOver(filling)) {
              return;
            }
            filling = new ArrayList<>(ROWS);
          }
        }
        filling.add(End.END);
      } catch (RuntimeException | Error e) {
        // Thrown by next(), where reading on the calling thread would have thrown it.
        filling.add(new Failed(e));
      }
      handOver(filling);
    }

    /** Queues a batch for next(); false when stopped first (nobody takes it). */
    private boolean handOver(List<Object> batch) {
      try {
        while (!stopped) {
          if (batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            return true;
          }
        }
      } catch (InterruptedException e) {
        // Not stop()'s doing; whoever interrupted this thread ends it.
      }
      return false;
    }

    @Nullable Row next() {
      while (true) {
        if (taken == taking.size()) {
          taking = take();
          taken = 0;
        }
        Object o = taking.get(taken++);
        if (o instanceof Row row) {
          return row;
        } else if (o instanceof Violation v) {
          to.accept(v);
        } else if (o instanceof Failed failed) {
          taken--;
          throw failed.rethrow();
        } else {
          taken--;
          return null;
        }
      }
    }

    private List<Object> take() {
      try {
        while (true) {
          List<Object> batch = batches.poll(100, TimeUnit.MILLISECONDS);
          if (batch != null) {
            return batch;
          }
          if (!thread.isAlive() && batches.isEmpty()) {
            // Only an error that even handing over failed to hand over (out of memory) gets here;
            // waiting on would hang.
            throw new IllegalStateException(
                "expected the rows of " + file + " from its reading thread, but it ended");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + file, e);
      }
    }

    /** Stops the thread after the row it is reading, if any, and waits for it to end. */
    void stop() {
      stopped = true;
      workers.join();
    }
  }

  /**
   * The language columns of a text, in header order: {@code tags[i]} is in column {@code
   * columns[i]}.
   */
  private static final class LanguageColumns {
    static final LanguageColumns NONE = new LanguageColumns(Map.of());

    final String[] tags;
    final int[] columns;

    LanguageColumns(Map<String, Integer> byTag) {
      tags = byTag.keySet().toArray(new String[0]);
      columns = byTag.values().stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The end of a table read ahead. */
  private enum End {
    END
  }

  /** What reading ahead threw: an unchecked exception or an error, thrown again by next(). */
  private record Failed(Throwable thrown) {
    RuntimeException rethrow() {
      if (thrown instanceof Error e) {
        throw e;
      }
      return (RuntimeException) thrown;
    }
  }
}
