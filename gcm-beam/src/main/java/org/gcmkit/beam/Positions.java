package org.gcmkit.beam;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.gcmkit.beam.JsonLinesParts.LocalEntry;
import org.gcmkit.beam.JsonLinesParts.LocalRecord;
import org.gcmkit.beam.JsonLinesParts.PartStats;
import org.gcmkit.beam.JsonLinesParts.Ref;
import org.gcmkit.model.RecordType;
import org.jspecify.annotations.Nullable;

/**
 * Numbers what the parts found as the whole file would: a part's lines follow the lines of the
 * parts before it, and its records of a type follow theirs, which gives each record its pointer
 * (such as {@code /meetings/1041}). The parts' counts come as a side input, a few numbers a part.
 */
final class Positions {
  private Positions() {}

  /** The lines and records of each type before each part of one file. */
  private static final class Offsets {
    final long[] lines;
    final long[][] records;

    Offsets(Iterable<PartStats> parts) {
      List<PartStats> all = new ArrayList<>();
      parts.forEach(all::add);
      all.sort((a, b) -> Integer.compare(a.index(), b.index()));
      int n = all.size();
      lines = new long[n];
      records = new long[n][RecordType.values().length];
      for (int i = 0; i < n; i++) {
        if (all.get(i).index() != i) {
          throw new IllegalStateException(
              "expected the counts of part " + i + " but found part " + all.get(i).index());
        }
        if (i > 0) {
          lines[i] = lines[i - 1] + all.get(i - 1).lines();
          for (int t = 0; t < records[i].length; t++) {
            records[i][t] = records[i - 1][t] + all.get(i - 1).records()[t];
          }
        }
      }
    }
  }

  /**
   * The parts' counts as a side input, and the offsets made from them for each file seen: the side
   * input is the same for every element, so each file's offsets are made once per instance.
   */
  private static final class Counts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<Map<String, Iterable<PartStats>>> stats;
    private transient @Nullable Map<String, Offsets> cache;

    Counts(PCollectionView<Map<String, Iterable<PartStats>>> stats) {
      this.stats = stats;
    }

    Offsets of(DoFn<?, ?>.ProcessContext c, String file) {
      Map<String, Offsets> known = cache;
      if (known == null) {
        known = new HashMap<>();
        cache = known;
      }
      Offsets o = known.get(file);
      if (o == null) {
        Iterable<PartStats> parts = c.sideInput(stats).get(file);
        if (parts == null) {
          throw new IllegalStateException("expected the counts of the parts of " + file);
        }
        o = new Offsets(parts);
        known.put(file, o);
      }
      return o;
    }
  }

  /** The pointer of the {@code index}-th record of {@code type} in the file. */
  static String recordPointer(int type, long index) {
    return "/" + Wire.type(type).listName() + "/" + index;
  }

  /** Places the violations of the parts in their files. */
  static final class Entries extends DoFn<LocalEntry, ReportEntry> {
    private static final long serialVersionUID = 1L;
    private final Counts counts;

    Entries(PCollectionView<Map<String, Iterable<PartStats>>> stats) {
      this.counts = new Counts(stats);
    }

    @ProcessElement
    public void process(ProcessContext c) {
      LocalEntry e = c.element();
      Offsets o = counts.of(c, e.file());
      ReportEntry v = e.entry();
      String pointer =
          e.type() < 0
              ? v.getPointer()
              : recordPointer(e.type(), o.records[e.part()][e.type()] + e.index()) + v.getPointer();
      c.output(v.shifted(o.lines[e.part()], pointer));
    }
  }

  /** A record's id with its place, keyed by file, type and bucket, for the duplicate ids. */
  static final TupleTag<KV<String, DatasetJoins.Occurrence>> IDS = new TupleTag<>() {};

  /** A reference, keyed by the file, type and bucket of the id it refers to, to resolve. */
  static final TupleTag<KV<String, DatasetJoins.Use>> USES = new TupleTag<>() {};

  /** A record with no error of its own, keyed by file and pointer, for the valid records. */
  static final TupleTag<KV<String, String>> CANDIDATES = new TupleTag<>() {};

  /** A record's chain link, keyed by file and type, for the loops. */
  static final TupleTag<KV<String, DatasetJoins.Link>> CHAINS = new TupleTag<>() {};

  /** A record's id, keyed by its bucket, with the record's place and the id's. */
  private static KV<String, DatasetJoins.Occurrence> occurrence(
      LocalRecord r,
      String id,
      long order,
      String pointer,
      long idLine,
      boolean idUnread,
      boolean broken,
      int buckets) {
    return KV.of(
        DatasetJoins.bucketKey(r.file(), r.type(), id, buckets),
        new DatasetJoins.Occurrence(
            id, r.file(), order, pointer, r.idPlace(), idLine, r.idColumn(), idUnread, broken));
  }

  /** Places the records of the parts in their files, and hands on what the dataset rules need. */
  static final class Records extends DoFn<LocalRecord, KV<String, DatasetJoins.Occurrence>> {
    private static final long serialVersionUID = 1L;
    private final Counts counts;
    private final int buckets;

    Records(PCollectionView<Map<String, Iterable<PartStats>>> stats, int buckets) {
      this.counts = new Counts(stats);
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      LocalRecord r = c.element();
      Offsets o = counts.of(c, r.file());
      long lines = o.lines[r.part()];
      String pointer = recordPointer(r.type(), o.records[r.part()][r.type()] + r.index());
      DatasetJoins.Chain chain = null;
      for (Ref ref : r.refs()) {
        String at = pointer + ref.pointer();
        long line = ref.line() > 0 ? ref.line() + lines : 0;
        c.output(
            USES,
            KV.of(
                DatasetJoins.bucketKey(r.file(), ref.type(), ref.target(), buckets),
                new DatasetJoins.Use(ref.target(), r.file(), ref.place(), at, line, ref.column())));
        if (ref.chain() != null && chain == null) {
          chain =
              new DatasetJoins.Chain(
                  ref.chain(), ref.target(), at, ref.place(), line, ref.column());
        }
      }
      long order = r.line() + lines;
      long idLine = r.idLine() > 0 ? r.idLine() + lines : 0;
      String broken = r.brokenId();
      if (broken != null) {
        c.output(occurrence(r, broken, order, pointer, idLine, true, true, buckets));
      }
      String id = r.id();
      if (id == null) {
        // A record whose line broke off, or a broken CSV row: counted, with no id to check.
        return;
      }
      c.output(occurrence(r, id, order, pointer, idLine, r.idUnread(), false, buckets));
      if (chain != null) {
        c.output(
            CHAINS,
            KV.of(
                DatasetJoins.chainKey(r.file(), r.type()),
                new DatasetJoins.Link(id, order, pointer, chain)));
      }
      String json = r.json();
      if (json != null) {
        c.output(CANDIDATES, KV.of(DatasetJoins.recordKey(r.file(), pointer), json));
      }
    }
  }
}
