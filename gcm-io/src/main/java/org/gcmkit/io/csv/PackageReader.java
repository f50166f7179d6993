package org.gcmkit.io.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.io.PartRecord;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.csv.TableReader.Row;
import org.gcmkit.io.internal.ChainPlaces;
import org.gcmkit.io.internal.Echoes;
import org.gcmkit.io.internal.InOrder;
import org.gcmkit.io.internal.KnownTargets;
import org.gcmkit.io.internal.Places;
import org.gcmkit.io.internal.Problems;
import org.gcmkit.io.internal.Workers;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV package as a stream of records: each record table row by row, with the rows of its
 * child tables merged in (they follow their parents' order), each record validated by a {@link
 * StreamValidator} and then handed to a sink. Memory holds the ids, not the records. Not
 * thread-safe; one instance per read.
 */
final class PackageReader {
  /** Receives each record read, in file order. */
  interface Sink {
    void accept(RecordType type, Object record);
  }

  /**
   * How a package is read: its rules, the report's bound, the threads, who hears progress, and, for
   * an engine that applies the dataset rules itself, who takes each record and every other problem.
   */
  record Settings(
      GcmValidator validator,
      int maxViolations,
      int threads,
      ProgressListener progress,
      @Nullable Parts parts) {}

  /**
   * Where {@link GcmCsv#readRecords} hands what it reads: each record, with its own violations, id
   * and references, and every other violation. The dataset rules are then the engine's.
   */
  record Parts(Consumer<PartRecord> records, Consumer<Violation> others) {}

  /** What a read found: the problems and the dataset title. */
  static final class Outcome {
    final Problems problems;
    final Optional<Text> title;
    final Optional<FormatVersion> version;

    Outcome(Problems problems, Optional<Text> title, Optional<FormatVersion> version) {
      this.problems = problems;
      this.title = title;
      this.version = version;
    }
  }

  private final Settings settings;
  private final Problems problems;
  private final StreamValidator stream;

  /**
   * Where the problems of reading rows go, in input order: the events of the part being filled, or
   * of the record being gathered (see {@link Part}).
   */
  private List<Object> events = new ArrayList<>();

  /** The records gathered in the part being filled. */
  private int partRecords;

  /** The ids of rows that could not be read into records, by type. */
  private final Map<RecordType, Set<String>> unread = new EnumMap<>(RecordType.class);

  /**
   * The references to the records of each table that the descriptor lists but that is not read:
   * counted in the one violation that says why, instead of reported one by one.
   */
  private final Map<Table, Long> orphaned = new HashMap<>();

  /** The tables listed but not read, each with the index of its violation; set by {@link #read}. */
  private Map<Table, Integer> unreadTables = Map.of();

  private final ProgressListener progress;

  private long records;
  private long bytesRead;
  // What the listener was last told: -1 before any call.
  private long toldRecords = -1;
  private long toldBytes = -1;
  private long bytesTotal;

  private PackageReader(Settings settings) {
    this.settings = settings;
    this.progress = settings.progress();
    this.problems = Problems.kept(settings.maxViolations()).hear(progress::found);
    this.stream = StreamValidator.create(settings.validator());
    for (RecordType t : RecordType.values()) {
      unread.put(t, new HashSet<>());
    }
  }

  /** The record type a reference at {@code pointer} names, found by walking the model's shapes. */
  static @Nullable RecordType referencedType(String pointer) {
    Shape shape = Shape.of(Dataset.class);
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (segment.chars().allMatch(Character::isDigit)) {
        continue;
      }
      Optional<Property> p = shape.property(segment);
      if (p.isEmpty()) {
        return null;
      }
      if (p.get().kind() == ValueKind.ID) {
        return Descriptor.idType(p.get().elementType());
      }
      if (p.get().kind() != ValueKind.OBJECT) {
        return null;
      }
      shape = p.get().shape();
    }
    return null;
  }

  /**
   * Reads the package in folder {@code input}, or of descriptor {@code input}.
   *
   * @throws IOException when the folder or a file in it cannot be read
   */
  static Outcome read(Path input, Settings settings, @Nullable Sink sink) throws IOException {
    Path folder;
    Path descriptor;
    if (Files.isDirectory(input)) {
      folder = input;
      descriptor = input.resolve(Descriptor.FILE);
    } else if (Files.isRegularFile(input)) {
      descriptor = input;
      folder =
          Objects.requireNonNull(
              input.toAbsolutePath().getParent(), "a regular file is never a root folder");
    } else {
      throw new NoSuchFileException(
          input.toString(), null, "expected a package folder or its datapackage.json");
    }
    PackageReader reader = new PackageReader(settings);
    GcmValidator validator = settings.validator();
    Descriptor.Parsed parsed = Descriptor.read(folder, descriptor);
    for (Path table : parsed.files.values()) {
      reader.bytesTotal += size(table);
    }
    reader.unreadTables = parsed.unread;
    String display = descriptor.getFileName().toString();
    parsed.title.ifPresent(
        t ->
            validator
                .validate(t, "/title")
                .getViolations()
                .forEach(
                    v ->
                        reader.problems.add(
                            v.toBuilder()
                                .location(Location.builder().file(display).build())
                                .build())));
    Parts handOver = settings.parts();
    boolean keep = sink != null || handOver != null;
    try (FirstPasses firstPasses = new FirstPasses(parsed, settings.threads());
        InOrder<Part> parts =
            new InOrder<>(
                settings.threads(),
                p -> {
                  if (handOver == null) {
                    reader.merge(p, sink);
                  } else {
                    reader.handOver(p, handOver);
                  }
                })) {
      for (RecordType type : RecordType.values()) {
        reader.table(Table.of(type), parsed, parts, firstPasses, keep);
      }
      reader.flush(parts, keep);
      parts.finish();
    }
    reader.tell();
    if (handOver != null) {
      // The dataset rules are the engine's; the references that they would report unresolved as
      // their table is not read were counted as they were handed over. Left to hand over: the
      // title's problems and the descriptor's.
      for (int i = 0; i < parsed.problems.size(); i++) {
        reader.problems.format(reader.counted(parsed.problems.get(i), i));
      }
      reader.problems.report().getViolations().forEach(handOver.others());
      return new Outcome(reader.problems, parsed.title, parsed.version);
    }
    reader.stream.finish(
        v -> {
          // A reference to a record whose row was reported unreadable is not reported again.
          RecordType target = referencedType(v.getPointer());
          if (target != null && reader.orphan(Table.of(target))) {
            return;
          }
          if (target == null || !reader.unread(target).contains(v.getValue().orElse(""))) {
            reader.problems.add(v);
          }
        });
    // The descriptor's problems go in last: they are told how many references they leave
    // unresolved, and the report is put in file order below anyway.
    for (int i = 0; i < parsed.problems.size(); i++) {
      reader.problems.format(reader.counted(parsed.problems.get(i), i));
    }
    reader.problems.sort(fileOrder(display, parsed));
    return new Outcome(reader.problems, parsed.title, parsed.version);
  }

  /**
   * Whether a reference to a record of {@code target} is left unresolved because the descriptor
   * lists the table but it is not read; counts it if so.
   */
  private boolean orphan(Table target) {
    if (!unreadTables.containsKey(target)) {
      return false;
    }
    orphaned.merge(target, 1L, Long::sum);
    return true;
  }

  /** Descriptor problem {@code index}, saying how many references it leaves unresolved. */
  private Violation counted(Violation v, int index) {
    for (Map.Entry<Table, Integer> e : unreadTables.entrySet()) {
      long n = orphaned.getOrDefault(e.getKey(), 0L);
      if (e.getValue() == index && n > 0) {
        return v.toBuilder()
            .message(
                v.getMessage()
                    + "; this leaves "
                    + n
                    + (n == 1 ? " reference" : " references")
                    + " to "
                    + e.getKey().type.code()
                    + "s unresolved")
            .build();
      }
    }
    return v;
  }

  /**
   * The order of the report: problems without a file first, then the descriptor's, then each
   * table's in the order the tables are read, then other files by name; within a file by line and
   * column. Reading merges child tables into their parents and resolves references at the end, so
   * the order found is not the order of the files.
   */
  private static Comparator<Violation> fileOrder(String display, Descriptor.Parsed parsed) {
    Map<String, Integer> rank = new HashMap<>();
    rank.put(display, 0);
    for (Table t : Table.all()) {
      String name = parsed.names.get(t);
      rank.putIfAbsent(name != null ? name : t.file(), rank.size());
    }
    Comparator<Violation> byFile =
        Comparator.comparing(
            v -> {
              Optional<String> file = v.getLocation().flatMap(Location::getFile);
              return file.isEmpty() ? -1 : rank.getOrDefault(file.get(), Integer.MAX_VALUE);
            });
    return byFile
        .thenComparing(v -> v.getLocation().flatMap(Location::getFile).orElse(""))
        .thenComparingLong(v -> v.getLocation().map(l -> l.getLine().orElse(0)).orElse(0L))
        .thenComparingInt(v -> v.getLocation().map(l -> l.getColumn().orElse(0)).orElse(0));
  }

  /** The ids of the rows of {@code type} that could not be read into records. */
  private Set<String> unread(RecordType type) {
    return Objects.requireNonNull(unread.get(type), "the constructor adds a set for every type");
  }

  private void table(
      Table table,
      Descriptor.Parsed parsed,
      InOrder<Part> parts,
      FirstPasses firstPasses,
      boolean keep)
      throws IOException {
    Path path = parsed.files.get(table);
    List<Table> kids = kids(table, parsed);
    Map<String, Long> ordinals = firstPasses.ordinals(table);
    boolean ahead = settings.threads() > 1;
    TableReader parent =
        path == null
            ? null
            : TableReader.open(table, path, parsed.name(table), this::report, ahead);
    List<TableReader> children = new ArrayList<>();
    @Nullable Throwable thrown = null;
    try {
      for (Table kid : kids) {
        children.add(
            TableReader.open(kid, parsed.file(kid), parsed.name(kid), this::report, ahead));
      }
      if (parent != null && !parent.hasIdColumn()) {
        // Without ids no child row can be matched; the missing column is reported once.
        children.forEach(PackageReader::closeQuietly);
        children.clear();
      }
      // A child table without its parent column was reported once; its rows cannot be placed.
      children.removeIf(
          c -> {
            if (!c.hasParentColumn()) {
              closeQuietly(c);
              return true;
            }
            return false;
          });
      Row[] next = new Row[children.size()];
      for (int i = 0; i < next.length; i++) {
        next[i] = children.get(i).next();
      }
      if (parent != null) {
        for (Row row = parent.next(); row != null; row = parent.next()) {
          gather(table, parent, row, children, next, ordinals);
          if (++partRecords == PART_RECORDS) {
            flush(parts, keep);
          }
        }
      }
      for (int i = 0; i < next.length; i++) {
        TableReader c = children.get(i);
        for (Row row = next[i]; row != null; row = c.next()) {
          misplaced(c, row, ordinals);
        }
      }
    } catch (RuntimeException | Error | IOException e) {
      thrown = e;
      throw e;
    } finally {
      List<TableReader> open = new ArrayList<>(children);
      if (parent != null) {
        open.add(parent);
      }
      closeAll(open, thrown);
    }
    if (path != null) {
      bytesRead += size(path);
    }
    for (Table kid : kids) {
      bytesRead += size(parsed.file(kid));
    }
    if (path != null || !kids.isEmpty()) {
      tell();
    }
  }

  /**
   * Tells the listener the records merged and the bytes of the tables read so far, unless it was
   * told just that: after each table, every {@link #PROGRESS_EVERY} records and at the end.
   */
  private void tell() {
    if (records != toldRecords || bytesRead != toldBytes) {
      toldRecords = records;
      toldBytes = bytesRead;
      progress.progress(records, bytesRead, bytesTotal);
    }
  }

  /** The child tables of {@code table} that the package has. */
  private static List<Table> kids(Table table, Descriptor.Parsed parsed) {
    List<Table> kids = new ArrayList<>();
    for (Table kid : table.children) {
      if (parsed.files.containsKey(kid)) {
        kids.add(kid);
      }
    }
    return kids;
  }

  /**
   * The first pass over each table with child tables: the row of each id, so that child rows can be
   * matched to their parents as they stream. With more than one thread, the pass over the next such
   * table runs on a thread of its own while a table is read: on the calling thread it was a table
   * read twice with the other threads idle. At most two tables' ids are held: the table's being
   * read and the next's.
   */
  private static final class FirstPasses implements AutoCloseable {
    private final Descriptor.Parsed parsed;
    private final List<Table> tables = new ArrayList<>();
    private final @Nullable ExecutorService thread;
    private final Workers workers = new Workers("gcm-csv-ids");
    private final Map<Table, Future<Map<String, Long>>> started = new HashMap<>();
    private volatile boolean stopped;

    FirstPasses(Descriptor.Parsed parsed, int threads) {
      this.parsed = parsed;
      for (RecordType type : RecordType.values()) {
        Table t = Table.of(type);
        if (parsed.files.containsKey(t) && !kids(t, parsed).isEmpty()) {
          tables.add(t);
        }
      }
      if (threads > 1 && !tables.isEmpty()) {
        thread = Executors.newSingleThreadExecutor(workers);
        start(tables.get(0));
      } else {
        thread = null;
      }
    }

    private void start(Table table) {
      ExecutorService t = Objects.requireNonNull(thread);
      started.put(table, t.submit(() -> pass(table)));
    }

    /** The row of each id of {@code table}: empty when it has no child table to match. */
    Map<String, Long> ordinals(Table table) throws IOException {
      int at = tables.indexOf(table);
      if (at < 0) {
        return Map.of();
      }
      if (thread == null) {
        return pass(table);
      }
      Future<Map<String, Long>> pass = started.remove(table);
      if (pass == null) {
        throw new IllegalStateException("expected the first pass of " + table.file() + " started");
      }
      if (at + 1 < tables.size()) {
        start(tables.get(at + 1));
      }
      return InOrder.await(pass, IOException.class, "interrupted while reading " + table.file());
    }

    private Map<String, Long> pass(Table table) throws IOException {
      Map<String, Long> ordinals = new HashMap<>();
      Path path = parsed.file(table);
      try (TableReader ids = TableReader.open(table, path, parsed.name(table), v -> {}, false)) {
        for (Row row = ids.next(); row != null; row = ids.next()) {
          if (stopped) {
            // On its own thread, closed after an error: the read is over.
            throw new InterruptedIOException("stopped reading " + table.file());
          }
          String id = ids.id(row);
          if (!id.isEmpty()) {
            ordinals.putIfAbsent(id, row.index);
          }
        }
      }
      return ordinals;
    }

    /**
     * Stops a pass still running (after an error) and waits for its thread to end. Not by an
     * interrupt: one during a read closes the channel that a zip archive's entries share.
     */
    @Override
    public void close() {
      ExecutorService t = thread;
      if (t == null) {
        return;
      }
      stopped = true;
      started.values().forEach(pass -> pass.cancel(false));
      t.shutdown();
      workers.join();
    }
  }

  /** The records between two calls of the progress listener within a table. */
  private static final int PROGRESS_EVERY = 1000;

  /** The size of a table file, for progress only: 0 when it cannot be told. */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Gathers a record: its row and the rows of its child tables, with the problems of reading them
   * in input order, for a part to decode and check (see {@link Part}).
   */
  private void gather(
      Table table,
      TableReader parent,
      Row row,
      List<TableReader> children,
      Row[] next,
      Map<String, Long> ordinals) {
    String pointer = "/" + table.name + "/" + row.index;
    Work work = new Work(table, parent, row, pointer, children);
    List<Object> outside = events;
    events = work.steps;
    for (int i = 0; i < children.size(); i++) {
      TableReader c = children.get(i);
      // The item's index is its row's position among the parent's rows, as a JSON item's is its
      // position in the array: a row that cannot be read still takes its place.
      int position = 0;
      while (next[i] != null) {
        Row child = next[i];
        Long ordinal = ordinals.get(c.parentId(child));
        if (ordinal != null && ordinal > row.index) {
          break;
        }
        if (ordinal == null || ordinal < row.index) {
          misplaced(c, child, ordinals);
        } else if (child.ragged) {
          position++;
        } else {
          work.steps.add(new Item(i, child, position++));
        }
        next[i] = c.next();
      }
    }
    events = outside;
    events.add(work);
  }

  /**
   * Hands the part being filled to be read, keeping its records for the merge when {@code keep},
   * and starts the next.
   */
  private void flush(InOrder<Part> parts, boolean keep) {
    List<Object> part = events;
    events = new ArrayList<>();
    partRecords = 0;
    if (!part.isEmpty()) {
      Places where = sparePlaces.isEmpty() ? new Places() : sparePlaces.pop();
      parts.submit(() -> new Part(part, where).read(settings, stream, keep));
    }
  }

  /**
   * Merges a part read, in input order: its problems, then the dataset rules of its records (unique
   * ids, references, chains) with the one stream validator; the duplicate id of a record follows
   * its other problems.
   */
  private void merge(Part part, @Nullable Sink sink) {
    ValidationReport found = part.problems.report();
    List<Violation> kept = found.getViolations();
    int next = 0;
    for (Work w : part.works) {
      int to = (int) Math.min(w.problemsTo, kept.size());
      while (next < to) {
        problems.keep(kept.get(next++));
      }
      Object record = w.record;
      StreamValidator.Links links = w.links;
      if (links == null) {
        unread(w.table.type).add(w.parent.id(w.row));
      } else {
        Optional<Violation> duplicate =
            stream.accept(
                links,
                w.pointer,
                p -> {
                  Location ahead = w.chains.find(p, w.pointer.length());
                  return Optional.ofNullable(ahead != null ? ahead : part.locate(w, p));
                });
        if (duplicate.isPresent() && !Echoes.echoes(duplicate.get(), w.failed)) {
          Violation d = duplicate.get();
          problems.keep(
              d.toBuilder().location(Optional.ofNullable(part.locate(w, d.getPointer()))).build());
        }
        if (sink != null && record != null) {
          sink.accept(w.table.type, record);
        }
      }
      if (++records % PROGRESS_EVERY == 0) {
        tell();
      }
    }
    while (next < kept.size()) {
      problems.keep(kept.get(next++));
    }
    problems.addOmitted(found);
    done(part);
  }

  /**
   * Ends a part merged or handed over: its places are no longer looked at, so the next part fills
   * them again (emptied by that part's reading thread, see {@link Part#read}); and a malformed part
   * makes the package so.
   */
  private void done(Part part) {
    sparePlaces.push(part.where);
    if (part.problems.isMalformed()) {
      problems.malformed();
    }
  }

  /**
   * Hands the records of a part read to an engine, in input order, instead of {@link #merge}: each
   * with its own problems (pointers from the record), id, references and JSON Lines form; the other
   * problems go over as they come, so that memory does not grow with them. A reference to a record
   * of a table that the descriptor lists but that is not read is counted in the descriptor's
   * violation, as {@link #read} counts it when the dataset rules are its own, and not handed over.
   */
  private void handOver(Part part, Parts to) {
    GcmJson json = GcmJson.create();
    List<Violation> kept = part.problems.report().getViolations();
    int next = 0;
    for (Work w : part.works) {
      int upTo = (int) Math.min(w.problemsTo, kept.size());
      List<Violation> own = new ArrayList<>();
      boolean errors = false;
      String inside = w.pointer + "/";
      for (; next < upTo; next++) {
        Violation v = kept.get(next);
        String at = v.getPointer();
        progress.found(v);
        if (at.equals(w.pointer) || at.startsWith(inside)) {
          own.add(v.toBuilder().pointer(at.substring(w.pointer.length())).build());
          errors |= v.getSeverity() == Severity.ERROR;
        } else {
          to.others().accept(v);
        }
      }
      StreamValidator.Links links = w.links;
      List<PartRecord.Reference> references = new ArrayList<>();
      Optional<String> brokenId = Optional.empty();
      if (links == null) {
        String id = w.parent.id(w.row);
        brokenId = id.isEmpty() ? Optional.empty() : Optional.of(id);
      } else {
        for (StreamValidator.Reference ref : links.references()) {
          if (!orphan(Table.of(ref.target().type()))) {
            Location at = part.locate(w, w.pointer + ref.pointer());
            references.add(
                new PartRecord.Reference(ref, at == null ? Location.builder().build() : at));
          }
        }
      }
      Violation duplicate = Violation.of(Rule.ID_DUPLICATE, w.pointer + "/id", "").build();
      Location idAt = part.locate(w, w.pointer + "/id");
      Object record = w.record;
      to.records()
          .accept(
              new PartRecord(
                  w.table.type,
                  w.row.row().getLine().orElse(0),
                  own,
                  Optional.ofNullable(links),
                  idAt == null ? w.row.row() : idAt,
                  links == null || Echoes.echoes(duplicate, w.failed),
                  brokenId,
                  references,
                  record == null || errors
                      ? Optional.empty()
                      : Optional.of(json.writeLine(record))));
      if (++records % PROGRESS_EVERY == 0) {
        tell();
      }
    }
    while (next < kept.size()) {
      progress.found(kept.get(next));
      to.others().accept(kept.get(next++));
    }
    done(part);
  }

  /** Takes a problem of reading rows, or of placing a child row, in input order. */
  private void report(Violation v) {
    events.add(v);
  }

  /**
   * The place tables of merged parts, for the next parts: a part's grow to thousands of places, and
   * growing a new one for each part was a third of the bytes that reading a package allocated.
   * Taken and given back on the calling thread; the executor hands each to its part's thread.
   */
  private final Deque<Places> sparePlaces = new ArrayDeque<>();

  /** The records of a part: a few hundred, worth handing to another thread. */
  private static final int PART_RECORDS = 256;

  /** A record gathered: its row, its child rows and the problems of reading them, in order. */
  private static final class Work {
    final Table table;
    final TableReader parent;
    final Row row;
    final String pointer;
    final List<TableReader> children;
    final List<Object> steps = new ArrayList<>();
    long problemsTo;
    int placeFrom;
    int placeTo;
    List<String> failed = List.of();
    StreamValidator.@Nullable Links links;
    // Its chain links' places, found where it was read.
    ChainPlaces chains = ChainPlaces.NONE;
    @Nullable Object record;

    Work(Table table, TableReader parent, Row row, String pointer, List<TableReader> children) {
      this.table = table;
      this.parent = parent;
      this.row = row;
      this.pointer = pointer;
      this.children = children;
    }
  }

  /**
   * A child row of a record, to be decoded as item {@code position} of list {@code child}. Its
   * pointer is made where it is decoded, not on the thread that gathers every record.
   */
  private record Item(int child, Row row, int position) {}

  /**
   * A part of the package's rows, read on any thread: it decodes the records gathered, checks their
   * own rules and finds their ids and references, with problems and places of its own that its
   * merge takes over in input order. One path for any number of threads, so the report is the same.
   */
  private static final class Part {
    private final List<Object> events;
    final List<Work> works = new ArrayList<>();
    final Places where;

    @SuppressWarnings("NullAway.Init") // set by read, before the merge
    Problems problems;

    Part(List<Object> events, Places where) {
      this.events = events;
      this.where = where;
    }

    Part read(Settings settings, StreamValidator stream, boolean keep) {
      // Places of an earlier part, emptied here, not by the merging thread, whose work bounds the
      // speed-up: there it was 9 % of its samples (BENCHMARKS.md).
      where.truncate(0);
      Problems p = Problems.kept(settings.maxViolations());
      problems = p;
      for (Object e : events) {
        if (e instanceof Violation v) {
          p.format(v);
        } else {
          record((Work) e, p, settings.validator(), keep);
        }
      }
      if (settings.parts() == null) {
        // Handed over, the records meet their targets in the engine's joins, not in this index.
        KnownTargets.mark(stream, works, w -> w.links, (w, marked) -> w.links = marked);
      }
      return this;
    }

    private void record(Work w, Problems p, GcmValidator validator, boolean keep) {
      works.add(w);
      w.placeFrom = where.size();
      p.startRecord();
      TableReader.Decoder decoder = w.parent.decoder(p);
      Object builder = w.row.ragged ? null : decoder.decodeBuilder(w.row, w.pointer, where);
      List<List<Object>> items = new ArrayList<>();
      for (int i = 0; i < w.children.size(); i++) {
        items.add(new ArrayList<>());
      }
      String[] lists = new String[w.children.size()];
      TableReader.Decoder[] decoders = new TableReader.Decoder[w.children.size()];
      for (Object step : w.steps) {
        if (step instanceof Violation v) {
          p.format(v);
        } else {
          Item it = (Item) step;
          int c = it.child();
          if (lists[c] == null) {
            lists[c] = w.pointer + "/" + w.children.get(c).table.listProperty().name() + "/";
            decoders[c] = w.children.get(c).decoder(p);
          }
          Object item = decoders[c].decode(it.row(), lists[c] + it.position(), where);
          if (item != null) {
            items.get(it.child()).add(item);
          }
        }
      }
      if (builder != null) {
        for (int i = 0; i < w.children.size(); i++) {
          w.children.get(i).table.listProperty().set(builder, items.get(i));
        }
      }
      Object record = builder == null ? null : decoder.build(builder, w.row, w.pointer);
      if (record != null) {
        // Cells that failed to read were reported already; the rules that notice them missing
        // echo.
        List<String> failed = p.failedInRecord();
        for (Violation v : validator.validate(record, w.pointer).getViolations()) {
          if (!Echoes.echoes(v, failed)) {
            p.add(
                v.getLocation().isPresent()
                    ? v
                    : v.toBuilder()
                        .location(Optional.ofNullable(locate(w, v.getPointer(), where.size())))
                        .build());
          }
        }
        w.links = StreamValidator.Links.of(record);
        if (keep) {
          w.record = record;
        }
        if (!failed.isEmpty()) {
          w.failed = List.copyOf(failed);
        }
      }
      endRecord(p, w.pointer, w.row);
      w.problemsTo = p.added();
      w.placeTo = where.size();
      StreamValidator.Links links = w.links;
      if (links != null) {
        // Here, on the reading thread, where the part's places are (ChainPlaces).
        w.chains = ChainPlaces.of(links, below -> locate(w, w.pointer + below));
      }
    }

    /**
     * Where the value at {@code pointer}, or its nearest located ancestor, was read in a record.
     */
    @Nullable Location locate(Work w, String pointer) {
      return locate(w, pointer, w.placeTo);
    }

    private @Nullable Location locate(Work w, String pointer, int placeTo) {
      int place = where.find(pointer, w.placeFrom, placeTo);
      if (place < 0) {
        return null;
      }
      TableReader.Row row = (TableReader.Row) java.util.Objects.requireNonNull(where.spot(place));
      int column = where.column(place);
      return column < 0 ? row.row() : row.at(column);
    }
  }

  /** Reports a child row whose parent id is empty, unknown, or of a parent already read. */
  private void misplaced(TableReader c, Row row, Map<String, Long> ordinals) {
    if (row.ragged) {
      return;
    }
    String id = c.parentId(row);
    Table parent = c.table.parent();
    String pointer = "/" + parent.name;
    Location at = c.parentAt(row);
    if (id.isEmpty()) {
      report(
          Violation.of(
                  Rule.REQUIRED,
                  pointer,
                  "expected the id of the "
                      + parent.type.code()
                      + " this row belongs to but the cell is empty")
              .value("")
              .location(at)
              .build());
    } else if (!ordinals.containsKey(id)) {
      if (orphan(parent)) {
        return;
      }
      report(
          Violation.of(
                  Rule.REFERENCE_UNRESOLVED,
                  pointer,
                  "expected the id of "
                      + ReportParts.withArticle(parent.type.code())
                      + " in "
                      + parent.file()
                      + " but was '"
                      + id
                      + "'")
              .value(id)
              .location(at)
              .build());
    } else {
      report(
          Violation.of(
                  Rule.ROW_ORDER,
                  pointer + "/" + ordinals.get(id),
                  "expected the rows of "
                      + c.table.file()
                      + " in the order of their "
                      + parent.type.code()
                      + "s in "
                      + parent.file()
                      + " but the rows of '"
                      + id
                      + "' came after those of a later "
                      + parent.type.code()
                      + "; the row is not read")
              .value(id)
              .location(at)
              .build());
    }
  }

  /**
   * Closes a table dropped before its end. Closing reads the rest of an archive's entry to check it
   * ({@link ZipPackage#open}): a damaged entry is thrown, as reading it would have; else nothing is
   * lost, as the file was only read.
   */
  private static void closeQuietly(TableReader r) {
    try {
      r.close();
    } catch (ZipException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      // Only read: nothing is lost.
    }
  }

  /**
   * Closes every one of {@code readers}, even when closing one fails (its read-ahead thread is
   * stopped either way), and then throws the first failure: a damaged archive entry found on
   * closing a table not read to its end. When reading had {@code thrown} already, that goes on (a
   * caller's own exception from a listener, say) and the failures are suppressed in it, as
   * try-with-resources does.
   */
  private static void closeAll(List<TableReader> readers, @Nullable Throwable thrown)
      throws IOException {
    @Nullable IOException failed = null;
    for (TableReader r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        if (thrown != null) {
          thrown.addSuppressed(e);
        } else if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** Ends a record, summing up the problems in it that were counted but not listed. */
  private static void endRecord(Problems problems, String pointer, Row row) {
    problems.endRecord(
        new Problems.RecordPlace() {
          @Override
          public String pointer() {
            return pointer;
          }

          @Override
          public Location location() {
            return row.row();
          }
        });
  }
}
