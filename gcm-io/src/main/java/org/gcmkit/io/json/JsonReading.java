package org.gcmkit.io.json;

import static org.gcmkit.model.meta.ReportParts.pointerToken;
import static org.gcmkit.model.meta.ReportParts.shorten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.io.PartRecord;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.ChainPlaces;
import org.gcmkit.io.internal.Echoes;
import org.gcmkit.io.internal.InOrder;
import org.gcmkit.io.internal.KnownTargets;
import org.gcmkit.io.internal.Places;
import org.gcmkit.io.internal.Problems;
import org.gcmkit.io.internal.TextValues;
import org.gcmkit.io.internal.Utf8;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DateSpan;
import org.gcmkit.model.PartialDate;
import org.gcmkit.model.RecordType;
import org.gcmkit.model.Subject;
import org.gcmkit.model.Text;
import org.gcmkit.model.meta.Cardinality;
import org.gcmkit.model.meta.Property;
import org.gcmkit.model.meta.ReportParts;
import org.gcmkit.model.meta.Scalars;
import org.gcmkit.model.meta.Shape;
import org.gcmkit.model.meta.Suggestions;
import org.gcmkit.model.meta.ValueKind;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Rule;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.StreamValidator;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * One read of JSON input: walks Jackson's token stream, binds values through {@link Shape} into the
 * model's builders, and collects every violation with its JSON Pointer and file location. Not
 * thread-safe: one instance per input.
 *
 * <p>A value that cannot be read is reported once and left out; when a required value is missing or
 * unreadable a stand-in takes its place, so that the rest of the record is still validated, and
 * violations that would only echo the first one (at, above or below its pointer, or cross-field
 * rules of the object that holds it) are dropped.
 */
final class JsonReading {
  /**
   * The fields read of one object (a Text's languages, or unknown fields); the rest are skipped and
   * counted. No CSV row can hold more cells (FastCSV's limit), so what CSV can carry JSON can too.
   */
  static final int MAX_OBJECT_FIELDS = 16_384;

  /**
   * The values (objects, arrays, strings, numbers...) of one record: what the reader and the
   * validator keep of a record grows with them, a few hundred bytes each, so this bounds a record's
   * memory to some tens of MB whatever its length.
   */
  static final int MAX_RECORD_VALUES = 100_000;

  private static final Object FAILED = new Object();
  private static final String STAND_IN_ID = "gcm.unread.id";

  /** The parser of the input, or of the current line of JSON Lines. */
  private JsonParser parser;

  private final @Nullable JsonFactory factory;
  private final @Nullable String file;
  private final boolean lenient;
  private final GcmValidator validator;
  private final Problems problems;
  private final int maxViolations;

  /**
   * The places of the values read (parent, field name or array index, line, column), from which a
   * value's pointer and Location are made only when a problem is reported. Places from {@link
   * #recordStart} on are the current record's; they are dropped when the record is done.
   */
  private Places where = new Places();

  private int recordStart;

  /** Locations of values outside records (the document root, title...), made as they are read. */
  private final Map<String, Location> outerLocations = new HashMap<>();

  /** Pointers of stand-in references over the whole input, to drop their unresolved reports. */
  private final Set<String> standInPointers = new HashSet<>();

  private boolean inRecord;

  /**
   * The line and column of the field name being handled, for unknown fields; kept as numbers so
   * that the parser's location object need not outlive the call that reads it.
   */
  private int keyLine;

  private int keyColumn;
  private boolean keyKnown;

  /** What Jackson's line numbers are shifted by: the line before the current line of JSON Lines. */
  private long lineOffset;

  /** The place whose string value is being read, for an encoding error in it; else -1. */
  private int reading = -1;

  /** Whether a JSON Lines line could not be read: its record may be what references point to. */
  private boolean linesLost;

  private final ArrayDeque<Keys> spareKeys = new ArrayDeque<>();

  /** Spare lists for the values of list properties (see {@link #spare(List)}). */
  private final ArrayDeque<List<Object>> spareLists = new ArrayDeque<>();

  /** Spare binders of objects' fields (see {@link ObjectFields}). */
  private final ArrayDeque<ObjectFields> spareFields = new ArrayDeque<>();

  /** False when only binding: model rules are left to the caller, such as a framework's @Valid. */
  private boolean validating = true;

  /** The version the dataset file says it has, once read and known. */
  private @Nullable FormatVersion fileVersion;

  /**
   * The merge's stream validator, for a JSON Lines batch to look up the targets of its records'
   * references where it runs (see {@link StreamValidator#withKnownTargets}); null elsewhere.
   */
  private @Nullable StreamValidator knownTargets;

  // ------------------------------------------------ JSON Lines read in batches (see readLines)

  /** The limits of JSON Lines, for their messages. */
  private int maxLineLength;

  private long maxInputLength;

  /** The records of a batch, in order, for its merge; null when not reading a batch. */
  private @Nullable List<LineRecord> records;

  /** The record being read in a batch. */
  private @Nullable LineRecord current;

  /** Pointers of a batch's stand-in references, under the mark of their records. */
  private final List<String> standIns = new ArrayList<>();

  /** The lines of a batch that were not blank. */
  private int linesCounted;

  /** Whether a batch held the header line, and its values. */
  private boolean headerSeen;

  private Dataset.@Nullable Builder head;

  /** The bytes of the input decoded when the batch was filled. */
  private long bytesRead;

  /**
   * The place tables and line batches of batches merged, for the next batches: a batch's arrays
   * grow to a few MB, which reading a large input would otherwise allocate again for each batch.
   */
  private final java.util.Queue<Places> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();

  private final java.util.Queue<LineBatch> spareBatches =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** The records numbered so far, for progress. */
  private long recordsRead;

  JsonReading(JsonParser parser, @Nullable String file, boolean lenient, GcmValidator validator) {
    this(parser, file, lenient, validator, ValidationReport.DEFAULT_MAX_VIOLATIONS);
  }

  /**
   * A reading whose report keeps the first {@code maxViolations} violations and counts the rest.
   */
  JsonReading(
      JsonParser parser,
      @Nullable String file,
      boolean lenient,
      GcmValidator validator,
      int maxViolations) {
    this.parser = parser;
    this.factory = null;
    this.file = file;
    this.lenient = lenient;
    this.validator = validator;
    this.problems = Problems.kept(maxViolations);
    this.maxViolations = maxViolations;
  }

  /** A reading of JSON Lines, which makes a parser of each line with {@code factory}. */
  JsonReading(
      JsonFactory factory,
      @Nullable String file,
      boolean lenient,
      GcmValidator validator,
      int maxViolations) {
    this.parser = factory.createParser(ObjectReadContext.empty(), new char[0], 0, 0);
    this.factory = factory;
    this.file = file;
    this.lenient = lenient;
    this.validator = validator;
    this.problems = Problems.kept(maxViolations);
    this.maxViolations = maxViolations;
  }

  /** {@return this reading, its problems also handed to {@code listener} as they are found} */
  JsonReading hearing(java.util.function.Consumer<Violation> listener) {
    problems.hear(listener);
    return this;
  }

  /**
   * {@return this reading, set to bind only: format problems are still reported, model rules are
   * not checked}
   */
  JsonReading bindOnly() {
    validating = false;
    return this;
  }

  // ---------------------------------------------------------------- entry points

  /**
   * Reads a dataset document from the current token (or the next, when there is none); keeps the
   * records only when {@code keep}; {@code whole} also checks that nothing follows it.
   */
  ReadResult<Dataset> readDocument(boolean keep, boolean whole) {
    DatasetSink sink = new DatasetSink(keep);
    try {
      JsonToken t = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (!expectRoot(t)) {
        if (whole && t != null) {
          // The root was skipped whole: what follows it is still checked.
          expectEnd(false);
        }
        return result(Optional.empty());
      }
      readDocumentRoot(sink);
      if (whole) {
        expectEnd(false);
      }
      sink.finish();
    } catch (JacksonException e) {
      stop(e);
    }
    return result(sink.dataset());
  }

  /**
   * Reads a dataset as JSON Lines: a header line, then one record per line. Each line is parsed on
   * its own, so that a line that cannot be read is reported and reading goes on with the next;
   * blank lines are skipped.
   *
   * <p>Lines are read in batches ({@link LineBatch}): the lines up to the header on this thread,
   * then each batch by a fresh reading on one of {@code threads} threads (this one when 1), which
   * parses, binds and checks each record's own rules with pointers under a mark that stands for the
   * record. This reading then merges the batches in input order: it numbers the records, prefixes
   * their problems' pointers, and applies the dataset rules (unique ids, references, chains) with
   * one {@link StreamValidator}. One path for any number of threads, so the report is the same.
   */
  ReadResult<Dataset> readLines(
      JsonLines lines, boolean keep, int threads, ProgressListener progress, long bytesTotal) {
    DatasetSink sink = new DatasetSink(keep);
    knownTargets = validating ? sink.validator() : null;
    int counted = readBatches(lines, keep, threads, 0, r -> merge(r, sink, progress, bytesTotal));
    if (counted == 0) {
      lineOffset = 0;
      add(emptyInput());
      problems.malformed();
    }
    sink.finish();
    return result(sink.dataset());
  }

  /**
   * Reads {@code lines} in batches, each by a fresh reading on one of {@code threads} threads (this
   * one when 1), and hands the readings to {@code merge} on this thread in input order. Until the
   * header is read (after {@code linesBefore} lines that were not blank, 0 at the start of an
   * input), a batch ends at the first line that is not white space and is read on this thread: the
   * lines after the header are read knowing that it was.
   *
   * @return the lines that were not blank, after {@code linesBefore}; 0 if there was none
   */
  private int readBatches(
      JsonLines lines,
      boolean keep,
      int threads,
      int linesBefore,
      java.util.function.Consumer<JsonReading> merge) {
    maxLineLength = lines.maxLineLength();
    maxInputLength = lines.maxInputLength();
    int counted = linesBefore;
    try (InOrder<JsonReading> batches = new InOrder<>(threads, merge)) {
      LineBatch batch = new LineBatch();
      boolean more = lines.next();
      while (more) {
        lines.addTo(batch);
        more = !lines.inputTooLong() && lines.next();
        if (!more || batch.full() || (counted == 0 && !batch.blank())) {
          batch.bytesRead = lines.bytesRead();
          if (counted == 0) {
            JsonReading first = read(batch, 0, keep);
            merge.accept(first);
            counted = first.linesCounted;
          } else {
            LineBatch full = batch;
            batches.submit(() -> read(full, 1, keep));
          }
          LineBatch reused = spareBatches.poll();
          batch = reused != null ? reused : new LineBatch();
        }
      }
      batches.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counted;
  }

  /**
   * A fresh reading of one batch of lines, after {@code linesBefore} lines that were not blank,
   * keeping the records read when {@code keep}.
   */
  private JsonReading read(LineBatch batch, int linesBefore, boolean keep) {
    JsonFactory f = java.util.Objects.requireNonNull(factory, "a JSON Lines reading has a factory");
    JsonReading r = new JsonReading(f, file, lenient, validator, maxViolations);
    Places reused = spare.poll();
    if (reused != null) {
      // Emptied here, on the reading thread, not by the merging thread, whose work bounds the
      // speed-up on several threads.
      reused.truncate(0);
      r.where = reused;
    }
    r.validating = validating;
    r.knownTargets = knownTargets;
    r.maxLineLength = maxLineLength;
    r.maxInputLength = maxInputLength;
    r.readBatch(batch, linesBefore, keep);
    batch.clear();
    spareBatches.offer(batch);
    return r;
  }

  /**
   * Reads the lines of {@code batch}; records get pointers under the mark of a record ({@link
   * #RECORD}) and are noted in {@link #records} for the merge, their places kept until then.
   */
  private void readBatch(LineBatch batch, int linesBefore, boolean keep) {
    JsonFactory f = java.util.Objects.requireNonNull(factory, "a JSON Lines reading has a factory");
    parser.close();
    records = new ArrayList<>();
    int line = linesBefore;
    // Its records are added to the merge's sink; this one takes the header and says what to keep.
    DatasetSink sink = new DatasetSink(keep);
    for (int i = 0; i < batch.size(); i++) {
      lineOffset = batch.number(i) - 1;
      reading = -1;
      if (batch.inputTooLong(i)) {
        limit(
            "expected a document length of at most "
                + maxInputLength
                + " (JsonLimits.getMaxDocumentLength) but was longer");
        break;
      }
      if (batch.tooLong(i)) {
        line++;
        limit(
            "expected a line of at most "
                + maxLineLength
                + " characters (JsonLimits.getMaxLineLength) but was longer; the line is not read");
        continue;
      }
      boolean counted = false;
      try (JsonParser p = batch.parser(i, f)) {
        parser = p;
        JsonToken t = parser.nextToken();
        if (t == null) {
          continue;
        }
        line++;
        counted = true;
        if (readLine(t, line, sink)) {
          expectEnd(true);
        }
      } catch (JacksonException e) {
        line += counted ? 0 : 1;
        linesLost = true;
        stop(e);
      }
    }
    linesCounted = line - linesBefore;
    head = sink.head;
    bytesRead = batch.bytesRead;
    StreamValidator known = knownTargets;
    if (known != null) {
      KnownTargets.mark(
          known,
          java.util.Objects.requireNonNull(records, "a batch has records"),
          r -> r.links,
          (r, marked) -> r.links = marked);
    }
  }

  /** Validates a dataset's head values, located at the places outside records. */
  private void checkHead(Dataset head) {
    for (Violation v : validator.validate(head, "").getViolations()) {
      add(v.toBuilder().location(locateOuter(v.getPointer())).build());
    }
  }

  /** The violation of a JSON Lines input with no line but white space. */
  private Violation emptyInput() {
    return Violation.of(
            Rule.FORMAT_VERSION,
            "",
            "expected a first line {\"formatVersion\":\""
                + FormatVersion.CURRENT
                + "\",\"type\":\"dataset\"} but the input was empty")
        .location(at(1, 0))
        .build();
  }

  /** Merges the reading of a batch into this one, in input order. */
  private void merge(
      JsonReading batch, DatasetSink sink, ProgressListener progress, long bytesTotal) {
    if (batch.fileVersion != null) {
      fileVersion = batch.fileVersion;
    }
    Dataset.Builder batchHead = batch.head;
    if (batch.headerSeen && batchHead != null) {
      outerLocations.putAll(batch.outerLocations);
      sink.head = batchHead;
    }
    ValidationReport found = batch.problems.report();
    List<Violation> kept = found.getViolations();
    int next = 0;
    for (LineRecord r : java.util.Objects.requireNonNull(batch.records, "a batch has records")) {
      int from = (int) Math.min(r.problemsFrom, kept.size());
      int to = (int) Math.min(r.problemsTo, kept.size());
      while (next < from) {
        keep(kept.get(next++));
      }
      String pointer = "/" + r.type.listName() + "/" + sink.nextIndex(r.type);
      for (; next < to; next++) {
        Violation v = kept.get(next);
        keep(v.toBuilder().pointer(rebased(v.getPointer(), pointer)).build());
      }
      for (int i = r.standInsFrom; i < r.standInsTo; i++) {
        standInPointers.add(rebased(batch.standIns.get(i), pointer));
      }
      StreamValidator.Links links = r.links;
      if (links != null) {
        Optional<Violation> duplicate =
            sink.validator()
                .accept(
                    links,
                    pointer,
                    p -> {
                      Location ahead = r.chains.find(p, pointer.length());
                      return Optional.of(
                          ahead != null
                              ? ahead
                              : batch.locate(r, RECORD + p.substring(pointer.length())));
                    });
        if (duplicate.isPresent()) {
          Violation d = duplicate.get();
          String marked = RECORD + d.getPointer().substring(pointer.length());
          if (!Echoes.echoes(d.toBuilder().pointer(marked).build(), r.failed)) {
            keep(d.toBuilder().location(batch.locate(r, marked)).build());
          }
        }
      }
      Object value = r.value;
      if (value != null) {
        sink.add(r.type, value);
      }
    }
    while (next < kept.size()) {
      keep(kept.get(next++));
    }
    problems.addOmitted(found);
    if (batch.problems.isMalformed()) {
      problems.malformed();
    }
    linesLost |= batch.linesLost;
    progress.progress(recordsRead, batch.bytesRead, bytesTotal);
    spare.offer(batch.where);
  }

  /**
   * Reads one part of a JSON Lines input, a run of whole lines, for an engine that reads the parts
   * of a file on many workers ({@link GcmJson#readLinesPart}): in batches as {@link #readLines}
   * does, each record handed to {@code records} with its own violations, links and the places of
   * its id and references, any other violation to {@code others}. Lines count from the part's
   * first; the part that starts the file ({@code first}) also reads the header and checks the head.
   */
  JsonLinesPart readPart(
      JsonLines lines,
      boolean first,
      java.util.function.Consumer<PartRecord> records,
      java.util.function.Consumer<Violation> others) {
    JsonFactory f = java.util.Objects.requireNonNull(factory, "a JSON Lines reading has a factory");
    Dataset.Builder[] partHead = {null};
    int counted =
        readBatches(
            lines,
            true,
            1,
            first ? 0 : 1,
            r -> {
              deliver(r, f, records, others);
              spare.offer(r.where);
              linesLost |= r.linesLost;
              if (r.headerSeen && r.head != null) {
                outerLocations.putAll(r.outerLocations);
                partHead[0] = r.head;
              }
            });
    if (first) {
      if (counted == 0) {
        lineOffset = 0;
        add(emptyInput());
      }
      Dataset head = (partHead[0] != null ? partHead[0] : Dataset.builder()).build();
      checkHead(head);
      problems.report().getViolations().forEach(others);
      return new JsonLinesPart(
          linesLost,
          partHead[0] == null ? Optional.empty() : Optional.of(JsonWriting.headerLine(f, head)),
          lines.linesEnded());
    }
    return new JsonLinesPart(linesLost, Optional.empty(), lines.linesEnded());
  }

  /** Hands over the records and other violations of a batch read for {@link #readPart}. */
  private static void deliver(
      JsonReading batch,
      JsonFactory f,
      java.util.function.Consumer<PartRecord> records,
      java.util.function.Consumer<Violation> others) {
    List<Violation> kept = batch.problems.report().getViolations();
    int next = 0;
    for (LineRecord r : java.util.Objects.requireNonNull(batch.records, "a batch has records")) {
      int from = (int) Math.min(r.problemsFrom, kept.size());
      int to = (int) Math.min(r.problemsTo, kept.size());
      while (next < from) {
        others.accept(kept.get(next++));
      }
      List<Violation> own = new ArrayList<>(to - next);
      boolean errors = false;
      for (; next < to; next++) {
        Violation v = kept.get(next);
        if (v.getPointer().startsWith(RECORD)) {
          own.add(v.toBuilder().pointer(rebased(v.getPointer(), "")).build());
          errors |= v.getSeverity() == Severity.ERROR;
        } else {
          others.accept(v);
        }
      }
      StreamValidator.Links links = r.links;
      Set<String> standIns = new HashSet<>();
      for (int i = r.standInsFrom; i < r.standInsTo; i++) {
        standIns.add(rebased(batch.standIns.get(i), ""));
      }
      List<PartRecord.Reference> references = new ArrayList<>();
      for (StreamValidator.Reference ref :
          links == null ? List.<StreamValidator.Reference>of() : links.references()) {
        if (!standIns.contains(ref.pointer())) {
          references.add(new PartRecord.Reference(ref, batch.locate(r, RECORD + ref.pointer())));
        }
      }
      String marked = RECORD + "/id";
      boolean idUnread =
          links == null
              || Echoes.echoes(Violation.of(Rule.ID_DUPLICATE, marked, "").build(), r.failed);
      Object value = r.value;
      records.accept(
          new PartRecord(
              r.type,
              r.lineOffset + 1,
              own,
              Optional.ofNullable(links),
              batch.locate(r, marked),
              idUnread,
              Optional.empty(),
              references,
              value == null || errors
                  ? Optional.empty()
                  : Optional.of(JsonWriting.recordLine(f, r.type, value))));
    }
    while (next < kept.size()) {
      others.accept(kept.get(next++));
    }
  }

  /** {@return the records read so far} */
  long recordsRead() {
    return recordsRead;
  }

  /** Reports a JSON Lines line or input beyond a limit, at the start of the line. */
  private void limit(String message) {
    add(Violation.of(Rule.LIMIT, "", message).location(at(1, 1)).build());
    problems.malformed();
    linesLost = true;
  }

  /**
   * Reads one value of a model type from the current token onwards (or the next, when there is no
   * current token), with pointers from "", and validates it; {@code whole} also checks that nothing
   * follows it.
   */
  ReadResult<Object> readValue(Class<?> type, boolean whole) {
    if (type == Dataset.class) {
      ReadResult<Dataset> r = readDocument(true, whole);
      return ReadResult.of(r.getValue().map(d -> d), r.getReport(), r.getFormatVersion());
    }
    Object value = null;
    try {
      JsonToken t = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
      if (t == null) {
        syntax("expected a JSON object but the input was empty", at(parser.currentLocation()));
        return result(Optional.empty());
      }
      beginRecord();
      int root = place(-1, "", -1);
      Location at = location(root);
      if (t != JsonToken.START_OBJECT) {
        String expected =
            type == Text.class
                ? "an object of language tags to text"
                : ReportParts.withArticle(type.getSimpleName()) + " object";
        typeError("", at, expected, t);
        if (whole) {
          expectEnd(false);
        }
        return result(Optional.empty());
      }
      value = type == Text.class ? readText(root) : readObject(Shape.of(type), root);
      if (whole) {
        expectEnd(false);
      }
      validateRecord(value, "", null);
      endRecord();
    } catch (JacksonException e) {
      stop(e);
      return result(Optional.empty());
    }
    return result(Optional.of(value));
  }

  /**
   * Reads one scalar model value (an id, enum constant, date, span or subject) at the current
   * token, with pointer "".
   */
  ReadResult<Object> readScalar(ValueKind kind, Class<?> type) {
    JsonToken t = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
    Location at = here();
    if (t != JsonToken.VALUE_STRING) {
      typeError("", at, "a string", t);
      return result(Optional.empty());
    }
    String text = checked(parser.getString(), "", at);
    if (text == null) {
      return result(Optional.empty());
    }
    try {
      return result(Optional.of(Scalars.parse(kind, type, text)));
    } catch (IllegalArgumentException e) {
      Optional<String> suggestion =
          kind == ValueKind.ENUM
              ? Suggestions.closest(text, Scalars.codes(type))
              : Optional.empty();
      valueSyntax("", at, String.valueOf(e.getMessage()), text, suggestion);
      return result(Optional.empty());
    }
  }

  // ---------------------------------------------------------------- datasets

  private boolean expectRoot(JsonToken t) {
    if (t == null) {
      syntax("expected a JSON object but the input was empty", at(parser.currentLocation()));
      return false;
    }
    int root = place(-1, "", -1);
    if (t != JsonToken.START_OBJECT) {
      typeError(root, "a dataset object", t);
      return false;
    }
    return true;
  }

  private void readDocumentRoot(DatasetSink sink) {
    int rootPlace = place(-1, "", -1);
    Location root = location(rootPlace);
    boolean[] versionSeen = {false};
    readFields(
        rootPlace,
        (name, place) -> {
          if (name.equals("formatVersion")) {
            versionSeen[0] = true;
            readFormatVersion(place);
            return;
          }
          Optional<RecordType> records = RecordType.ofListName(name);
          if (records.isPresent()) {
            readRecordArray(records.get(), place, sink);
            return;
          }
          Optional<Property> p = Shape.of(Dataset.class).property(name);
          if (p.isPresent()) {
            sink.head(p.get(), readProperty(p.get(), place));
          } else {
            unknownField(name, pointer(place), "dataset", headAndRecordNames(true));
          }
        });
    if (!versionSeen[0]) {
      add(
          Violation.of(
                  Rule.FORMAT_VERSION,
                  "/formatVersion",
                  "expected formatVersion " + FormatVersion.known() + " but was missing")
              .location(root)
              .build());
      problems.malformed();
    }
  }

  private void readFormatVersion(int place) {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      typeError(place, "a string", t);
      return;
    }
    String pointer = pointer(place);
    Location at = location(place);
    String v = string(place);
    if (v == null) {
      return;
    }
    Optional<FormatVersion> known = FormatVersion.of(v);
    if (known.isPresent()) {
      fileVersion = known.get();
    } else {
      add(
          Violation.of(
                  Rule.FORMAT_VERSION,
                  pointer,
                  "expected formatVersion "
                      + FormatVersion.known()
                      + " but was '"
                      + shorten(v)
                      + "'")
              .value(shorten(v))
              .location(at)
              .build());
      problems.malformed();
    }
  }

  private void readRecordArray(RecordType type, int place, DatasetSink sink) {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.START_ARRAY) {
      typeError(place, "an array", t);
      return;
    }
    String pointer = pointer(place);
    Shape shape = Shape.of(type.modelClass());
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      String recordPointer = pointer + "/" + sink.nextIndex(type);
      readRecord(shape, type, recordPointer, t, sink);
    }
  }

  private void readRecord(
      Shape shape, RecordType type, String pointer, JsonToken t, DatasetSink sink) {
    beginRecord();
    int root = place(-1, pointer, -1);
    if (t != JsonToken.START_OBJECT) {
      typeError(root, ReportParts.withArticle(type.code()) + " object", t);
      endRecord();
      return;
    }
    Object value = readObject(shape, root);
    validateRecord(value, pointer, sink.validator());
    sink.add(type, value);
    endRecord();
  }

  /** Reads one line of JSON Lines; false when it was not an object, and was skipped. */
  private boolean readLine(JsonToken t, int line, DatasetSink sink) {
    // Numbers, not location objects, as for every value: this runs for every line.
    int startLine = tokenLine();
    int startColumn = tokenColumn();
    if (t != JsonToken.START_OBJECT) {
      Location at = at(startLine, startColumn);
      outerLocations.put("", at);
      typeError("", at, "a JSON object on each line", t);
      return false;
    }
    // Leading "formatVersion" and "type" decide what the line is; the other fields follow them.
    String version = null;
    Location versionAt = null;
    RecordType type = null;
    boolean header = false;
    Keys seen = new Keys();
    JsonToken next;
    while ((next = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (!name.equals("formatVersion") && !name.equals("type")) {
        break;
      }
      boolean misplacedVersion = line > 1 && name.equals("formatVersion");
      // The name's place, only where a problem is reported at it.
      TokenStreamLocation keyAt =
          misplacedVersion || seen.contains(name) ? parser.currentTokenLocation() : null;
      parser.nextToken();
      int valueLine = tokenLine();
      int valueColumn = tokenColumn();
      if (!seen.add(name)) {
        duplicateKey(name, "/" + name, at(java.util.Objects.requireNonNull(keyAt)));
        parser.skipChildren();
        continue;
      }
      if (name.equals("formatVersion")) {
        if (misplacedVersion) {
          key(keyAt);
          unknownField(name, "/" + name, "record", List.of("type"));
          continue;
        }
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          typeError(
              "/formatVersion", at(valueLine, valueColumn), "a string", parser.currentToken());
        } else {
          versionAt = at(valueLine, valueColumn);
          version = checked(parser.getString(), "/formatVersion", versionAt);
        }
        continue;
      }
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        typeError("", at(valueLine, valueColumn), "a string", parser.currentToken());
        continue;
      }
      String code = parser.getString();
      if (loneSurrogate(code) >= 0) {
        code = checked(code, "/type", at(valueLine, valueColumn));
      }
      if (code == null) {
        continue;
      }
      if (line == 1 && code.equals("dataset")) {
        header = true;
        continue;
      }
      try {
        type = (RecordType) Scalars.parse(ValueKind.ENUM, RecordType.class, code);
      } catch (IllegalArgumentException e) {
        String expected = line == 1 ? "dataset or a record type" : "a record type";
        valueSyntax(
            "",
            at(valueLine, valueColumn),
            "expected "
                + expected
                + ": "
                + String.valueOf(e.getMessage()).substring("expected ".length()),
            code,
            Suggestions.closest(code, Scalars.codes(RecordType.class)));
      }
    }
    if (line == 1) {
      checkHeader(header, version, versionAt, at(startLine, startColumn));
    }
    if (header) {
      headerSeen = true;
      readHeaderRest(next, sink);
      return true;
    }
    if (type == null) {
      if (!seen.contains("type")) {
        add(
            Violation.of(
                    Rule.REQUIRED,
                    "",
                    "expected a field type before the other fields of a line but was missing")
                .location(at(startLine, startColumn))
                .build());
        problems.malformed();
      }
      skipRestOfObject(next);
      return true;
    }
    // Pointers start with the mark of the record: the merge numbers it among the records of its
    // type and puts its pointer in their place.
    LineRecord record =
        new LineRecord(type, problems.added(), where.size(), lineOffset, standIns.size());
    java.util.Objects.requireNonNull(records, "a batch has records").add(record);
    current = record;
    beginRecord();
    int root = place(-1, RECORD, -1, startLine, startColumn);
    Shape shape = Shape.of(type.modelClass());
    Object value = readObjectFrom(next, shape, root, TYPE_SEEN);
    validateRecord(value, RECORD, null);
    if (validating) {
      record.links = StreamValidator.Links.of(value);
    }
    if (sink.keep) {
      record.value = value;
    }
    endRecord();
    StreamValidator.Links links = record.links;
    if (links != null) {
      // Here, on the reading thread, where the batch's places are (ChainPlaces).
      record.chains = ChainPlaces.of(links, below -> locate(record, RECORD + below));
    }
    return true;
  }

  private void checkHeader(
      boolean header, @Nullable String version, @Nullable Location versionAt, Location at) {
    if (!header) {
      add(
          Violation.of(
                  Rule.FORMAT_VERSION,
                  "",
                  "expected a first line {\"formatVersion\":\""
                      + FormatVersion.CURRENT
                      + "\",\"type\":\"dataset\"} but it was not a dataset header")
              .location(at)
              .build());
      problems.malformed();
    } else if (version == null) {
      add(
          Violation.of(
                  Rule.FORMAT_VERSION,
                  "/formatVersion",
                  "expected formatVersion " + FormatVersion.known() + " but was missing")
              .location(at)
              .build());
      problems.malformed();
    } else if (FormatVersion.of(version).isPresent()) {
      fileVersion = FormatVersion.of(version).get();
    } else {
      add(
          Violation.of(
                  Rule.FORMAT_VERSION,
                  "/formatVersion",
                  "expected formatVersion "
                      + FormatVersion.known()
                      + " but was '"
                      + shorten(version)
                      + "'")
              .value(shorten(version))
              .location(versionAt != null ? versionAt : at)
              .build());
      problems.malformed();
    }
  }

  private void readHeaderRest(JsonToken next, DatasetSink sink) {
    Shape dataset = Shape.of(Dataset.class);
    // The header line's own location is not recorded: head rules at "" are located by file only.
    int root = newPlace(-1, "", -1, 0, 0);
    readFieldsFrom(
        next,
        root,
        HEADER_SEEN,
        (name, place) -> {
          Optional<Property> p =
              dataset.property(name).filter(x -> RecordType.ofListName(x.name()).isEmpty());
          if (p.isPresent()) {
            sink.head(p.get(), readProperty(p.get(), place));
          } else {
            unknownField(name, pointer(place), "dataset header", headAndRecordNames(false));
          }
        });
  }

  private void skipRestOfObject(JsonToken next) {
    JsonToken t = next;
    while (t == JsonToken.PROPERTY_NAME) {
      parser.nextToken();
      parser.skipChildren();
      t = parser.nextToken();
    }
  }

  /** Collects a dataset's head values and records, and validates records across the stream. */
  private final class DatasetSink {
    final boolean keep;
    private @Nullable StreamValidator validator;
    final Map<RecordType, Integer> counts = new EnumMap<>(RecordType.class);
    final Map<RecordType, List<Object>> records = new EnumMap<>(RecordType.class);
    Dataset.Builder head = Dataset.builder();
    boolean finished;

    DatasetSink(boolean keep) {
      this.keep = keep;
    }

    /**
     * {@return the validator of the dataset rules, made on first use: a JSON Lines batch's sink
     * takes only the header and never needs one (its two id tables cost some 16 KB a batch)}
     */
    StreamValidator validator() {
      StreamValidator v = validator;
      if (v == null) {
        v = StreamValidator.create(JsonReading.this.validator);
        validator = v;
      }
      return v;
    }

    int nextIndex(RecordType type) {
      recordsRead++;
      return counts.merge(type, 1, Integer::sum) - 1;
    }

    void head(Property p, Object value) {
      if (value != FAILED) {
        p.set(head, value);
      }
    }

    void add(RecordType type, Object record) {
      if (keep) {
        records.computeIfAbsent(type, t -> new ArrayList<>()).add(record);
      }
    }

    /**
     * Validates the head values and reports unresolved references; not after a syntax error, nor
     * after a JSON Lines line that could not be read (it may hold what they point to).
     */
    void finish() {
      finished = true;
      if (!validating) {
        return;
      }
      checkHead(head.build());
      if (!linesLost) {
        validator()
            .finish(
                v -> {
                  if (!standInPointers.contains(v.getPointer())) {
                    JsonReading.this.add(v);
                  }
                });
      }
    }

    Optional<Dataset> dataset() {
      if (!keep || !finished || problems.isMalformed()) {
        return Optional.empty();
      }
      Dataset.Builder b = head;
      Shape shape = Shape.of(Dataset.class);
      records.forEach((t, list) -> shape.property(t.listName()).orElseThrow().set(b, list));
      return Optional.of(b.build());
    }
  }

  private static List<String> headAndRecordNames(boolean withRecords) {
    List<String> names = new ArrayList<>();
    names.add("formatVersion");
    for (String n : Shape.of(Dataset.class).names()) {
      if (withRecords || RecordType.ofListName(n).isEmpty()) {
        names.add(n);
      }
    }
    if (!withRecords) {
      names.add("type");
    }
    return names;
  }

  // ---------------------------------------------------------------- records and validation

  /** The record being read, for its summary of problems not listed. */
  private final Problems.RecordPlace recordPlace =
      new Problems.RecordPlace() {
        @Override
        public String pointer() {
          return recordStart < where.size() ? JsonReading.this.pointer(recordStart) : "";
        }

        @Override
        public Location location() {
          return recordStart < where.size() ? JsonReading.this.location(recordStart) : at(null);
        }
      };

  private void beginRecord() {
    inRecord = true;
    recordStart = where.size();
    problems.startRecord();
  }

  /** Drops the places of the record just read: it was validated and its problems located. */
  private void endRecord() {
    problems.endRecord(recordPlace);
    inRecord = false;
    LineRecord r = current;
    if (r == null) {
      where.truncate(recordStart);
      return;
    }
    // A batch's records keep their places until the merge, which may have to locate references.
    r.end(problems.added(), where.size(), standIns.size(), problems.failedInRecord());
    current = null;
    recordStart = where.size();
  }

  /**
   * The location of {@code pointer}, under the mark of a record of this batch, or of its nearest
   * ancestor; asked by the merge after the batch was read.
   */
  private Location locate(LineRecord r, String pointer) {
    lineOffset = r.lineOffset;
    int place = where.find(pointer, r.placeFrom, r.placeTo);
    return place >= 0 ? location(place) : at(null);
  }

  /**
   * The pointer of a record in a batch, which its pointer replaces in the merge: no pointer that a
   * reading makes starts with it, and unlike "" it tells a record's own pointer from the input's.
   */
  private static final String RECORD = "#";

  /** {@code pointer} of a batch, with the mark of the record replaced by its {@code record}. */
  private static String rebased(String pointer, String record) {
    return pointer.startsWith(RECORD) ? record + pointer.substring(RECORD.length()) : pointer;
  }

  /** A record read in a batch: what its merge needs. */
  private static final class LineRecord {
    final RecordType type;
    final long problemsFrom;
    final int placeFrom;
    final long lineOffset;
    final int standInsFrom;
    long problemsTo;
    int placeTo;
    int standInsTo;
    List<String> failed = List.of();
    StreamValidator.@Nullable Links links;
    // Its chain links' places, found where it was read.
    ChainPlaces chains = ChainPlaces.NONE;
    @Nullable Object value;

    LineRecord(
        RecordType type, long problemsFrom, int placeFrom, long lineOffset, int standInsFrom) {
      this.type = type;
      this.problemsFrom = problemsFrom;
      this.placeFrom = placeFrom;
      this.lineOffset = lineOffset;
      this.standInsFrom = standInsFrom;
    }

    void end(long problems, int places, int standIns, List<String> failedInRecord) {
      problemsTo = problems;
      placeTo = places;
      standInsTo = standIns;
      if (!failedInRecord.isEmpty()) {
        failed = List.copyOf(failedInRecord);
      }
    }
  }

  /** Validates one record (with the stream validator when given) and adds its violations. */
  private void validateRecord(Object value, String pointer, @Nullable StreamValidator stream) {
    if (!validating) {
      return;
    }
    ValidationReport report =
        stream != null
            ? stream.accept(value, pointer, p -> Optional.of(locate(p)))
            : validator
                .validate(value, pointer)
                .map(v -> v.toBuilder().location(locate(v.getPointer())).build());
    for (Violation v : report.getViolations()) {
      if (!Echoes.echoes(v, problems.failedInRecord())) {
        add(v);
      }
    }
  }

  // ---------------------------------------------------------------- binding

  /** Receives each field of an object, first occurrences only, positioned on its value. */
  private interface FieldHandler {
    void field(String name, int place);

    /**
     * Whether {@link #field} may report {@code name} as an unknown field, at the name's place.
     * Jackson makes an object for a name's place, so it is taken only for these: one per field was
     * a tenth of the bytes that reading allocated.
     */
    @SuppressWarnings("UnusedVariable") // by default any name may be reported, whatever it is
    default boolean mayBeUnknown(String name) {
      return true;
    }
  }

  private void readFields(int parent, FieldHandler handler) {
    readFieldsFrom(parser.nextToken(), parent, List.of(), handler);
  }

  /**
   * Reads the fields of an object from {@code next} (a field name or the end of the object),
   * reporting repeated keys; {@code alreadySeen} holds keys consumed before.
   */
  private void readFieldsFrom(
      JsonToken next, int parent, List<String> alreadySeen, FieldHandler handler) {
    Keys seen = keys();
    // Indexed: a method reference and an iterator per object showed in the allocation profile.
    for (int i = 0; i < alreadySeen.size(); i++) {
      seen.add(alreadySeen.get(i));
    }
    int fields = alreadySeen.size();
    long skipped = 0;
    JsonToken t = next;
    while (t == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      // A field past the limit is only counted: its name is neither checked nor placed.
      boolean over = ++fields > MAX_OBJECT_FIELDS;
      boolean surrogate = !over && loneSurrogate(name) >= 0;
      // Added as it is met, so that the keys are scanned once for each name.
      boolean repeated = !over && !surrogate && !seen.add(name);
      // The name's place, only where a problem may be reported at it.
      TokenStreamLocation keyAt =
          !over && (surrogate || repeated || handler.mayBeUnknown(name))
              ? parser.currentTokenLocation()
              : null;
      parser.nextToken();
      if (over) {
        // Neither kept nor reported one by one: a hostile object must not fill the memory.
        skipped++;
        parser.skipChildren();
      } else if (surrogate) {
        // Only text given as a String can hold one: Jackson refuses such escapes in names.
        checked(name, pointer(parent), at(java.util.Objects.requireNonNull(keyAt)));
        parser.skipChildren();
      } else if (repeated) {
        duplicateKey(
            name,
            pointer(parent) + "/" + pointerToken(name),
            at(java.util.Objects.requireNonNull(keyAt)));
        parser.skipChildren();
      } else {
        key(keyAt);
        handler.field(name, place(parent, name, -1));
      }
      t = parser.nextToken();
    }
    spare(seen);
    if (skipped > 0) {
      keep(
          Violation.of(
                  Rule.LIMIT,
                  pointer(parent),
                  "expected at most "
                      + MAX_OBJECT_FIELDS
                      + " fields in one object but found "
                      + skipped
                      + " more; they are not read")
              .location(location(parent))
              .build());
      problems.malformed();
      failed(pointer(parent));
    }
  }

  private Object readObject(Shape shape, int place) {
    return readObjectFrom(parser.nextToken(), shape, place, List.of());
  }

  /** Binds an object's fields into a new builder of {@code shape} and builds it. */
  private Object readObjectFrom(JsonToken next, Shape shape, int place, List<String> alreadySeen) {
    Object builder = shape.newBuilder();
    ObjectFields fields = spareFields.pollFirst();
    if (fields == null) {
      fields = new ObjectFields(shape, builder);
    } else {
      fields.start(shape, builder);
    }
    readFieldsFrom(next, place, alreadySeen, fields);
    // Indexed: the iterator of this loop showed in the allocation profile of reading JSON Lines.
    List<Property> properties = shape.properties();
    for (int i = 0; i < properties.size(); i++) {
      Property p = properties.get(i);
      if (p.cardinality() == Cardinality.REQUIRED && !fields.isSet(i)) {
        String missing = pointer(place) + "/" + pointerToken(p.name());
        if (!problems.failedInRecord().contains(missing)) {
          add(
              Violation.of(Rule.REQUIRED, missing, "expected a value but was missing")
                  .location(location(place))
                  .build());
          problems.malformed();
          failed(missing);
        }
        p.set(builder, standIn(p, missing));
      }
    }
    if (spareFields.size() < MAX_SPARE) {
      spareFields.push(fields);
    }
    return shape.build(builder);
  }

  /**
   * Binds the fields of one object of a shape into its builder, and keeps which properties were
   * set: a bit for each property by its index, where a set of their names cost a hash and a scan of
   * each name, once to add it and once for each required property. Reused from object to object, as
   * {@link Keys} are; one left unreturned (an exception broke off its object) is only garbage.
   */
  private final class ObjectFields implements FieldHandler {
    private Shape shape;
    private Object builder;
    private long[] set;

    /** The property of the name last asked about: it is asked twice, once to place it. */
    private @Nullable Property last;

    ObjectFields(Shape shape, Object builder) {
      this.shape = shape;
      this.builder = builder;
      this.set = new long[0];
      start(shape, builder);
    }

    /** Starts on another object, of {@code shape}: a nested one gets an instance of its own. */
    void start(Shape shape, Object builder) {
      this.shape = shape;
      this.builder = builder;
      int words = (shape.properties().size() + 63) >>> 6;
      if (set.length < words) {
        set = new long[words];
      } else {
        Arrays.fill(set, 0, words, 0L);
      }
      last = null;
    }

    boolean isSet(int index) {
      return (set[index >>> 6] & (1L << index)) != 0;
    }

    @Override
    public void field(String name, int valuePlace) {
      Property p = property(name);
      if (p == null) {
        unknownField(name, pointer(valuePlace), shape.type().getSimpleName(), shape.names());
        return;
      }
      Object v = readProperty(p, valuePlace);
      if (v != FAILED) {
        p.set(builder, v);
        set[p.index() >>> 6] |= 1L << p.index();
        if (p.cardinality() == Cardinality.LIST) {
          // The builder copied the items: the list can take the next list property's.
          spare((List<?>) v);
        }
      }
    }

    @Override
    public boolean mayBeUnknown(String name) {
      return property(name) == null;
    }

    /**
     * The property named {@code name}, or null. Trying first the properties after the last one
     * found, in canonical order, did not pay: in profiles of reading JSON Lines the lookups took
     * 3.1-3.4 percent of the samples with or without it, comparing the names being most of it.
     */
    private @Nullable Property property(String name) {
      Property l = last;
      if (l != null && l.name().equals(name)) {
        return l;
      }
      Property p = shape.property(name).orElse(null);
      if (p != null) {
        last = p;
      }
      return p;
    }
  }

  /**
   * A set of keys for one object, to find repeated keys, reused: new ones for each object read were
   * a twentieth of the bytes that reading allocated. One left unreturned (an exception broke off
   * its object) is only garbage.
   */
  private Keys keys() {
    Keys k = spareKeys.pollFirst();
    if (k == null) {
      return new Keys();
    }
    k.clear();
    return k;
  }

  /**
   * Takes back a list of a list property's values that a builder has copied. Each was made for one
   * property, then copied by the builder and dropped: their arrays were 6 % of the bytes that
   * reading JSON Lines allocated. A long one is left to the collector, so that a hostile array does
   * not stay in memory.
   */
  @SuppressWarnings("unchecked") // only readProperty's lists of values are given back
  private void spare(List<?> values) {
    if (values.size() <= 64 && spareLists.size() < MAX_SPARE) {
      values.clear();
      spareLists.push((List<Object>) values);
    }
  }

  /** Takes back a set of keys that its object no longer uses. */
  private void spare(Keys k) {
    if (spareKeys.size() < MAX_SPARE) {
      spareKeys.push(k);
    }
  }

  /** As many spare sets of keys, binders and lists as objects nest deep in usual data. */
  private static final int MAX_SPARE = 32;

  /** Reads the value of {@code p} at the current token: a List for list properties. */
  private Object readProperty(Property p, int place) {
    if (p.cardinality() != Cardinality.LIST) {
      return readSingle(p, place);
    }
    JsonToken t = parser.currentToken();
    if (t != JsonToken.START_ARRAY) {
      return typeError(place, "an array", t);
    }
    List<Object> values = spareLists.pollFirst();
    if (values == null) {
      values = new ArrayList<>();
    }
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      Object v = readSingle(p, place(place, null, i++));
      if (v != FAILED) {
        values.add(v);
      }
    }
    return values;
  }

  private Object readSingle(Property p, int place) {
    JsonToken t = parser.currentToken();
    switch (p.kind()) {
      case OBJECT -> {
        if (t != JsonToken.START_OBJECT) {
          return typeError(
              place, ReportParts.withArticle(p.elementType().getSimpleName()) + " object", t);
        }
        return readObject(p.shape(), place);
      }
      case TEXT -> {
        if (t != JsonToken.START_OBJECT) {
          return typeError(place, "an object of language tags to text", t);
        }
        return readText(place);
      }
      case DECIMAL -> {
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
          return typeError(place, "a number", t);
        }
        // From the text, as the CSV reader does: Jackson's own parsing lets some exponents
        // overflow (999999999e214748364719999999999 became 9.99999999E+2147483655) and throws
        // NumberFormatException on others (1e2147483648). Numbers are at most
        // JsonLimits.getMaxNumberLength long, so this stays linear.
        String text = parser.getString();
        try {
          return Scalars.parse(ValueKind.DECIMAL, BigDecimal.class, text);
        } catch (IllegalArgumentException refused) {
          valueSyntax(
              pointer(place),
              location(place),
              String.valueOf(refused.getMessage()),
              text,
              Optional.empty());
          return FAILED;
        }
      }
      default -> {
        if (t != JsonToken.VALUE_STRING) {
          return typeError(place, "a string", t);
        }
        String text = string(place);
        if (text == null) {
          return FAILED;
        }
        try {
          return Scalars.parse(p.kind(), p.elementType(), text);
        } catch (IllegalArgumentException e) {
          Optional<String> suggestion =
              p.kind() == ValueKind.ENUM
                  ? Suggestions.closest(text, Scalars.codes(p.elementType()))
                  : Optional.empty();
          valueSyntax(
              pointer(place), location(place), String.valueOf(e.getMessage()), text, suggestion);
          return FAILED;
        }
      }
    }
  }

  private Object readText(int place) {
    TextValues values = new TextValues();
    boolean[] failed = {false};
    readFields(
        place,
        new FieldHandler() {
          @Override
          public void field(String language, int valuePlace) {
            JsonToken t = parser.currentToken();
            if (t != JsonToken.VALUE_STRING) {
              typeError(valuePlace, "a string", t);
            } else {
              String text = string(valuePlace);
              if (text != null) {
                values.put(language, text);
              } else {
                // A text without the language that could not be read would be a silent change.
                failed[0] = true;
              }
            }
          }

          @Override
          public boolean mayBeUnknown(String language) {
            // Any language is a field of a text; a tag that is not one is reported at its value.
            return false;
          }
        });
    if (failed[0]) {
      failed(pointer(place));
      return FAILED;
    }
    return values.text();
  }

  /** A placeholder for a required value that could not be read, so the record can be built. */
  private Object standIn(Property p, String pointer) {
    Class<?> type = p.elementType();
    return switch (p.kind()) {
      case STRING -> "x";
      case DECIMAL -> BigDecimal.ZERO;
      case ENUM -> type.getEnumConstants()[0];
      case TEXT -> Text.en("x");
      case PARTIAL_DATE -> PartialDate.ofYear(2000);
      case DATE_SPAN -> DateSpan.of(PartialDate.ofYear(2000));
      case SUBJECT -> Subject.parse("gcm");
      case ID -> {
        // Only a stand-in reference can be reported unresolved at the end: its pointer is kept to
        // drop that echo, and no other stand-in's, so that memory grows only with these.
        if (records != null) {
          standIns.add(pointer);
        } else {
          standInPointers.add(pointer);
        }
        yield Scalars.parse(ValueKind.ID, type, STAND_IN_ID);
      }
      case OBJECT -> {
        Shape shape = p.shape();
        Object builder = shape.newBuilder();
        for (Property q : shape.properties()) {
          if (q.cardinality() == Cardinality.REQUIRED) {
            q.set(builder, standIn(q, pointer + "/" + pointerToken(q.name())));
          }
        }
        yield shape.build(builder);
      }
    };
  }

  // ---------------------------------------------------------------- violations

  private Object typeError(int place, String expected, @Nullable JsonToken found) {
    return typeError(pointer(place), location(place), expected, found);
  }

  private Object typeError(
      String pointer, Location at, String expected, @Nullable JsonToken found) {
    Violation.Builder v =
        Violation.of(Rule.TYPE, pointer, "expected " + expected + " but was " + describe(found))
            .location(at);
    if (found != null && found.isScalarValue()) {
      String text = parser.getString();
      if (loneSurrogate(text) < 0) {
        v.value(shorten(text));
      }
    }
    add(v.build());
    problems.malformed();
    failed(pointer);
    parser.skipChildren();
    return FAILED;
  }

  private void valueSyntax(
      String pointer, Location at, String message, String value, Optional<String> suggestion) {
    add(
        Violation.of(Rule.VALUE_SYNTAX, pointer, message)
            .value(shorten(value))
            .suggestion(suggestion)
            .location(at)
            .build());
    problems.malformed();
    failed(pointer);
  }

  private void unknownField(String name, String pointer, String owner, List<String> names) {
    Location at = keyKnown ? at(keyLine, keyColumn) : null;
    Optional<String> suggestion = Suggestions.closest(name, names);
    String message =
        "expected a field of "
            + owner
            + " ("
            + String.join(", ", names)
            + ") but was '"
            + shorten(name)
            + "'"
            + suggestion.map(s -> "; did you mean '" + s + "'?").orElse("");
    Violation.Builder v =
        Violation.of(Rule.UNKNOWN_FIELD, pointer, message)
            .value(shorten(name))
            .suggestion(suggestion);
    if (at != null) {
      v.location(at);
    }
    if (lenient) {
      v.severity(Severity.WARNING);
    } else {
      problems.malformed();
      // A strict reader treats the field as a failed value: rules about its object would echo it.
      failed(pointer);
    }
    add(v.build());
    parser.skipChildren();
  }

  private void duplicateKey(String name, String pointer, Location keyAt) {
    add(
        Violation.of(
                Rule.JSON_DUPLICATE_KEY,
                pointer,
                "expected each key once in an object but '" + shorten(name) + "' was repeated")
            .value(shorten(name))
            .location(keyAt)
            .build());
    problems.malformed();
  }

  private void syntax(String message, Location at) {
    add(Violation.of(Rule.JSON_SYNTAX, "", message).location(at).build());
    problems.malformed();
  }

  private void expectEnd(boolean line) {
    JsonToken t = parser.nextToken();
    if (t != null) {
      syntax(
          line
              ? "expected the end of the line after its JSON value (one record on each line) but was "
                  + describe(t)
              : "expected the end of the input but was " + describe(t),
          here());
    }
  }

  /** Reports the exception that ended reading: malformed input or a limit; rethrows I/O errors. */
  private void stop(JacksonException e) {
    try {
      report(e);
    } finally {
      reading = -1;
      if (inRecord) {
        endRecord();
      }
    }
  }

  private void report(JacksonException e) {
    if (e instanceof JacksonIOException io) {
      IOException cause = io.getCause();
      if (cause instanceof java.nio.charset.CharacterCodingException) {
        encoding(cause, at(e.getLocation()));
        return;
      }
      throw new UncheckedIOException(cause);
    }
    if (!(e instanceof StreamConstraintsException)
        && !(e instanceof tools.jackson.core.exc.StreamReadException)) {
      throw e;
    }
    Location at = e.getLocation() != null ? at(e.getLocation()) : here();
    if (e instanceof TooManyValues) {
      keep(
          Violation.of(
                  Rule.LIMIT,
                  recordStart < where.size() ? pointer(recordStart) : "",
                  e.getOriginalMessage())
              .location(at)
              .build());
    } else if (e instanceof StreamConstraintsException) {
      keep(
          Violation.of(Rule.LIMIT, "", JsonLimits.describe(e.getOriginalMessage()))
              .location(at)
              .build());
    } else if (factory != null && endOfInput(e)) {
      keep(
          Violation.of(
                  Rule.JSON_SYNTAX,
                  "",
                  "expected a whole JSON value on each line but the line ends inside one (a record"
                      + " must not be spread over several lines): "
                      + withoutStartMarker(e.getOriginalMessage()))
              .location(at)
              .build());
    } else {
      keep(
          Violation.of(
                  Rule.JSON_SYNTAX,
                  "",
                  "expected well-formed JSON but found: " + e.getOriginalMessage())
              .location(at)
              .build());
    }
    problems.malformed();
    failed("");
  }

  /** A record with more than {@link #MAX_RECORD_VALUES} values: reading stops as at a limit. */
  private static final class TooManyValues extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    TooManyValues(String message) {
      super(message);
    }
  }

  /** Jackson's message without where the value began: a place in the line, not in the file. */
  private static String withoutStartMarker(String message) {
    int i = String.valueOf(message).indexOf(" (start marker at");
    return i < 0 ? String.valueOf(message) : message.substring(0, i);
  }

  /** Whether {@code e} says the input ended inside a value; Jackson has no one type for it. */
  private static boolean endOfInput(JacksonException e) {
    return e instanceof UnexpectedEndOfInputException
        || String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input");
  }

  /**
   * Reports malformed UTF-8 as the CSV reader does, with its bytes and offset, at the value (or
   * else the record) being read when it was found. Reading stops there, or at the end of its line.
   */
  private void encoding(IOException cause, Location jacksonAt) {
    String pointer = "";
    if (reading >= 0) {
      pointer = pointer(reading);
    } else if (inRecord && recordStart < where.size()) {
      pointer = pointer(recordStart);
    }
    Location at = jacksonAt;
    String message = "expected UTF-8 text but found a malformed byte sequence";
    @Nullable String value = null;
    if (cause instanceof Utf8.MalformedInput m) {
      Location.Builder b = Location.builder();
      at.getFile().ifPresent(b::file);
      at =
          b.line(m.malformed.line)
              .column((int) Math.min(m.malformed.column, Integer.MAX_VALUE))
              .build();
      message =
          "expected UTF-8 but found the invalid bytes "
              + m.malformed.bytes
              + " at byte offset "
              + m.malformed.offset
              + (factory != null ? "; the rest of the line is not read" : "; reading stops");
      value = m.malformed.bytes;
    }
    keep(
        Violation.of(Rule.ENCODING, pointer, message)
            .value(Optional.ofNullable(value))
            .location(at)
            .build());
    problems.malformed();
  }

  /** Adds a violation; beyond the problems listed of one record it is only counted. */
  private void add(Violation v) {
    problems.add(v);
  }

  /** Adds a violation about a limit, or one that ends the reading of a record: never left out. */
  private void keep(Violation v) {
    problems.keep(v);
  }

  /**
   * Notes a value that could not be read, so that the rules that notice it missing are not echoed.
   */
  private void failed(String pointer) {
    problems.failed(pointer);
  }

  private <T> ReadResult<T> result(Optional<T> value) {
    return ReadResult.of(
        problems.isMalformed() ? Optional.empty() : value,
        problems.report(),
        Optional.ofNullable(fileVersion));
  }

  // ---------------------------------------------------------------- locations

  private Location here() {
    return at(parser.currentTokenLocation());
  }

  private Location at(@Nullable TokenStreamLocation l) {
    return l == null ? at(0, 0) : at(l.getLineNr(), l.getColumnNr());
  }

  /** The location of Jackson's {@code line} and {@code column}, in the whole input. */
  private Location at(int line, int column) {
    Location.Builder b = Location.builder();
    if (file != null) {
      b.file(file);
    }
    if (line > 0) {
      b.line(lineOffset + line);
      if (column > 0) {
        b.column(column);
      }
    }
    return b.build();
  }

  /**
   * The place of the value at the current token: field {@code name} of {@code parent}, or element
   * {@code index} when the name is null, or the whole pointer {@code name} when parent is -1.
   * Outside records its location is kept at once, as records' places are dropped after each.
   */
  private int place(int parent, @Nullable String name, int index) {
    return place(parent, name, index, tokenLine(), tokenColumn());
  }

  /** The line of the current token, as its location would give it (see {@link #tokenColumn}). */
  private int tokenLine() {
    return parser instanceof ParserBase b && parser.currentToken() != JsonToken.PROPERTY_NAME
        ? b.getTokenLineNr()
        : parser.currentTokenLocation().getLineNr();
  }

  /**
   * The column of the current token, as its location would give it. Jackson's
   * currentTokenLocation() makes its object in one of two branches, which escape analysis (JDK 17)
   * cannot remove: one per value was a fifth of the bytes that reading JSON Lines allocated. Its
   * parsers give a value token's numbers without one, but their column is one more than the
   * location's (both are -1 when unknown); a field name's place exists only as the object.
   */
  private int tokenColumn() {
    if (parser instanceof ParserBase b && parser.currentToken() != JsonToken.PROPERTY_NAME) {
      int column = b.getTokenColumnNr();
      return column < 0 ? column : column - 1;
    }
    return parser.currentTokenLocation().getColumnNr();
  }

  private int place(int parent, @Nullable String name, int index, int line, int column) {
    if (inRecord && where.size() - recordStart >= MAX_RECORD_VALUES) {
      throw new TooManyValues(
          "expected at most "
              + MAX_RECORD_VALUES
              + " values in one record but found more; the rest of the record is not read");
    }
    int place = newPlace(parent, name, index, line, column);
    if (!inRecord) {
      outerLocations.put(pointer(place), location(place));
    }
    return place;
  }

  /** Keeps the place of the field name being handled; none when it was not taken. */
  private void key(@Nullable TokenStreamLocation l) {
    keyKnown = l != null;
    if (l != null) {
      keyLine = l.getLineNr();
      keyColumn = l.getColumnNr();
    }
  }

  private int newPlace(int parent, @Nullable String name, int index, int line, int column) {
    if (parent < 0) {
      return where.whole(
          java.util.Objects.requireNonNull(name, "a root place holds its pointer"),
          line,
          column,
          null);
    }
    return name != null
        ? where.field(parent, name, line, column)
        : where.item(parent, index, line, column);
  }

  /** The JSON Pointer of a place. */
  private String pointer(int place) {
    return where.pointer(place);
  }

  /** The location of a place, as {@link #at(TokenStreamLocation)} makes it. */
  private Location location(int place) {
    return at(where.line(place), where.column(place));
  }

  /** The location of {@code pointer} or of its nearest recorded ancestor. */
  private Location locate(String pointer) {
    int place = where.find(pointer, recordStart);
    return place >= 0 ? location(place) : locateOuter(pointer);
  }

  private Location locateOuter(String pointer) {
    String p = pointer;
    while (true) {
      Location l = outerLocations.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return at(null);
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  // ---------------------------------------------------------------- helpers

  private static final List<String> TYPE_SEEN = List.of("type");
  private static final List<String> HEADER_SEEN = List.of("formatVersion", "type");

  /**
   * The keys of one object, to find repeated ones: objects have few keys, so a short array is
   * scanned (a HashSet per object was a hot spot), and a hash set takes over beyond that so that a
   * huge hostile object stays linear.
   */
  private static final class Keys {
    private static final int SCANNED = 16;
    private String[] few = new String[4];
    // The keys' hashes, compared before the keys: most keys differ from the others, and a String
    // keeps its hash, so a key is compared with another by an int, not by its characters. The
    // scan was 4 % of the time of reading JSON Lines in a profile.
    private int[] hashes = new int[4];
    private int count;
    private @Nullable Set<String> many;

    /** Empties the set for another object. */
    void clear() {
      Arrays.fill(few, 0, count, null);
      count = 0;
      many = null;
    }

    /** Adds {@code key}; false when it was there already. */
    boolean add(String key) {
      if (many != null) {
        return many.add(key);
      }
      int hash = key.hashCode();
      if (scan(key, hash)) {
        return false;
      }
      if (count == SCANNED) {
        Set<String> all = new HashSet<>(Arrays.asList(few));
        all.add(key);
        many = all;
        return true;
      }
      if (count == few.length) {
        few = Arrays.copyOf(few, count * 2);
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      few[count] = key;
      hashes[count++] = hash;
      return true;
    }

    boolean contains(String key) {
      if (many != null) {
        return many.contains(key);
      }
      return scan(key, key.hashCode());
    }

    private boolean scan(String key, int hash) {
      for (int i = 0; i < count; i++) {
        if (hashes[i] == hash && few[i].equals(key)) {
          return true;
        }
      }
      return false;
    }
  }

  private static String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
    };
  }

  /** The index of the first surrogate without its pair in {@code s}, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      return i;
    }
    return -1;
  }

  /**
   * The string value at {@code place}, or null when it holds a lone surrogate (reported): no writer
   * could write it as UTF-8.
   */
  private @Nullable String string(int place) {
    reading = place;
    String text = parser.getString();
    reading = -1;
    // The pointer and location only for a string reported: making them for every value was a
    // third of the reader's allocation on valid data.
    return loneSurrogate(text) < 0 ? text : checked(text, pointer(place), location(place));
  }

  /** {@code text}, or null after reporting its lone surrogate at {@code pointer}. */
  private @Nullable String checked(String text, String pointer, Location at) {
    int i = loneSurrogate(text);
    if (i < 0) {
      return text;
    }
    add(
        Violation.of(
                Rule.JSON_SYNTAX,
                pointer,
                "expected Unicode text but the string holds a lone surrogate U+"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(i))
                    + " at character "
                    + (i + 1)
                    + " (an escape \\u"
                    + String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(i))
                    + " without its pair)")
            .location(at)
            .build());
    problems.malformed();
    failed(pointer);
    return null;
  }
}
