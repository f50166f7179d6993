package org.gcmkit.beam;

import java.io.Serializable;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.ReadableFileCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.POutput;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.gcmkit.beam.JsonLinesParts.LocalEntry;
import org.gcmkit.beam.JsonLinesParts.LocalRecord;
import org.gcmkit.beam.JsonLinesParts.Part;
import org.gcmkit.beam.JsonLinesParts.PartStats;
import org.gcmkit.validation.GcmValidator;

/**
 * Validates gcm datasets in JSON Lines files and CSV packages as a Beam pipeline, each file (or
 * package) a dataset, as {@code gcm validate} does one at a time: the records' own rules on the
 * workers that read them, the dataset rules as keyed joins on ids.
 *
 * <pre>{@code
 * PCollection<FileIO.ReadableFile> files =
 *     pipeline.apply(FileIO.match().filepattern("gs://bucket/submissions/*.jsonl"))
 *         .apply(FileIO.readMatches());
 * GcmValidation.Result result = files.apply(GcmValidation.create());
 * result.violations();   // every violation, with code, severity, pointer, file, line, column
 * result.validRecords(); // file -> each valid record as a JSON Lines line
 * }</pre>
 *
 * <p>Each file is cut into parts of whole lines ({@link #withPartSize}), read in parallel; the
 * parts' counts of lines and records number what they found as the whole file would, so that the
 * report is the one the CLI gives for the same file (all of it: no {@code --max-errors} cap).
 */
public final class GcmValidation
    extends PTransform<PCollection<FileIO.ReadableFile>, GcmValidation.Result> {
  private static final long serialVersionUID = 1L;

  /** The default size of a part: reading it takes a worker a few tenths of a second. */
  public static final long DEFAULT_PART_SIZE = 16L * 1024 * 1024;

  /** The default number of buckets of ids of each record type of each file. */
  public static final int DEFAULT_ID_BUCKETS = 64;

  /** The size of a part of a JSON Lines file, in bytes. */
  private final long partSize;

  /** The number of buckets of ids of each record type of each file. */
  private final int buckets;

  /** How the workers read: strict or lenient, and whose rules they check. */
  private final Reading reading;

  private GcmValidation(long partSize, int buckets, Reading reading) {
    this.partSize = partSize;
    this.buckets = buckets;
    this.reading = reading;
  }

  /**
   * Makes the {@link GcmValidator} that a worker checks records with, once per worker: a validator
   * is not serializable, but a recipe for one is (a method reference such as {@code
   * MyRules::validator}).
   */
  @FunctionalInterface
  public interface ValidatorFactory extends Serializable {
    /**
     * Makes a validator; called on each worker.
     *
     * @return the validator
     */
    GcmValidator create();
  }

  /**
   * {@return a validation with strict reading, gcm's own rules, parts of {@value
   * #DEFAULT_PART_SIZE} bytes and {@value #DEFAULT_ID_BUCKETS} buckets of ids}
   */
  public static GcmValidation create() {
    return new GcmValidation(
        DEFAULT_PART_SIZE, DEFAULT_ID_BUCKETS, new Reading(false, GcmValidator::create));
  }

  /**
   * {@return this validation with the ids of each record type of each file joined in {@code n}
   * buckets}: a worker holds the ids of one bucket at a time, each with its record's pointer and
   * place, so that a larger file needs more buckets; more buckets than workers keep them all busy
   *
   * @param n the number of buckets, 1 or more
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public GcmValidation withIdBuckets(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("expected 1 bucket of ids or more but was " + n);
    }
    return new GcmValidation(partSize, n, reading);
  }

  /**
   * {@return this validation with parts of about {@code bytes} bytes}
   *
   * @param bytes the size of a part, 1 or more; a part always ends at a line end
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public GcmValidation withPartSize(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("expected a part size of 1 byte or more but was " + bytes);
    }
    return new GcmValidation(bytes, buckets, reading);
  }

  /** {@return this validation with lenient reading: unknown fields are warnings} */
  public GcmValidation lenient() {
    return new GcmValidation(partSize, buckets, new Reading(true, reading.validators()));
  }

  /**
   * {@return this validation with an application's own rules: each worker checks every record with
   * the validator that {@code validators} makes}, as {@code GcmJson.withValidator} and {@code
   * GcmCsv.withValidator} do on one machine. The dataset rules (unique ids, references, loops) are
   * gcm's, joined across workers.
   *
   * @param validators makes the validator of each worker
   */
  public GcmValidation withValidator(ValidatorFactory validators) {
    java.util.Objects.requireNonNull(validators, "validators");
    return new GcmValidation(partSize, buckets, new Reading(reading.lenient(), validators));
  }

  /** File and line (or file and record pointer): the pairs most steps hand on. */
  private static final KvCoder<String, String> LINES =
      KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  @Override
  public Result expand(PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple routed =
        files.apply(
            "JSON Lines apart, other files whole",
            ParDo.of(new WholeFiles(reading))
                .withOutputTags(
                    WholeFiles.JSON_LINES,
                    TupleTagList.of(WholeFiles.ENTRIES)
                        .and(WholeFiles.VALID)
                        .and(WholeFiles.HEADERS)
                        .and(WholeFiles.PACKAGE_FILES)));
    PCollectionTuple packages =
        routed
            .get(WholeFiles.PACKAGE_FILES)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), ReadableFileCoder.of()))
            .apply("Files by package", GroupByKey.create())
            .apply(
                "Read packages",
                ParDo.of(new Packages(reading))
                    .withOutputTags(
                        JsonLinesParts.RECORDS,
                        TupleTagList.of(JsonLinesParts.ENTRIES).and(JsonLinesParts.STATS)));
    Parts parts =
        readParts(routed.get(WholeFiles.JSON_LINES).setCoder(ReadableFileCoder.of()), packages);
    Rules rules = datasetRules(parts);

    PCollection<ReportEntry> violations =
        PCollectionList.of(parts.ownEntries)
            .and(rules.entries)
            .and(routed.get(WholeFiles.ENTRIES).setCoder(ReportEntry.coder()))
            .apply("All violations", Flatten.pCollections());
    PCollectionView<Map<String, Iterable<String>>> rejectedView =
        rules.rejected.apply("Rejected by record", View.asMultimap());
    PCollectionView<Map<String, Boolean>> noDataset =
        inAnyPart(parts.stats, "No dataset", PartStats::noDataset);
    PCollection<KV<String, String>> validLines =
        parts
            .placed
            .get(Positions.CANDIDATES)
            .setCoder(LINES)
            .apply(
                "Valid records",
                ParDo.of(new DatasetJoins.Valid(rejectedView, noDataset))
                    .withSideInputs(rejectedView, noDataset))
            .setCoder(LINES);
    PCollection<KV<String, String>> valid =
        PCollectionList.of(validLines)
            .and(routed.get(WholeFiles.VALID).setCoder(LINES))
            .apply("All valid records", Flatten.pCollections());
    PCollection<KV<String, Long>> summary =
        violations
            .apply("Codes", MapElements.into(TypeDescriptors.strings()).via(ReportEntry::getCode))
            .apply("Count by code", Count.perElement());
    PCollection<KV<String, String>> headers =
        PCollectionList.of(parts.stats.apply("Headers", ParDo.of(new Headers())).setCoder(LINES))
            .and(routed.get(WholeFiles.HEADERS).setCoder(LINES))
            .apply("All headers", Flatten.pCollections());
    return new Result(files.getPipeline(), violations, valid, headers, summary);
  }

  /**
   * What the JSON Lines parts gave, placed in their files: the records' own violations, the
   * records' ids, references, chain links and lines ({@link Positions}' tags), the parts' counts,
   * and which files lost a line.
   */
  private record Parts(
      PCollection<ReportEntry> ownEntries,
      PCollectionTuple placed,
      PCollection<KV<String, PartStats>> stats,
      PCollectionView<Map<String, Boolean>> linesLost) {}

  /**
   * Cuts the JSON Lines files into parts and reads them, and places what they and the CSV packages
   * (each read as one part) found in their inputs.
   */
  private Parts readParts(PCollection<FileIO.ReadableFile> jsonLines, PCollectionTuple packages) {
    PCollection<Part> parts =
        jsonLines
            .apply("Cut into parts", ParDo.of(new JsonLinesParts.Split(partSize)))
            .setCoder(Part.CODER)
            .apply("Spread parts", Reshuffle.viaRandomKey());
    PCollectionTuple read =
        parts.apply(
            "Read parts",
            ParDo.of(new JsonLinesParts.Read(reading))
                .withOutputTags(
                    JsonLinesParts.RECORDS,
                    TupleTagList.of(JsonLinesParts.ENTRIES).and(JsonLinesParts.STATS)));
    KvCoder<String, PartStats> statsCoder = KvCoder.of(StringUtf8Coder.of(), PartStats.CODER);
    PCollection<LocalRecord> records =
        PCollectionList.of(read.get(JsonLinesParts.RECORDS).setCoder(LocalRecord.CODER))
            .and(packages.get(JsonLinesParts.RECORDS).setCoder(LocalRecord.CODER))
            .apply("Records of parts and packages", Flatten.pCollections());
    PCollection<LocalEntry> own =
        PCollectionList.of(read.get(JsonLinesParts.ENTRIES).setCoder(LocalEntry.CODER))
            .and(packages.get(JsonLinesParts.ENTRIES).setCoder(LocalEntry.CODER))
            .apply("Violations of parts and packages", Flatten.pCollections());
    PCollection<KV<String, PartStats>> stats =
        PCollectionList.of(read.get(JsonLinesParts.STATS).setCoder(statsCoder))
            .and(packages.get(JsonLinesParts.STATS).setCoder(statsCoder))
            .apply("Counts of parts and packages", Flatten.pCollections());

    PCollectionView<Map<String, Iterable<PartStats>>> counts =
        stats.apply("Counts of parts", View.asMultimap());
    PCollectionView<Map<String, Boolean>> linesLost =
        inAnyPart(stats, "Lines lost", PartStats::linesLost);

    PCollection<ReportEntry> ownEntries =
        own.apply(
                "Place violations", ParDo.of(new Positions.Entries(counts)).withSideInputs(counts))
            .setCoder(ReportEntry.coder());
    PCollectionTuple placed =
        records.apply(
            "Place records",
            ParDo.of(new Positions.Records(counts, buckets))
                .withSideInputs(counts)
                .withOutputTags(
                    Positions.IDS,
                    TupleTagList.of(Positions.USES)
                        .and(Positions.CANDIDATES)
                        .and(Positions.CHAINS)));
    return new Parts(ownEntries, placed, stats, linesLost);
  }

  /** The dataset rules' violations, and the records they reject (keyed by file and pointer). */
  private record Rules(
      PCollection<ReportEntry> entries, PCollection<KV<String, String>> rejected) {}

  /**
   * The dataset rules as keyed joins: duplicate ids and unresolved references per bucket of ids,
   * then loops per file and record type.
   */
  private static Rules datasetRules(Parts parts) {
    TupleTag<DatasetJoins.Occurrence> occurrences = new TupleTag<>();
    TupleTag<DatasetJoins.Use> uses = new TupleTag<>();
    PCollectionTuple joined =
        KeyedPCollectionTuple.of(
                occurrences,
                parts
                    .placed
                    .get(Positions.IDS)
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), DatasetJoins.Occurrence.CODER)))
            .and(
                uses,
                parts
                    .placed
                    .get(Positions.USES)
                    .setCoder(KvCoder.of(StringUtf8Coder.of(), DatasetJoins.Use.CODER)))
            .apply("Join ids and references", CoGroupByKey.create())
            .apply(
                "Duplicate ids, unresolved references",
                ParDo.of(new DatasetJoins.Ids(occurrences, uses, parts.linesLost))
                    .withSideInputs(parts.linesLost)
                    .withOutputTags(
                        DatasetJoins.ENTRIES,
                        TupleTagList.of(DatasetJoins.REJECTED).and(DatasetJoins.FIRSTS)));
    PCollectionView<Map<String, Long>> firsts =
        joined
            .get(DatasetJoins.FIRSTS)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
            .apply("Shared ids", View.asMap());
    PCollectionTuple loops =
        parts
            .placed
            .get(Positions.CHAINS)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), DatasetJoins.Link.CODER))
            .apply("Chains by file and type", GroupByKey.create())
            .apply(
                "Loops",
                ParDo.of(new DatasetJoins.Loops(parts.linesLost, firsts))
                    .withSideInputs(parts.linesLost, firsts)
                    .withOutputTags(DatasetJoins.ENTRIES, TupleTagList.of(DatasetJoins.REJECTED)));
    PCollection<ReportEntry> entries =
        PCollectionList.of(joined.get(DatasetJoins.ENTRIES).setCoder(ReportEntry.coder()))
            .and(loops.get(DatasetJoins.ENTRIES).setCoder(ReportEntry.coder()))
            .apply("Dataset rules' violations", Flatten.pCollections());
    PCollection<KV<String, String>> rejected =
        PCollectionList.of(joined.get(DatasetJoins.REJECTED).setCoder(LINES))
            .and(loops.get(DatasetJoins.REJECTED).setCoder(LINES))
            .apply("Rejected records", Flatten.pCollections());
    return new Rules(entries, rejected);
  }

  /**
   * Whether {@code flag} holds in any part of each file, as a side input keyed by file; {@code
   * name} names the steps.
   */
  private static PCollectionView<Map<String, Boolean>> inAnyPart(
      PCollection<KV<String, PartStats>> stats,
      String name,
      SerializableFunction<PartStats, Boolean> flag) {
    return stats
        .apply(
            name,
            MapElements.into(
                    TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.booleans()))
                .via(kv -> KV.of(kv.getKey(), flag.apply(kv.getValue()))))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of()))
        .apply(name + " in any part", Combine.perKey((Iterable<Boolean> b) -> any(b)))
        .apply(name + " by file", View.asMap());
  }

  private static Boolean any(Iterable<Boolean> values) {
    for (Boolean b : values) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** The canonical header line of each file whose first part had one. */
  private static final class Headers
      extends org.apache.beam.sdk.transforms.DoFn<KV<String, PartStats>, KV<String, String>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void process(@Element KV<String, PartStats> kv, OutputReceiver<KV<String, String>> out) {
      String header = kv.getValue().header();
      if (header != null) {
        out.output(KV.of(kv.getKey(), header));
      }
    }
  }

  /** What the validation gives: the violations, the valid records, and counts by code. */
  public static final class Result implements POutput {
    private static final TupleTag<ReportEntry> VIOLATIONS = new TupleTag<>("violations");
    private static final TupleTag<KV<String, String>> VALID = new TupleTag<>("validRecords");
    private static final TupleTag<KV<String, String>> HEADERS = new TupleTag<>("headers");
    private static final TupleTag<KV<String, Long>> SUMMARY = new TupleTag<>("summary");

    private final Pipeline pipeline;
    private final PCollection<ReportEntry> violations;
    private final PCollection<KV<String, String>> valid;
    private final PCollection<KV<String, String>> headers;
    private final PCollection<KV<String, Long>> summary;

    Result(
        Pipeline pipeline,
        PCollection<ReportEntry> violations,
        PCollection<KV<String, String>> valid,
        PCollection<KV<String, String>> headers,
        PCollection<KV<String, Long>> summary) {
      this.pipeline = pipeline;
      this.violations = violations;
      this.valid = valid;
      this.headers = headers;
      this.summary = summary;
    }

    /** {@return every violation of every file, the records' own and the dataset rules'} */
    public PCollection<ReportEntry> violations() {
      return violations;
    }

    /**
     * {@return the records with no error, own or of a dataset rule, as JSON Lines lines keyed by
     * their file}
     */
    public PCollection<KV<String, String>> validRecords() {
      return valid;
    }

    /** {@return each file's dataset header line, canonical, keyed by the file} */
    public PCollection<KV<String, String>> headers() {
      return headers;
    }

    /** {@return the number of violations of each code, over all files} */
    public PCollection<KV<String, Long>> summary() {
      return summary;
    }

    @Override
    public Pipeline getPipeline() {
      return pipeline;
    }

    @Override
    public Map<TupleTag<?>, PValue> expand() {
      return Map.of(VIOLATIONS, violations, VALID, valid, HEADERS, headers, SUMMARY, summary);
    }

    @Override
    public void finishSpecifyingOutput(
        String transformName,
        org.apache.beam.sdk.values.PInput input,
        PTransform<?, ?> transform) {}
  }
}
