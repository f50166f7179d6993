package org.gcmkit.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.DatasetViolations;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The dataset rules as keyed joins: each record's id and each reference are keyed by file, record
 * type and a bucket of ids (a hash of the id), so that the records that share an id, and the
 * references to it, meet on one worker whatever the size of the input, and each worker holds the
 * ids of its buckets only. Buckets rather than single ids: a runner hands on each key's group
 * alone, and a million keys cost Beam's DirectRunner minutes of overhead. Chains ({@code partOf},
 * {@code parent}) are then walked per file and type: a loop can be as long as the file, so it is
 * found where the links of one file and type meet (one small entry per record that has such a
 * link), not by a fixed number of joins.
 *
 * <p>Violations are made by {@link DatasetViolations}, as on one machine. As there, a file with a
 * line that could not be read reports no unresolved reference or loop: the lost line may hold the
 * record they need.
 */
final class DatasetJoins {
  private DatasetJoins() {}

  private static final char SEP = '\u0000';

  static String idKey(String file, int type, String id) {
    return file + SEP + type + SEP + id;
  }

  /** The key of the bucket of {@code id}: String's hash is the same on every JVM. */
  static String bucketKey(String file, int type, String id, int buckets) {
    return file + SEP + type + SEP + Math.floorMod(id.hashCode() * 0x9E3779B9, buckets);
  }

  static String recordKey(String file, String pointer) {
    return file + SEP + pointer;
  }

  static String chainKey(String file, int type) {
    return file + SEP + type;
  }

  private static int typeOf(String idKey) {
    String[] f = idKey.split(String.valueOf(SEP), 3);
    return Integer.parseInt(f[1]);
  }

  /** The pointer of the record that holds {@code pointer}: its first two segments. */
  static String recordOf(String pointer) {
    int second = pointer.indexOf('/', 1);
    int third = second < 0 ? -1 : pointer.indexOf('/', second + 1);
    return third < 0 ? pointer : pointer.substring(0, third);
  }

  /**
   * The entry of a dataset rule's violation in {@code input}, at a line and column of the input
   * itself or, in a CSV package, of its file {@code place}.
   */
  private static ReportEntry entry(
      Violation v, String input, @Nullable String place, long line, int column) {
    Location.Builder at = Location.builder().file(place != null ? place : input);
    if (line > 0) {
      at.line(line);
      if (column > 0) {
        at.column(column);
      }
    }
    return ReportEntry.of(input, v.toBuilder().location(Optional.of(at.build())).build());
  }

  /**
   * A chain link of a record: the property, the id it leads to, where it is (a place as a {@link
   * JsonLinesParts.Ref}'s).
   */
  record Chain(
      String property,
      String target,
      String pointer,
      @Nullable String place,
      long line,
      int column) {
    void write(DataOutputStream out) throws IOException {
      Wire.string(out, property);
      Wire.string(out, target);
      Wire.string(out, pointer);
      Wire.nullable(out, place);
      out.writeLong(line);
      out.writeInt(column);
    }

    static Chain read(DataInputStream in) throws IOException {
      return new Chain(
          Wire.string(in),
          Wire.string(in),
          Wire.string(in),
          Wire.nullable(in),
          in.readLong(),
          in.readInt());
    }
  }

  /**
   * A record with an id: its place in the file's order (its line), pointer, id's place. A broken
   * one ({@link org.gcmkit.io.PartRecord#brokenId()}) only keeps the references to its id from
   * being reported unresolved: it takes no part in the unique-id rule.
   */
  record Occurrence(
      String id,
      String file,
      long order,
      String pointer,
      @Nullable String idPlace,
      long idLine,
      int idColumn,
      boolean idUnread,
      boolean broken) {
    static final Wire.WireCoder<Occurrence> CODER =
        Wire.coder(
            (o, out) -> {
              Wire.string(out, o.id);
              Wire.string(out, o.file);
              out.writeLong(o.order);
              Wire.string(out, o.pointer);
              Wire.nullable(out, o.idPlace);
              out.writeLong(o.idLine);
              out.writeInt(o.idColumn);
              out.writeBoolean(o.idUnread);
              out.writeBoolean(o.broken);
            },
            in ->
                new Occurrence(
                    Wire.string(in),
                    Wire.string(in),
                    in.readLong(),
                    Wire.string(in),
                    Wire.nullable(in),
                    in.readLong(),
                    in.readInt(),
                    in.readBoolean(),
                    in.readBoolean()));
  }

  /** A reference: the id it refers to, where it is (a place as a {@link JsonLinesParts.Ref}'s). */
  record Use(
      String id, String file, @Nullable String place, String pointer, long line, int column) {
    static final Wire.WireCoder<Use> CODER =
        Wire.coder(
            (u, out) -> {
              Wire.string(out, u.id);
              Wire.string(out, u.file);
              Wire.nullable(out, u.place);
              Wire.string(out, u.pointer);
              out.writeLong(u.line);
              out.writeInt(u.column);
            },
            in ->
                new Use(
                    Wire.string(in),
                    Wire.string(in),
                    Wire.nullable(in),
                    Wire.string(in),
                    in.readLong(),
                    in.readInt()));
  }

  /** A record's chain link, keyed by file and type, with the record's id and order. */
  record Link(String id, long order, String recordPointer, Chain chain) {
    static final Wire.WireCoder<Link> CODER =
        Wire.coder(
            (l, out) -> {
              Wire.string(out, l.id);
              out.writeLong(l.order);
              Wire.string(out, l.recordPointer);
              l.chain.write(out);
            },
            in -> new Link(Wire.string(in), in.readLong(), Wire.string(in), Chain.read(in)));
  }

  static final TupleTag<ReportEntry> ENTRIES = new TupleTag<>() {};

  /** The record key of a record that a dataset rule found in error. */
  static final TupleTag<KV<String, String>> REJECTED = new TupleTag<>() {};

  /** The order of the first record of an id that more records have, keyed by the id. */
  static final TupleTag<KV<String, Long>> FIRSTS = new TupleTag<>() {};

  /**
   * For one bucket of ids of one type in one file, each id: the records after the first that have
   * it are duplicates; the references to it are unresolved when no record has it.
   */
  static final class Ids extends DoFn<KV<String, CoGbkResult>, ReportEntry> {
    private static final long serialVersionUID = 1L;
    private final TupleTag<Occurrence> occurrences;
    private final TupleTag<Use> uses;
    private final PCollectionView<Map<String, Boolean>> linesLost;

    Ids(
        TupleTag<Occurrence> occurrences,
        TupleTag<Use> uses,
        PCollectionView<Map<String, Boolean>> linesLost) {
      this.occurrences = occurrences;
      this.uses = uses;
      this.linesLost = linesLost;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      long start = System.nanoTime();
      String key = c.element().getKey();
      CoGbkResult joined = c.element().getValue();
      RecordType type = Wire.type(typeOf(key));
      Map<String, List<Occurrence>> found = new HashMap<>();
      Set<String> broken = new HashSet<>();
      for (Occurrence o : joined.getAll(occurrences)) {
        if (o.broken) {
          broken.add(o.id);
        } else {
          found.computeIfAbsent(o.id, i -> new ArrayList<>(1)).add(o);
        }
      }
      Map<String, List<Use>> used = new HashMap<>();
      for (Use u : joined.getAll(uses)) {
        if (!found.containsKey(u.id) && !broken.contains(u.id)) {
          used.computeIfAbsent(u.id, i -> new ArrayList<>(1)).add(u);
        }
      }
      used.forEach((id, list) -> unresolved(c, type, id, list));
      found.forEach((id, list) -> duplicates(c, type, id, list));
      Steps.JOIN_MILLIS.inc((System.nanoTime() - start) / 1_000_000);
    }

    private void unresolved(ProcessContext c, RecordType type, String id, List<Use> list) {
      for (Use u : list) {
        if (!Boolean.TRUE.equals(c.sideInput(linesLost).get(u.file))) {
          Violation v =
              DatasetViolations.unresolvedReference(type, id, u.pointer, Optional.empty());
          c.output(entry(v, u.file, u.place, u.line, u.column));
          c.output(REJECTED, KV.of(recordKey(u.file, recordOf(u.pointer)), v.getCode()));
        }
      }
    }

    private static void duplicates(
        ProcessContext c, RecordType type, String id, List<Occurrence> found) {
      found.sort(Comparator.comparingLong(Occurrence::order));
      Occurrence first = found.get(0);
      for (Occurrence o : found.subList(1, found.size())) {
        if (!o.idUnread) {
          Violation v = DatasetViolations.duplicateId(type, id, o.pointer, first.pointer);
          c.output(entry(v, o.file, o.idPlace, o.idLine, o.idColumn));
          c.output(REJECTED, KV.of(recordKey(o.file, o.pointer), v.getCode()));
        }
      }
      if (found.size() > 1) {
        c.output(FIRSTS, KV.of(idKey(first.file, Wire.typeNumber(type), id), first.order));
      }
    }
  }

  /**
   * Walks the chain links of one file and type, and reports each loop once, at the link of its
   * first record in input order, as {@code StreamValidator} does. Of the records that share an id
   * only the first counts (the others are reported as duplicates): the ids that more records have
   * come as a side input, with the order of their first record, few where data is sound.
   */
  static final class Loops extends DoFn<KV<String, Iterable<Link>>, ReportEntry> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<Map<String, Boolean>> linesLost;
    private final PCollectionView<Map<String, Long>> firsts;

    Loops(
        PCollectionView<Map<String, Boolean>> linesLost,
        PCollectionView<Map<String, Long>> firsts) {
      this.linesLost = linesLost;
      this.firsts = firsts;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      String key = c.element().getKey();
      String file = key.substring(0, key.indexOf(SEP));
      if (Boolean.TRUE.equals(c.sideInput(linesLost).get(file))) {
        return;
      }
      RecordType type = Wire.type(Integer.parseInt(key.substring(key.indexOf(SEP) + 1)));
      Map<String, Long> shared = c.sideInput(firsts);
      Map<String, Link> byId = new HashMap<>();
      List<Link> links = new ArrayList<>();
      for (Link l : c.element().getValue()) {
        Long first = shared.get(key + SEP + l.id);
        if (first == null || first == l.order) {
          byId.put(l.id, l);
          links.add(l);
        }
      }
      links.sort(Comparator.comparingLong(Link::order));
      // The walk keys hash maps by what it is given, so it is given ids: strings are comparable,
      // so a map keeps those made to share a hash in a tree, where links would be searched one by
      // one (see DatasetViolations.loops).
      List<String> ids = new ArrayList<>(links.size());
      links.forEach(l -> ids.add(l.id));
      DatasetViolations.loops(
          ids,
          id -> {
            // Every id walked is one of the links': the walk starts at them, and goes on only to
            // targets found among them.
            Link target = byId.get(Objects.requireNonNull(byId.get(id)).chain.target());
            return target == null ? null : target.id;
          },
          loop -> report(c, type, file, loop, Objects.requireNonNull(byId.get(loop.get(0)))));
    }

    /** Reports a loop, given by its ids from its first record in input order. */
    private static void report(
        ProcessContext c, RecordType type, String file, List<String> ids, Link first) {
      Chain chain = first.chain;
      Violation v =
          DatasetViolations.loop(type, chain.pointer(), chain.property(), ids, Optional.empty());
      c.output(entry(v, file, chain.place(), chain.line(), chain.column()));
      c.output(REJECTED, KV.of(recordKey(file, first.recordPointer), v.getCode()));
    }
  }

  /**
   * A record's JSON line, keyed by its file, unless a dataset rule rejected the record or its input
   * gives no dataset. The rejected records come as a side input: few where data is sound, and a
   * join would hand each record on alone.
   */
  static final class Valid extends DoFn<KV<String, String>, KV<String, String>> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<Map<String, Iterable<String>>> rejected;
    private final PCollectionView<Map<String, Boolean>> noDataset;

    Valid(
        PCollectionView<Map<String, Iterable<String>>> rejected,
        PCollectionView<Map<String, Boolean>> noDataset) {
      this.rejected = rejected;
      this.noDataset = noDataset;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      String key = c.element().getKey();
      String file = key.substring(0, key.indexOf(SEP));
      if (!c.sideInput(rejected).containsKey(key)
          && !Boolean.TRUE.equals(c.sideInput(noDataset).get(file))) {
        c.output(KV.of(file, c.element().getValue()));
      }
    }
  }
}
