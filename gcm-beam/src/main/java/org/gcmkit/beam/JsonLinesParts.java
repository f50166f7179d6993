package org.gcmkit.beam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.gcmkit.io.PartRecord;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.io.json.JsonLinesPart;
import org.gcmkit.model.RecordType;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.StreamValidator;
import org.jspecify.annotations.Nullable;

/**
 * The first steps for JSON Lines: cut each file into parts of whole lines, and read each part on
 * its own with {@link GcmJson#readLinesPart}, counting its lines and its records of each type so
 * that {@link Positions} can number what the parts found as the whole file would.
 */
final class JsonLinesParts {
  private JsonLinesParts() {}

  /**
   * A run of whole lines of a file, bytes {@code start} to {@code end}; an end of -1: the whole
   * file, decompressed as its name says (a compressed file cannot be cut).
   */
  record Part(String file, int index, long start, long end) {
    static final Wire.WireCoder<Part> CODER =
        Wire.coder(
            (p, out) -> {
              Wire.string(out, p.file);
              out.writeInt(p.index);
              out.writeLong(p.start);
              out.writeLong(p.end);
            },
            in -> new Part(Wire.string(in), in.readInt(), in.readLong(), in.readLong()));
  }

  /**
   * What numbering needs of a part: its lines, its records per type (by {@link Wire#typeNumber}),
   * and the file's header; and whether the input gives no dataset (a CSV package that could not be
   * read into one, as {@code readDataset} gives none), so that none of its records is valid output.
   * Never compared: the array is only read.
   */
  @SuppressWarnings("ArrayRecordComponent")
  record PartStats(
      int index,
      long lines,
      long[] records,
      boolean linesLost,
      @Nullable String header,
      boolean noDataset) {
    static final Wire.WireCoder<PartStats> CODER =
        Wire.coder(
            (p, out) -> {
              out.writeInt(p.index);
              out.writeLong(p.lines);
              out.writeInt(p.records.length);
              for (long n : p.records) {
                out.writeLong(n);
              }
              out.writeBoolean(p.linesLost);
              Wire.nullable(out, p.header);
              out.writeBoolean(p.noDataset);
            },
            in -> {
              int index = in.readInt();
              long lines = in.readLong();
              long[] records = new long[in.readInt()];
              for (int i = 0; i < records.length; i++) {
                records[i] = in.readLong();
              }
              return new PartStats(
                  index, lines, records, in.readBoolean(), Wire.nullable(in), in.readBoolean());
            });
  }

  /**
   * A violation as a part found it: lines of the part, and for a record's own violation (type 0 or
   * more) a pointer within the record, which is the {@code index}-th of its type in the part.
   */
  record LocalEntry(String file, int part, int type, long index, ReportEntry entry) {
    static final Wire.WireCoder<LocalEntry> CODER =
        Wire.coder(
            (e, out) -> {
              Wire.string(out, e.file);
              out.writeInt(e.part);
              out.writeInt(e.type);
              out.writeLong(e.index);
              ReportEntry.write(e.entry, out);
            },
            in ->
                new LocalEntry(
                    Wire.string(in),
                    in.readInt(),
                    in.readInt(),
                    in.readLong(),
                    ReportEntry.read(in)));
  }

  /**
   * A reference of a record: its target, pointer within the record, chain property, and place: the
   * file of the input it is in ({@code place}; null for the input itself, as in JSON Lines; a CSV
   * package's table, {@code meetings-participations.csv}), line and column.
   */
  record Ref(
      int type,
      String target,
      String pointer,
      @Nullable String chain,
      @Nullable String place,
      long line,
      int column) {
    void write(DataOutputStream out) throws IOException {
      out.writeInt(type);
      Wire.string(out, target);
      Wire.string(out, pointer);
      Wire.nullable(out, chain);
      Wire.nullable(out, place);
      out.writeLong(line);
      out.writeInt(column);
    }

    static Ref read(DataInputStream in) throws IOException {
      return new Ref(
          in.readInt(),
          Wire.string(in),
          Wire.string(in),
          Wire.nullable(in),
          Wire.nullable(in),
          in.readLong(),
          in.readInt());
    }
  }

  /**
   * What the dataset rules and the valid records' output need of a record of a part: its id's place
   * as a {@link Ref}'s ({@code idPlace}, {@code idLine}, {@code idColumn}), and the id of a record
   * that could not be read whole ({@link org.gcmkit.io.PartRecord#brokenId()}).
   */
  record LocalRecord(
      String file,
      int part,
      int type,
      long index,
      long line,
      @Nullable String id,
      @Nullable String idPlace,
      long idLine,
      int idColumn,
      boolean idUnread,
      @Nullable String brokenId,
      List<Ref> refs,
      @Nullable String json) {
    static final Wire.WireCoder<LocalRecord> CODER =
        Wire.coder(
            (r, out) -> {
              Wire.string(out, r.file);
              out.writeInt(r.part);
              out.writeInt(r.type);
              out.writeLong(r.index);
              out.writeLong(r.line);
              Wire.nullable(out, r.id);
              Wire.nullable(out, r.idPlace);
              out.writeLong(r.idLine);
              out.writeInt(r.idColumn);
              out.writeBoolean(r.idUnread);
              Wire.nullable(out, r.brokenId);
              out.writeInt(r.refs.size());
              for (Ref ref : r.refs) {
                ref.write(out);
              }
              Wire.nullable(out, r.json);
            },
            in -> {
              String file = Wire.string(in);
              int part = in.readInt();
              int type = in.readInt();
              long index = in.readLong();
              long line = in.readLong();
              String id = Wire.nullable(in);
              String idPlace = Wire.nullable(in);
              long idLine = in.readLong();
              int idColumn = in.readInt();
              boolean idUnread = in.readBoolean();
              String brokenId = Wire.nullable(in);
              int n = in.readInt();
              List<Ref> refs = new ArrayList<>(n);
              for (int i = 0; i < n; i++) {
                refs.add(Ref.read(in));
              }
              return new LocalRecord(
                  file,
                  part,
                  type,
                  index,
                  line,
                  id,
                  idPlace,
                  idLine,
                  idColumn,
                  idUnread,
                  brokenId,
                  refs,
                  Wire.nullable(in));
            });
  }

  /**
   * Cuts each JSON Lines file into parts of about {@code partSize} bytes that end after a line end.
   * The first part reaches at least to the end of the first line that is not blank, the header,
   * which only the first part reads as one. A compressed file is one part.
   */
  static final class Split extends DoFn<FileIO.ReadableFile, Part> {
    private static final long serialVersionUID = 1L;
    private final long partSize;

    Split(long partSize) {
      this.partSize = partSize;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile f, OutputReceiver<Part> out)
        throws IOException {
      String file = f.getMetadata().resourceId().toString();
      if (f.getCompression() != Compression.UNCOMPRESSED) {
        out.output(new Part(file, 0, 0, -1));
        return;
      }
      long size = f.getMetadata().sizeBytes();
      try (SeekableByteChannel ch = f.openSeekable()) {
        long start = 0;
        int index = 0;
        long next = Math.max(partSize, afterLineEnd(ch, 0, true));
        do {
          // A part ends after the first line end at or after the byte before next.
          long end = next >= size ? size : afterLineEnd(ch, next - 1, false);
          out.output(new Part(file, index++, start, end));
          start = end;
          next = start + partSize;
        } while (start < size);
      }
    }

    /**
     * The position after the first line end from {@code from} on (with {@code afterText}, the first
     * that ends a line holding more than white space: the header's), or the file's size.
     */
    private static long afterLineEnd(SeekableByteChannel ch, long from, boolean afterText)
        throws IOException {
      ch.position(from);
      ByteBuffer b = ByteBuffer.allocate(64 * 1024);
      long pos = from;
      boolean text = !afterText;
      while (ch.read(b) > 0) {
        b.flip();
        while (b.hasRemaining()) {
          byte c = b.get();
          pos++;
          if (c == '\n' && text) {
            return pos;
          }
          text |= c != ' ' && c != '\t' && c != '\r' && c != '\n';
        }
        b.clear();
      }
      return pos;
    }
  }

  static final TupleTag<KV<String, PartStats>> STATS = new TupleTag<>() {};
  static final TupleTag<LocalEntry> ENTRIES = new TupleTag<>() {};
  static final TupleTag<LocalRecord> RECORDS = new TupleTag<>() {};

  /** Reads one part: its records and violations with the places of the part, and its stats. */
  static final class Read extends DoFn<Part, LocalRecord> {
    private static final long serialVersionUID = 1L;
    private final Reading reading;
    private transient @Nullable GcmJson json;

    Read(Reading reading) {
      this.reading = reading;
    }

    @Setup
    public void setup() {
      json = reading.json();
    }

    @ProcessElement
    public void process(@Element Part p, MultiOutputReceiver out) throws IOException {
      long start = System.nanoTime();
      GcmJson reader = java.util.Objects.requireNonNull(json, "set up");
      long[] counts = new long[RecordType.values().length];
      try (ReadableByteChannel ch = FileSystems.open(FileSystems.matchNewResource(p.file, false));
          InputStream in = open(ch, p)) {
        JsonLinesPart part =
            reader.readLinesPart(
                in,
                p.file,
                p.start,
                r -> {
                  int type = Wire.typeNumber(r.type());
                  long index = counts[type]++;
                  r.violations()
                      .forEach(
                          v ->
                              out.get(ENTRIES)
                                  .output(
                                      new LocalEntry(
                                          p.file,
                                          p.index,
                                          type,
                                          index,
                                          ReportEntry.of(p.file, v))));
                  out.get(RECORDS).output(local(p.file, p.index, type, index, r));
                },
                v ->
                    out.get(ENTRIES)
                        .output(new LocalEntry(p.file, p.index, -1, 0, ReportEntry.of(p.file, v))));
        out.get(STATS)
            .output(
                KV.of(
                    p.file,
                    new PartStats(
                        p.index,
                        part.lines(),
                        counts,
                        part.linesLost(),
                        part.header().orElse(null),
                        false)));
      }
      Steps.READ_MILLIS.inc((System.nanoTime() - start) / 1_000_000);
    }

    private static InputStream open(ReadableByteChannel ch, Part p) throws IOException {
      if (p.end < 0) {
        return Channels.newInputStream(Compression.detect(p.file).readDecompressed(ch));
      }
      ((SeekableByteChannel) ch).position(p.start);
      return new Bounded(Channels.newInputStream(ch), p.end - p.start);
    }
  }

  /**
   * What the steps after reading need of a record of part {@code part} of input {@code file}, the
   * {@code index}-th of its type in the part.
   */
  static LocalRecord local(String file, int part, int type, long index, PartRecord r) {
    List<Ref> refs = new ArrayList<>(r.references().size());
    for (PartRecord.Reference ref : r.references()) {
      StreamValidator.Reference to = ref.reference();
      refs.add(
          new Ref(
              Wire.typeNumber(to.target().type()),
              to.target().value(),
              to.pointer(),
              to.chainProperty().orElse(null),
              place(ref.location(), file),
              ref.location().getLine().orElse(0),
              ref.location().getColumn().orElse(0)));
    }
    return new LocalRecord(
        file,
        part,
        type,
        index,
        r.line(),
        r.links().map(l -> l.id().value()).orElse(null),
        place(r.idLocation(), file),
        r.idLocation().getLine().orElse(0),
        r.idLocation().getColumn().orElse(0),
        r.idUnread(),
        r.brokenId().orElse(null),
        refs,
        r.json().orElse(null));
  }

  /** The file of a location when it is not the input's own name: a CSV package's table. */
  private static @Nullable String place(Location at, String input) {
    String file = at.getFile().orElse(null);
    return file == null || file.equals(input) ? null : file;
  }

  /** The first {@code limit} bytes of a stream. */
  private static final class Bounded extends FilterInputStream {
    private long left;

    Bounded(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int c = super.read();
      if (c >= 0) {
        left--;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
