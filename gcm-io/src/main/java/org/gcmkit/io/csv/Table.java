package org.gcmkit.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;
import org.jspecify.annotations.Nullable;

/**
 * One CSV table of the package, derived from the model's {@link Shape}: a table of records ({@code
 * meetings}), of the objects of a list property ({@code meetings-participations}), or of the texts
 * of a list of multilingual texts ({@code actors-aliases}). Immutable.
 */
final class Table {
  /** What one row of the table is. */
  enum Kind {
    /** A top-level record. */
    RECORDS,
    /** One object of a list property of a record. */
    OBJECTS,
    /** One {@code Text} of a list property of a record. */
    TEXTS
  }

  /** A column or group of columns of a table. */
  abstract static class Member {
    final Property property;
    final String header;
    final String pointer;

    /** The last segment of the pointer, such as "/name", appended to the pointer of its row. */
    final String segment;

    Member(Property property, String header, String pointer) {
      this.property = property;
      this.header = header;
      this.pointer = pointer;
      this.segment = pointer.substring(Math.max(0, pointer.lastIndexOf('/')));
    }
  }

  /** One column of a scalar, or of a list of scalars in a multi-valued cell. */
  static final class Scalar extends Member {
    Scalar(Property property, String header, String pointer) {
      super(property, header, pointer);
    }
  }

  /** The columns {@code header@LANG} of a {@code Text}, and its language-order column. */
  static final class TextSlot extends Member {
    TextSlot(Property property, String header, String pointer) {
      super(property, header, pointer);
    }

    String column(String language) {
      return header + "@" + language;
    }

    String orderColumn() {
      return header + ORDER;
    }
  }

  /** A nested single object flattened into prefixed columns, with its presence column. */
  static final class Nested extends Member {
    final Group group;

    Nested(Property property, String header, String pointer, Group group) {
      super(property, header, pointer);
      this.group = group;
    }
  }

  /** The members of one model type, in canonical order. */
  static final class Group {
    final Shape shape;
    final List<Member> members;

    Group(Shape shape, List<Member> members) {
      this.shape = shape;
      this.members = members;
    }
  }

  /** The suffix of the language-order column of a text. */
  static final String ORDER = "@*";

  private static final Map<RecordType, Table> TABLES = new EnumMap<>(RecordType.class);

  static {
    for (RecordType t : RecordType.values()) {
      TABLES.put(t, records(t));
    }
  }

  final String name;
  final RecordType type;
  final Kind kind;

  /** The record's list property a child table holds; null for a record table. */
  private final @Nullable Property listProperty;

  /** The members of a record or object table; null for a table of texts. */
  private final @Nullable Group group;

  /** The text of a table of texts; null otherwise. */
  private final @Nullable TextSlot text;

  /** The column of the parent record's id in a child table; null for a record table. */
  final @Nullable String parentColumn;

  final List<Table> children;

  private Table(
      String name,
      RecordType type,
      Kind kind,
      @Nullable Property listProperty,
      @Nullable Group group,
      @Nullable TextSlot text,
      List<Table> children) {
    this.name = name;
    this.type = type;
    this.kind = kind;
    this.listProperty = listProperty;
    this.group = group;
    this.text = text;
    this.parentColumn = kind == Kind.RECORDS ? null : type.code() + "Id";
    this.children = children;
  }

  /** The record table of {@code type}, with its child tables. */
  static Table of(RecordType type) {
    return Objects.requireNonNull(TABLES.get(type), "TABLES holds every record type");
  }

  /** The list property of a child table's record that the table holds. */
  Property listProperty() {
    return Objects.requireNonNull(listProperty, "only a child table has a list property");
  }

  /** The members of a table of records or objects. */
  Group group() {
    return Objects.requireNonNull(group, "only a table of texts has no group");
  }

  /** The text of a table of texts. */
  TextSlot text() {
    return Objects.requireNonNull(text, "only a table of texts has a text slot");
  }

  /** The members of a table of records or objects, empty for a table of texts. */
  Optional<Group> groupIfAny() {
    return Optional.ofNullable(group);
  }

  /** Every table, record tables in {@link RecordType} order, each followed by its children. */
  static List<Table> all() {
    List<Table> all = new ArrayList<>();
    for (Table t : TABLES.values()) {
      all.add(t);
      all.addAll(t.children);
    }
    return all;
  }

  /** The table whose resource name is {@code name}. */
  static Optional<Table> named(String name) {
    return all().stream().filter(t -> t.name.equals(name)).findFirst();
  }

  /** The file name in the package: the resource name plus {@code .csv}. */
  String file() {
    return name + ".csv";
  }

  /** The record table a child table belongs to. */
  Table parent() {
    return of(type);
  }

  private static Table records(RecordType type) {
    String name = type.listName();
    Shape shape = Shape.of(type.modelClass());
    List<Table> children = new ArrayList<>();
    for (Property p : shape.properties()) {
      if (p.cardinality() == Cardinality.LIST && p.kind() == ValueKind.TEXT) {
        // The slot of one text of the list: its property is the list property itself.
        TextSlot slot = new TextSlot(p, p.name(), "");
        children.add(new Table(name + "-" + p.name(), type, Kind.TEXTS, p, null, slot, List.of()));
      } else if (p.cardinality() == Cardinality.LIST && p.kind() == ValueKind.OBJECT) {
        Group g = group(p.shape(), "", "", true);
        Table child = new Table(name + "-" + p.name(), type, Kind.OBJECTS, p, g, null, List.of());
        if (child.allMembers().stream().anyMatch(m -> m.header.equals(child.parentColumn))) {
          throw new IllegalStateException(
              child.parentColumn + " clashes with a column of " + child.name);
        }
        children.add(child);
      }
    }
    Group g = group(shape, "", "", false);
    return new Table(
        name, type, Kind.RECORDS, null, g, null, Collections.unmodifiableList(children));
  }

  private static Group group(Shape shape, String prefix, String pointer, boolean inChild) {
    List<Member> members = new ArrayList<>();
    for (Property p : shape.properties()) {
      String header = prefix + p.name();
      String at = pointer + "/" + p.name();
      boolean list = p.cardinality() == Cardinality.LIST;
      if (list && (p.kind() == ValueKind.OBJECT || p.kind() == ValueKind.TEXT)) {
        if (inChild || !prefix.isEmpty()) {
          // A child table has no key of its own, so lists inside it cannot be tables again.
          throw new IllegalStateException(
              "the CSV form has no table for "
                  + shape.type().getSimpleName()
                  + "."
                  + p.name()
                  + ": a list of objects or texts nested below a record's own lists");
        }
        continue;
      }
      if (p.kind() == ValueKind.OBJECT) {
        members.add(new Nested(p, header, at, group(p.shape(), header + ".", at, inChild)));
      } else if (p.kind() == ValueKind.TEXT) {
        members.add(new TextSlot(p, header, at));
      } else {
        members.add(new Scalar(p, header, at));
      }
    }
    return new Group(shape, Collections.unmodifiableList(members));
  }

  /** Every member, depth first, nested groups' members after their own {@link Nested}. */
  List<Member> allMembers() {
    List<Member> out = new ArrayList<>();
    if (text != null) {
      out.add(text);
    } else {
      collect(group(), out);
    }
    return out;
  }

  private static void collect(Group g, List<Member> out) {
    for (Member m : g.members) {
      out.add(m);
      if (m instanceof Nested nested) {
        collect(nested.group, out);
      }
    }
  }

  /** The fixed headers: the parent column, scalars and presence columns, and text bases. */
  List<String> allHeaders() {
    List<String> out = new ArrayList<>();
    if (parentColumn != null) {
      out.add(parentColumn);
    }
    for (Member m : allMembers()) {
      out.add(m.header);
    }
    return out;
  }

  /**
   * The members whose column must be in the header: required scalars reached through required
   * objects only (texts are checked once the first row is read, as their columns follow the data).
   */
  Map<String, Member> requiredMembers() {
    Map<String, Member> out = new LinkedHashMap<>();
    if (group != null) {
      required(group, out);
    }
    return out;
  }

  private static void required(Group g, Map<String, Member> out) {
    for (Member m : g.members) {
      if (m.property.cardinality() != Cardinality.REQUIRED) {
        continue;
      }
      if (m instanceof Nested nested) {
        required(nested.group, out);
      } else {
        out.put(m.header, m);
      }
    }
  }

  @Override
  public String toString() {
    return file();
  }
}
