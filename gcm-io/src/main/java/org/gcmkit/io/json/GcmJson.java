package org.gcmkit.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.gcmkit.io.PartRecord;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.AtomicFiles;
import org.gcmkit.io.internal.InOrder;
import org.gcmkit.io.internal.Problems;
import org.gcmkit.io.internal.Utf8;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.DatasetRecord;
import org.gcmkit.model.meta.ModelTypes;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ReportLanguage;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Reads, validates and writes the GCM model as JSON: a dataset document ({@code .json}), JSON Lines
 * ({@code .jsonl} or {@code .ndjson}: a header line, then one record per line), or any single model
 * value.
 *
 * <p>Reading validates as it reads and reports every problem in one {@link ValidationReport}:
 * malformed JSON, wrong JSON types, missing, unknown and repeated fields, unreadable values, the
 * model's rules and the dataset's (unique ids, resolving references), each with its code, JSON
 * Pointer and line and column in the input. Writing is canonical: the same value always gives the
 * same bytes. The format is described in {@code docs/json-format.md} and by {@link
 * #datasetSchema()}.
 *
 * <pre>{@code
 * GcmJson json = GcmJson.create();
 * ReadResult<Dataset> result = json.readDataset(Path.of("gcm.json"));
 * if (!result.isValid()) {
 *   System.err.println(result.getReport().toText());
 * }
 * json.writeDataset(result.requireValid(), Path.of("gcm.jsonl"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: create one, configure it by copy ({@link #lenient()}, {@link
 * #withLimits}, {@link #withValidator}, {@link #withMaxViolations}, {@link #withThreads}, {@link
 * #withProgress}) and share it. No method accepts or returns null. I/O errors are thrown as {@link
 * UncheckedIOException} (or {@link IOException} when writing files); they never enter a report.
 */
public final class GcmJson {
  private static final GcmJson DEFAULT =
      new GcmJson(
          false,
          JsonLimits.defaults(),
          ValidationReport.DEFAULT_MAX_VIOLATIONS,
          GcmValidator.create(),
          1,
          ProgressListener.none());

  private final boolean lenient;
  private final JsonLimits limits;
  private final int maxViolations;
  private final JsonFactory factory;
  // For validate(Path), which keeps only ids: no document length limit, so that a data team can
  // check a JSON Lines file of any size in bounded memory.
  private final JsonFactory streaming;
  private final GcmValidator validator;
  private final int threads;
  private final ProgressListener progress;

  private GcmJson(
      boolean lenient,
      JsonLimits limits,
      int maxViolations,
      GcmValidator validator,
      int threads,
      ProgressListener progress) {
    this.lenient = lenient;
    this.limits = limits;
    this.maxViolations = maxViolations;
    this.factory = factory(limits.toConstraints(true));
    this.streaming = factory(limits.toConstraints(false));
    this.validator = validator;
    this.threads = threads;
    this.progress = progress;
  }

  /**
   * A reader and writer with strict reading (unknown fields are errors), default limits, the
   * model's rules ({@link GcmValidator#create()}), and reports that keep at most {@value
   * ValidationReport#DEFAULT_MAX_VIOLATIONS} violations.
   *
   * @return the shared default instance
   */
  public static GcmJson create() {
    return DEFAULT;
  }

  /**
   * A copy that reports unknown fields as warnings and skips them, instead of errors.
   *
   * @return the lenient copy
   */
  public GcmJson lenient() {
    return new GcmJson(true, limits, maxViolations, validator, threads, progress);
  }

  /**
   * A copy that enforces {@code limits} when reading.
   *
   * @param limits the limits for every read
   * @return the copy
   */
  public GcmJson withLimits(JsonLimits limits) {
    return new GcmJson(
        lenient,
        Objects.requireNonNull(limits, "limits"),
        maxViolations,
        validator,
        threads,
        progress);
  }

  /**
   * A copy that checks the model's rules with {@code validator} when reading and validating, so
   * that an application's own constraints and rules (see {@link GcmValidator#using}) are reported
   * with the format's problems, located in the input.
   *
   * @param validator the validator of every value read
   * @return the copy
   */
  public GcmJson withValidator(GcmValidator validator) {
    return new GcmJson(
        lenient,
        limits,
        maxViolations,
        Objects.requireNonNull(validator, "validator"),
        threads,
        progress);
  }

  /**
   * {@return a copy whose reports keep the first {@code maxViolations} violations found and count
   * the rest by code (see {@link ValidationReport#isTruncated()}), so that an input with millions
   * of problems is validated in bounded memory}
   *
   * @param maxViolations how many violations the report keeps in full
   * @throws IllegalArgumentException if {@code maxViolations} is negative
   */
  public GcmJson withMaxViolations(int maxViolations) {
    Problems.checkMaxViolations(maxViolations);
    return new GcmJson(lenient, limits, maxViolations, validator, threads, progress);
  }

  /**
   * {@return a copy that reads JSON Lines on {@code threads} threads: each parses, binds and checks
   * a batch of lines, and the calling thread merges the batches in input order, so that the report
   * is the one a single thread gives, violation for violation}
   *
   * <p>The default is 1: the calling thread alone, as a library should not start threads unless
   * asked. {@code Runtime.getRuntime().availableProcessors()} uses every core. A dataset document
   * (one JSON value) is read on the calling thread whatever this says.
   *
   * @param threads the number of threads, at least 1
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public GcmJson withThreads(int threads) {
    InOrder.checkThreads(threads);
    return new GcmJson(lenient, limits, maxViolations, validator, threads, progress);
  }

  /**
   * {@return a copy that tells {@code listener} how far reading a dataset has come: after each
   * batch of a few hundred JSON Lines records, and once at the end of a document}
   *
   * @param listener the listener, called on the thread that reads
   */
  public GcmJson withProgress(ProgressListener listener) {
    return new GcmJson(
        lenient,
        limits,
        maxViolations,
        validator,
        threads,
        Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The number of threads that read JSON Lines.
   *
   * @return the number set by {@link #withThreads}, or 1
   */
  public int getThreads() {
    return threads;
  }

  /**
   * How many violations a report keeps at most.
   *
   * @return the bound set by {@link #withMaxViolations}
   */
  public int getMaxViolations() {
    return maxViolations;
  }

  /**
   * Whether unknown fields are warnings rather than errors.
   *
   * @return whether this is a {@link #lenient()} copy
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The read limits in force.
   *
   * @return the limits set by {@link #withLimits}, or the defaults
   */
  public JsonLimits getLimits() {
    return limits;
  }

  /**
   * Reads and validates a dataset file: JSON Lines if {@link #isJsonLines} says so, else a
   * document. Locations name the file as given.
   *
   * @param file the file to read
   * @return the dataset, if it could be read, and the report of every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public ReadResult<Dataset> readDataset(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), isJsonLines(file), true, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and validates a dataset from UTF-8 bytes, as {@link #readDataset(Path)} reads a file of
   * that name: JSON Lines if {@code sourceName} ends in {@code .jsonl} or {@code .ndjson} ({@link
   * #isJsonLines(String)}), else a document. The stream is not closed.
   *
   * @param in the bytes
   * @param sourceName the name of the input, which locations give and which decides its form
   * @return the dataset, if it could be read, and the report of every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReadResult<Dataset> readDataset(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return read(in, sourceName, isJsonLines(sourceName), true, -1);
  }

  /**
   * Reads and validates one value of a model type from JSON text: {@code Dataset.class} (a document
   * with its format version), {@code Text.class} or any model object type such as {@code
   * Meeting.class}. Pointers start from "" and locations have line and column but no file.
   *
   * @param json the JSON text
   * @param type the model type to read
   * @param <T> the model type
   * @return the value, if it could be read, and the report of every problem found
   * @throws IllegalArgumentException if {@code type} is not a model type
   */
  public <T> ReadResult<T> read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    if (!ModelTypes.isModelType(type)) {
      throw new IllegalArgumentException(
          "expected Dataset, Text or a model object type such as Meeting but was "
              + type.getName());
    }
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
      ReadResult<Object> r =
          new JsonReading(parser, null, lenient, validator, maxViolations).readValue(type, true);
      return ReadResult.of(r.getValue().map(type::cast), r.getReport(), r.getFormatVersion());
    }
  }

  /**
   * Validates a dataset file (a document, or JSON Lines if {@link #isJsonLines} says so) record by
   * record without keeping the records: memory grows with the number of ids, not with the size of
   * the records, and the limits' document length does not apply (the other limits do). The report
   * is the one {@link #readDataset(Path)} gives.
   *
   * @param file the file to validate
   * @return the report of every problem found
   * @throws UncheckedIOException if the file cannot be read
   */
  public ValidationReport validateDataset(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), isJsonLines(file), false, Files.size(file)).getReport();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a dataset from UTF-8 bytes record by record without keeping the records, as {@link
   * #validateDataset(Path)} validates a file of that name: JSON Lines if {@code sourceName} ends in
   * {@code .jsonl} or {@code .ndjson}, else a document. The stream is not closed.
   *
   * @param in the bytes
   * @param sourceName the name of the input, which locations give and which decides its form
   * @return the report of every problem found
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ValidationReport validateDataset(InputStream in, String sourceName) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    return read(in, sourceName, isJsonLines(sourceName), false, -1).getReport();
  }

  /**
   * Reads one part of a JSON Lines dataset, a run of its whole lines, for an engine that reads one
   * file on many workers (gcm-beam): each part is read on its own, as {@link
   * #validateDataset(InputStream, String)} reads the whole file, and the engine joins the parts'
   * results. Each record is handed to {@code records} with its own violations and its id and
   * references; every other violation (a line that cannot be read, the header's) to {@code others}.
   * Lines count from the part's first line, and the dataset rules are left to the engine ({@link
   * JsonLinesPart}). Every violation is handed over, whatever {@link #withMaxViolations} says;
   * memory grows with one batch of lines, not with the part.
   *
   * @param in the part's bytes, UTF-8; not closed
   * @param sourceName the name of the file, which locations give
   * @param offset where the part starts in the file, in bytes: the part at 0 holds the header line;
   *     the offsets of invalid bytes are the file's
   * @param records receives each record, in input order
   * @param others receives each violation outside a record
   * @return whether a line was lost, and the header
   * @throws UncheckedIOException if the stream cannot be read
   */
  public JsonLinesPart readLinesPart(
      InputStream in,
      String sourceName,
      long offset,
      Consumer<PartRecord> records,
      Consumer<Violation> others) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(others, "others");
    if (offset < 0) {
      throw new IllegalArgumentException("expected an offset of 0 or more but was " + offset);
    }
    JsonLines lines = new JsonLines(in, offset, limits.getMaxLineLength(), -1);
    return new JsonReading(streaming, sourceName, lenient, validator, Integer.MAX_VALUE)
        .readPart(lines, offset == 0, records, others);
  }

  /**
   * The canonical JSON of a Dataset (the document form, with its format version), a Text or any
   * model object: two-space indentation, "\n" line ends, a trailing newline.
   *
   * @param value the value to write
   * @return its canonical JSON text
   * @throws IllegalArgumentException if {@code value} is not a model value
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    if (!(value instanceof org.gcmkit.model.Text)) {
      ModelTypes.typeOf(value);
    }
    StringWriter out = new StringWriter();
    try {
      JsonWriting.writeDocument(factory, out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The JSON Lines line of one record of a dataset, as {@link #writeDataset} writes it in a {@code
   * .jsonl} file: compact, its {@code type} first, without a line end.
   *
   * @param record a record of a dataset, such as a Meeting
   * @return its line
   * @throws IllegalArgumentException if {@code record} is not a record of a dataset
   */
  public String writeLine(Object record) {
    Objects.requireNonNull(record, "record");
    if (!(record instanceof DatasetRecord r)) {
      throw new IllegalArgumentException(
          "expected a record of a dataset but was " + record.getClass().getName());
    }
    return JsonWriting.recordLine(factory, r.getId().type(), record);
  }

  /**
   * The JSON Lines header line of {@code dataset}, as {@link #writeDataset} writes it first in a
   * {@code .jsonl} file: the format version, {@code "type":"dataset"} and the head values, without
   * a line end.
   *
   * @param dataset the dataset whose head to write
   * @return the line
   */
  public String writeHeaderLine(Dataset dataset) {
    return JsonWriting.headerLine(factory, Objects.requireNonNull(dataset, "dataset"));
  }

  /**
   * Writes {@code dataset} to {@code file} atomically in UTF-8: as JSON Lines if {@link
   * #isJsonLines} says so, else as a document. Readers of the file see the old or the new content,
   * never a part; on failure the old file is left as it was and no temporary file remains.
   *
   * @param dataset the dataset to write
   * @param file the file to write or replace
   * @throws IOException if the file cannot be written
   */
  public void writeDataset(Dataset dataset, Path file) throws IOException {
    Objects.requireNonNull(dataset, "dataset");
    boolean lines = isJsonLines(file);
    AtomicFiles.write(
        file,
        out -> {
          try {
            if (lines) {
              JsonWriting.writeLines(factory, out, dataset);
            } else {
              JsonWriting.writeDocument(factory, out, dataset);
            }
          } catch (JacksonIOException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * The JSON form of a report, as described by {@link #reportSchema()}: violations with code,
   * severity, pointer, message, value, suggestion and location, and counts by code.
   *
   * @param report the report
   * @return its JSON text
   */
  public String writeReport(ValidationReport report) {
    return writeReport(report, Locale.ENGLISH);
  }

  /**
   * The JSON form of a report with its messages in the {@linkplain ReportLanguage report language}
   * of {@code locale} (English when gcm has no reports in its language), which the report names.
   * Each violation also carries its message key and arguments, for clients that render messages
   * themselves from {@link ReportLanguage#templates()}.
   *
   * @param report the report
   * @param locale the reader's locale
   * @return its JSON text
   */
  public String writeReport(ValidationReport report, Locale locale) {
    return ReportJson.write(
        Objects.requireNonNull(report, "report"),
        ReportLanguage.of(Objects.requireNonNull(locale, "locale")));
  }

  /**
   * The JSON Schema (2020-12) of the dataset document, generated from the model.
   *
   * @return the schema text
   */
  public static String datasetSchema() {
    return Resources.DATASET_SCHEMA;
  }

  /**
   * The JSON Schema (2020-12) of {@link #writeReport}'s output.
   *
   * @return the schema text
   */
  public static String reportSchema() {
    return Resources.REPORT_SCHEMA;
  }

  private static JsonFactory factory(StreamReadConstraints constraints) {
    return JsonFactory.builder()
        .streamReadConstraints(constraints)
        // JSON Lines makes a parser for each line, on the reading threads: the default pool of
        // buffers, a deque that every parser takes from and gives back to, was 2-3 % of the time
        // of reading them on one or two threads (jackson-core#1687 found the same contention). A
        // pool per thread is what Jackson keeps for platform threads, such as gcm's reading
        // threads; a virtual thread gets buffers of its own, kept while it lives.
        .recyclerPool(JsonRecyclerPools.threadLocalPool())
        // Callers own their streams; files are closed here.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  private ReadResult<Dataset> read(
      InputStream in, String file, boolean jsonLines, boolean keep, long bytesTotal) {
    JsonFactory f = keep ? factory : streaming;
    if (jsonLines) {
      // Line by line: each line gets its own parser, so a broken line costs only itself.
      JsonLines lines =
          new JsonLines(
              in, 0, limits.getMaxLineLength(), keep ? limits.getMaxDocumentLength() : -1);
      return new JsonReading(f, file, lenient, validator, maxViolations)
          .hearing(progress::found)
          .readLines(lines, keep, threads, progress, bytesTotal);
    }
    Utf8 text = Utf8.stopping(in);
    try (JsonParser parser = f.createParser(ObjectReadContext.empty(), text)) {
      JsonReading reading =
          new JsonReading(parser, file, lenient, validator, maxViolations).hearing(progress::found);
      ReadResult<Dataset> result = reading.readDocument(keep, true);
      progress.progress(reading.recordsRead(), text.bytesRead(), bytesTotal);
      return result;
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Whether {@code file} names JSON Lines: its name ends in {@code .jsonl} or {@code .ndjson}, in
   * any case. The one place that decides, for reading, writing and the command line.
   *
   * @param file the file
   * @return whether its name says JSON Lines
   */
  public static boolean isJsonLines(Path file) {
    return isJsonLines(fileName(file));
  }

  /**
   * Whether a file or stream of this name is JSON Lines: the name ends in {@code .jsonl} or {@code
   * .ndjson}, in any case.
   *
   * @param name a file name or path
   * @return whether the name says JSON Lines
   */
  public static boolean isJsonLines(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }

  /**
   * Whether {@code file} names a JSON file gcm reads: a {@code .json} document or JSON Lines.
   *
   * @param file the file
   * @return whether its name ends in {@code .json}, {@code .jsonl} or {@code .ndjson}
   */
  public static boolean isJson(Path file) {
    String name = fileName(file);
    return isJsonLines(name) || name.toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? "" : name.toString();
  }

  /** The schema texts, loaded on first use. */
  private static final class Resources {
    static final String DATASET_SCHEMA = JsonWriting.resource("gcm-dataset.schema.json");
    static final String REPORT_SCHEMA = JsonWriting.resource("report.schema.json");
  }
}
