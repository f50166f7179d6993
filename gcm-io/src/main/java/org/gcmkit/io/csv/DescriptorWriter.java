package org.gcmkit.io.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.io.csv.Encoder.Encoded;
import org.gcmkit.io.csv.Table.Member;
import org.gcmkit.io.csv.Table.Scalar;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.ValueKind;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the package descriptor ({@code datapackage.json}) with databind's tree: only writing needs
 * databind, whose classes a cold run that only reads a package does not load (see {@link
 * JsonTree}).
 */
final class DescriptorWriter {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private DescriptorWriter() {}

  /** The descriptor text of a package of these tables, "\n" line ends, ending with one. */
  static String write(Optional<Text> title, List<Encoded> tables) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", "tabular-data-package");
    root.put("name", "gcm-dataset");
    root.put(Descriptor.VERSION, FormatVersion.CURRENT.toString());
    title.ifPresent(
        t -> {
          t.preferred(List.of("en")).ifPresent(s -> root.put("title", s));
          ObjectNode values = root.putObject(Descriptor.TITLE);
          // Its tags in the registry's case, as every writer writes a text's (docs/rules.md).
          Scalars.writtenValues(t).forEach(values::put);
        });
    ArrayNode resources = root.putArray("resources");
    for (Encoded e : tables) {
      resources.add(resource(e));
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    return MAPPER.writer().with(printer).writeValueAsString(root) + "\n";
  }

  private static ObjectNode resource(Encoded e) {
    Table table = e.table;
    ObjectNode r = MAPPER.createObjectNode();
    r.put("name", table.name);
    r.put("path", table.file());
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("header", true);
    ObjectNode schema = r.putObject("schema");
    ArrayNode fields = schema.putArray("fields");
    ArrayNode foreignKeys = MAPPER.createArrayNode();
    Map<String, Member> byHeader = new LinkedHashMap<>();
    for (Member m : table.allMembers()) {
      byHeader.put(m.header, m);
    }
    Map<String, Member> required = table.requiredMembers();
    for (String header : e.headers) {
      ObjectNode f = fields.addObject();
      f.put("name", header);
      Member m = byHeader.get(header);
      if (header.equals(table.parentColumn)) {
        f.put("type", "string");
        f.put("description", "the id of the " + table.type.code() + " this row belongs to");
        f.putObject("constraints").put("required", true);
        foreignKey(foreignKeys, header, table.parent().name);
      } else if (m instanceof Scalar scalar) {
        scalarField(f, foreignKeys, table, scalar, required.containsKey(header));
      } else if (m != null) {
        f.put("type", "string");
        f.put("description", "present but empty when \"'\": an object with no value");
      } else if (header.endsWith(Table.ORDER)) {
        f.put("type", "string");
        f.put("description", "the languages of the text in their order, separated by |");
      } else {
        f.put("type", "string");
        f.put("description", "the text in language " + header.substring(header.indexOf('@') + 1));
      }
    }
    if (table.kind == Table.Kind.RECORDS) {
      schema.putArray("primaryKey").add("id");
    }
    if (!foreignKeys.isEmpty()) {
      schema.set("foreignKeys", foreignKeys);
    }
    schema.putArray("missingValues").add("");
    return r;
  }

  private static void scalarField(
      ObjectNode f, ArrayNode foreignKeys, Table table, Scalar m, boolean required) {
    ValueKind kind = m.property.kind();
    boolean list = m.property.cardinality() == Cardinality.LIST;
    f.put("type", kind == ValueKind.DECIMAL && !list ? "number" : "string");
    if (list) {
      f.put("description", "a list: values separated by |, with \\| and \\\\ for | and \\");
    } else if (kind == ValueKind.PARTIAL_DATE || kind == ValueKind.DATE_SPAN) {
      f.put("description", "an EDTF date");
    }
    ObjectNode constraints = MAPPER.createObjectNode();
    if (required) {
      constraints.put("required", true);
    }
    if (kind == ValueKind.ENUM && !list) {
      ArrayNode codes = constraints.putArray("enum");
      Scalars.codes(m.property.elementType()).forEach(codes::add);
    }
    if (!constraints.isEmpty()) {
      f.set("constraints", constraints);
    }
    // A record's own id is its primary key, not a reference: declaring it a foreign key to its
    // own table says nothing and makes Frictionless checkers scan the table once per row.
    boolean ownId = table.kind == Table.Kind.RECORDS && m.header.equals("id");
    if (kind == ValueKind.ID && !list && !ownId) {
      RecordType target = Descriptor.idType(m.property.elementType());
      String resource =
          table.kind == Table.Kind.RECORDS && target == table.type ? "" : Table.of(target).name;
      foreignKey(foreignKeys, m.header, resource);
    }
  }

  private static void foreignKey(ArrayNode foreignKeys, String field, String resource) {
    ObjectNode fk = foreignKeys.addObject();
    fk.put("fields", field);
    ObjectNode ref = fk.putObject("reference");
    ref.put("resource", resource);
    ref.put("fields", "id");
  }
}
