package org.gcmkit.cli.serve;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * What the page shows around a problem: for JSON, the lines around it with the column marked; for
 * CSV, the table's header and the offending row with the bad cell's index. Each file is read once,
 * up to the last line needed, and every kept text is cut to a window, so a file of long lines or
 * huge cells gives small answers.
 */
final class Contexts {
  /** Lines shown before and after a problem's line. */
  static final int AROUND = 2;

  /** Characters kept of a line before a problem's column, and in all. */
  static final int BEFORE = 120;

  static final int WIDTH = 320;

  /** Characters kept of a CSV cell. */
  static final int CELL = 200;

  private Contexts() {}

  /** One context per violation of {@code report}, in its order; null where none is shown. */
  static List<@Nullable Map<String, Object>> of(
      ValidationServer.Kind kind, Path file, ValidationReport report, int max) throws IOException {
    List<Violation> violations = report.getViolations();
    List<@Nullable Map<String, Object>> contexts = new ArrayList<>(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      contexts.add(null);
    }
    int shown = Math.min(max, violations.size());
    if (kind == ValidationServer.Kind.CSV_PACKAGE) {
      csv(file, violations, shown, contexts);
    } else {
      json(file, violations, shown, contexts);
    }
    return contexts;
  }

  private static void json(
      Path file,
      List<Violation> violations,
      int shown,
      List<@Nullable Map<String, Object>> contexts)
      throws IOException {
    // The first column marked on each needed line decides the window kept of it.
    TreeMap<Long, Integer> needed = new TreeMap<>();
    for (int i = 0; i < shown; i++) {
      Location at = violations.get(i).getLocation().orElse(null);
      if (at == null || at.getLine().isEmpty()) {
        continue;
      }
      long line = at.getLine().getAsLong();
      int column = at.getColumn().orElse(1);
      for (long l = Math.max(1, line - AROUND); l <= line + AROUND; l++) {
        needed.merge(l, l == line ? column : Integer.MAX_VALUE, Math::min);
      }
    }
    if (needed.isEmpty()) {
      return;
    }
    Map<Long, Window> lines = readLines(file, needed);
    for (int i = 0; i < shown; i++) {
      Location at = violations.get(i).getLocation().orElse(null);
      if (at == null || at.getLine().isEmpty()) {
        continue;
      }
      long line = at.getLine().getAsLong();
      List<Map<String, Object>> around = new ArrayList<>();
      for (long l = Math.max(1, line - AROUND); l <= line + AROUND; l++) {
        Window w = lines.get(l);
        if (w != null) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("number", l);
          entry.put("text", w.text.toString());
          entry.put("from", w.from);
          entry.put("cut", w.cut);
          around.add(entry);
        }
      }
      Map<String, Object> context = new LinkedHashMap<>();
      context.put("type", "lines");
      context.put("line", line);
      context.put("column", at.getColumn().orElse(0));
      context.put("lines", around);
      contexts.set(i, context);
    }
  }

  /** Part of one line: its text from column {@code from} (1-based), and whether more followed. */
  private static final class Window {
    final StringBuilder text = new StringBuilder();
    final int from;
    boolean cut;

    Window(int from) {
      this.from = from;
    }
  }

  private static Map<Long, Window> readLines(Path file, NavigableMap<Long, Integer> needed)
      throws IOException {
    Map<Long, Window> out = new HashMap<>();
    long last = needed.lastKey();
    try (Reader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
      long line = 1;
      int column = 1;
      Window current = null;
      int c;
      while ((c = in.read()) != -1 && line <= last) {
        if (column == 1) {
          Integer marked = needed.get(line);
          current =
              marked == null
                  ? null
                  : new Window(marked == Integer.MAX_VALUE ? 1 : Math.max(1, marked - BEFORE));
          if (current != null) {
            out.put(line, current);
          }
        }
        if (c == '\n') {
          line++;
          column = 1;
          continue;
        }
        if (current != null && c != '\r' && column >= current.from) {
          if (current.text.length() < WIDTH) {
            current.text.append((char) c);
          } else {
            current.cut = true;
          }
        }
        column++;
      }
    }
    return out;
  }

  private static void csv(
      Path zip, List<Violation> violations, int shown, List<@Nullable Map<String, Object>> contexts)
      throws IOException {
    Map<String, TreeMap<Long, List<Integer>>> byFile = new LinkedHashMap<>();
    for (int i = 0; i < shown; i++) {
      Location at = violations.get(i).getLocation().orElse(null);
      if (at == null || at.getFile().isEmpty() || at.getLine().isEmpty()) {
        continue;
      }
      byFile
          .computeIfAbsent(at.getFile().get(), f -> new TreeMap<>())
          .computeIfAbsent(at.getLine().getAsLong(), l -> new ArrayList<>())
          .add(i);
    }
    try (ZipFile archive = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, TreeMap<Long, List<Integer>>> e : byFile.entrySet()) {
        ZipEntry entry = find(archive, e.getKey());
        if (entry == null) {
          continue;
        }
        rows(archive, entry, e.getKey(), e.getValue(), violations, contexts);
      }
    } catch (java.util.zip.ZipException e) {
      // A damaged archive: its problem is in the report, with no row to show.
    }
  }

  private static @Nullable ZipEntry find(ZipFile archive, String file) {
    ZipEntry exact = archive.getEntry(file);
    if (exact != null) {
      return exact;
    }
    // The package in the archive's only folder, as zipping a package folder gives.
    return archive.stream()
        .filter(e -> !e.isDirectory() && e.getName().endsWith("/" + file))
        .filter(e -> e.getName().indexOf('/') == e.getName().length() - file.length() - 1)
        .findFirst()
        .orElse(null);
  }

  private static void rows(
      ZipFile archive,
      ZipEntry entry,
      String file,
      NavigableMap<Long, List<Integer>> wanted,
      List<Violation> violations,
      List<@Nullable Map<String, Object>> contexts)
      throws IOException {
    long last = wanted.lastKey();
    try (Reader in = new InputStreamReader(archive.getInputStream(entry), StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv =
            CsvReader.builder()
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(in)) {
      List<String> header = null;
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (header == null) {
          header = cut(record.getFields());
          continue;
        }
        if (line > last) {
          break;
        }
        List<Integer> at = wanted.get(line);
        if (at == null) {
          continue;
        }
        List<String> cells = cut(record.getFields());
        for (int i : at) {
          Location location = violations.get(i).getLocation().orElseThrow();
          Map<String, Object> context = new LinkedHashMap<>();
          context.put("type", "row");
          context.put("file", file);
          context.put("line", line);
          context.put("header", header);
          context.put("cells", cells);
          context.put("cell", location.getHeader().map(header::indexOf).orElse(-1));
          contexts.set(i, context);
        }
      }
    } catch (RuntimeException e) {
      // A row FastCSV refuses (a field over its limit): its problem is in the report.
    }
  }

  private static List<String> cut(List<String> fields) {
    List<String> out = new ArrayList<>(Math.min(fields.size(), 200));
    for (String f : fields.subList(0, Math.min(fields.size(), 200))) {
      out.add(f.length() > CELL ? f.substring(0, CELL) + "…" : f);
    }
    return out;
  }
}
