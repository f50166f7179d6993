package org.gcmkit.beam;

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

  /** Offsets of the files seen by one instance; the side input is the same for all elements. */
  private static Offsets offsets(
      Map<String, Offsets> cache, Map<String, Iterable<PartStats>> stats, String file) {
    return cache.computeIfAbsent(
        file,
        f -> {
          Iterable<PartStats> parts = stats.get(f);
          if (parts == null) {
            throw new IllegalStateException("expected the counts of the parts of " + f);
          }
          return new Offsets(parts);
        });
  }

  /** The pointer of the {@code index}-th record of {@code type} in the file. */
  static String recordPointer(int type, long index) {
    return "/" + Wire.type(type).listName() + "/" + index;
  }

  /** Places the violations of the parts in their files. */
  static final class Entries extends DoFn<LocalEntry, ReportEntry> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<Map<String, Iterable<PartStats>>> stats;
    private transient Map<String, Offsets> cache = new HashMap<>();

    Entries(PCollectionView<Map<String, Iterable<PartStats>>> stats) {
      this.stats = stats;
    }

    @Setup
    public void setup() {
      cache = new HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      LocalEntry e = c.element();
      Offsets o = offsets(cache, c.sideInput(stats), e.file());
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

  /** Places the records of the parts in their files, and hands on what the dataset rules need. */
  static final class Records extends DoFn<LocalRecord, KV<String, DatasetJoins.Occurrence>> {
    private static final long serialVersionUID = 1L;
    private final PCollectionView<Map<String, Iterable<PartStats>>> stats;
    private final int buckets;
    private transient Map<String, Offsets> cache = new HashMap<>();

    Records(PCollectionView<Map<String, Iterable<PartStats>>> stats, int buckets) {
      this.stats = stats;
      this.buckets = buckets;
    }

    @Setup
    public void setup() {
      cache = new HashMap<>();
    }

    @ProcessElement
    public void process(ProcessContext c) {
      LocalRecord r = c.element();
      Offsets o = offsets(cache, c.sideInput(stats), r.file());
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
                new DatasetJoins.Use(ref.target(), r.file(), at, line, ref.column())));
        if (ref.chain() != null && chain == null) {
          chain = new DatasetJoins.Chain(ref.chain(), ref.target(), at, line, ref.column());
        }
      }
      long order = r.line() + lines;
      String id = r.id();
      if (id == null) {
        // A record whose line broke off: counted, with no id to check.
        return;
      }
      c.output(
          KV.of(
              DatasetJoins.bucketKey(r.file(), r.type(), id, buckets),
              new DatasetJoins.Occurrence(
                  id,
                  r.file(),
                  order,
                  pointer,
                  r.idLine() > 0 ? r.idLine() + lines : 0,
                  r.idColumn(),
                  r.idUnread())));
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
