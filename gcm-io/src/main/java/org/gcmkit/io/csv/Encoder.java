package org.gcmkit.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gcmkit.io.csv.Table.Group;
import org.gcmkit.io.csv.Table.Member;
import org.gcmkit.io.csv.Table.Nested;
import org.gcmkit.io.csv.Table.Scalar;
import org.gcmkit.io.csv.Table.TextSlot;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordId;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.ValueKind;

/**
 * Turns the records of a dataset into the cells of one table: its header, derived from the table's
 * members and the languages and markers the data needs, and its rows in dataset order. Not
 * thread-safe; one instance per table.
 */
final class Encoder {
  private final Table table;

  /** Languages of each text, in order of first appearance: the order of its columns. */
  private final Map<TextSlot, Set<String>> languages = new HashMap<>();

  /** Order and presence columns that some row needs. */
  private final Set<String> markers = new HashSet<>();

  private Encoder(Table table) {
    this.table = table;
  }

  /** The encoded table: header and rows, each row's cells in header order. */
  static Encoded encode(Table table, Dataset dataset) {
    Encoder e = new Encoder(table);
    List<Object[]> rows = e.rows(dataset);
    // First pass: the language columns, whose order decides which texts need an order cell.
    for (Object[] row : rows) {
      e.encodeRow(row, new HashMap<>());
    }
    e.markers.clear();
    List<Map<String, String>> encoded = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Map<String, String> cells = new HashMap<>();
      e.encodeRow(row, cells);
      encoded.add(cells);
    }
    List<String> headers = e.headers();
    List<List<String>> out = new ArrayList<>(encoded.size());
    for (Map<String, String> cells : encoded) {
      List<String> line = new ArrayList<>(headers.size());
      for (String h : headers) {
        line.add(cells.getOrDefault(h, ""));
      }
      out.add(line);
    }
    return new Encoded(table, headers, out);
  }

  /** A table's header and rows of cells. */
  static final class Encoded {
    final Table table;
    final List<String> headers;
    final List<List<String>> rows;

    Encoded(Table table, List<String> headers, List<List<String>> rows) {
      this.table = table;
      this.headers = headers;
      this.rows = rows;
    }
  }

  /** Each row as {parent id or null, bean}. */
  private List<Object[]> rows(Dataset dataset) {
    List<Object[]> rows = new ArrayList<>();
    for (Object record : table.type.recordsOf(dataset)) {
      if (table.kind == Table.Kind.RECORDS) {
        rows.add(new Object[] {null, record});
      } else {
        String id =
            ((RecordId)
                    Table.of(table.type)
                        .group()
                        .shape
                        .property("id")
                        .orElseThrow()
                        .values(record)
                        .get(0))
                .value();
        for (Object item : table.listProperty().values(record)) {
          rows.add(new Object[] {id, item});
        }
      }
    }
    return rows;
  }

  private void encodeRow(Object[] row, Map<String, String> cells) {
    if (row[0] != null) {
      String column =
          Objects.requireNonNull(table.parentColumn, "only a child table's rows have a parent id");
      cells.put(column, Cells.protect((String) row[0]));
    }
    if (table.kind == Table.Kind.TEXTS) {
      encodeText(table.text(), (Text) row[1], cells);
    } else {
      encodeGroup(table.group(), row[1], cells);
    }
  }

  private void encodeGroup(Group g, Object bean, Map<String, String> cells) {
    for (Member m : g.members) {
      List<Object> values = m.property.values(bean);
      if (m instanceof Scalar) {
        ValueKind kind = m.property.kind();
        if (m.property.cardinality() == Cardinality.LIST) {
          List<String> items = new ArrayList<>(values.size());
          for (Object v : values) {
            items.add(m.property.format(v));
          }
          put(cells, m.header, Cells.joinList(items));
        } else if (!values.isEmpty()) {
          String text = m.property.format(values.get(0));
          // Numbers are never formulas, and tools that read numbers must see them as written.
          cells.put(m.header, kind == ValueKind.DECIMAL ? text : Cells.protect(text));
        }
      } else if (values.isEmpty()) {
        // An absent text or object leaves its cells empty.
      } else if (m instanceof TextSlot textSlot) {
        encodeText(textSlot, (Text) values.get(0), cells);
      } else {
        int before = cells.size();
        encodeGroup(((Nested) m).group, values.get(0), cells);
        if (cells.size() == before) {
          // A present object with no value at all: without a marker it would read as absent.
          cells.put(m.header, Cells.PRESENT_EMPTY);
          markers.add(m.header);
        }
      }
    }
  }

  private void encodeText(TextSlot slot, Text text, Map<String, String> cells) {
    Set<String> known = languages.computeIfAbsent(slot, s -> new LinkedHashSet<>());
    Map<String, String> values = Scalars.writtenValues(text);
    known.addAll(values.keySet());
    for (Map.Entry<String, String> e : values.entrySet()) {
      cells.put(slot.column(e.getKey()), Cells.protect(e.getValue()));
    }
    List<String> own = new ArrayList<>(values.keySet());
    List<String> columnOrder = new ArrayList<>(known);
    columnOrder.retainAll(values.keySet());
    if (own.isEmpty()) {
      cells.put(slot.orderColumn(), Cells.PRESENT_EMPTY);
      markers.add(slot.orderColumn());
    } else if (!own.equals(columnOrder)) {
      cells.put(slot.orderColumn(), Cells.joinList(own));
      markers.add(slot.orderColumn());
    }
  }

  private static void put(Map<String, String> cells, String header, String cell) {
    if (!cell.isEmpty()) {
      cells.put(header, cell);
    }
  }

  private List<String> headers() {
    List<String> headers = new ArrayList<>();
    if (table.parentColumn != null) {
      headers.add(table.parentColumn);
    }
    for (Member m : table.allMembers()) {
      if (m instanceof Scalar) {
        headers.add(m.header);
      } else if (m instanceof TextSlot t) {

        for (String language : languages.getOrDefault(t, Set.of())) {
          headers.add(t.column(language));
        }
        if (markers.contains(t.orderColumn())) {
          headers.add(t.orderColumn());
        }
      } else if (markers.contains(m.header)) {
        headers.add(m.header);
      }
    }
    return headers;
  }
}
