package org.gcmkit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.Violation;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The pipeline on Beam's DirectRunner against the single-machine streaming validator (the CLI's
 * {@code validate}) on the same files: the same multiset of violations, every field compared, and
 * the records with no error as the valid records. Files are cut into many small parts, so that
 * numbering across parts, and the joins across them, are what is tested.
 */
public class GcmValidationTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  /** Parts of a few KB: a generated file of 5,000 records is cut into about a hundred. */
  private static final long SMALL_PARTS = 8 * 1024;

  @Test
  public void generatedDataset_onePercentInvalid_sameViolationsAsStreamValidator()
      throws IOException {
    Path file = generated("one-percent.jsonl", 5_000, 0.01);
    List<String> expected = expectedEntries(file);
    assertThat(expected).hasSizeGreaterThan(25);
    assertThat(expected).anyMatch(e -> e.contains(" id.duplicate "));
    assertThat(expected).anyMatch(e -> e.contains(" reference.unresolved "));
    run(List.of(file), expected, SMALL_PARTS, true);
  }

  @Test
  public void generatedDataset_sixtyPercentInvalid_sameViolationsAsStreamValidator()
      throws IOException {
    Path file = generated("sixty-percent.jsonl", 5_000, 0.60);
    buckets = 3;
    List<String> expected = expectedEntries(file);
    assertThat(expected).hasSizeGreaterThan(2_500);
    run(List.of(file), expected, SMALL_PARTS, true);
  }

  /** A CSV package of the same generator, 60 % invalid, in few buckets of ids. */
  @Test
  public void generatedPackage_sixtyPercentInvalid_sameViolationsAsOnOneMachine()
      throws IOException {
    Path zip = tmp.getRoot().toPath().resolve("sixty-percent.zip");
    GcmCsv.create().writeDataset(DatasetGenerator.of(7, 3_000, 0.60).dataset(), zip);
    buckets = 3;
    Path named = zip.toAbsolutePath().normalize();
    List<String> expected =
        entries(named, GcmCsv.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(named));
    assertThat(expected)
        .hasSizeGreaterThan(1_000)
        .anyMatch(e -> e.contains(" id.duplicate "))
        .anyMatch(e -> e.contains(" reference.unresolved "));
    run(List.of(zip), expected, SMALL_PARTS, false);
  }

  @Test
  public void bundledExamples_jsonLinesAndCsv_noViolation_everyRecordValid_headersKept()
      throws IOException {
    List<Path> files = new ArrayList<>();
    List<KV<String, String>> records = new ArrayList<>();
    List<KV<String, String>> headers = new ArrayList<>();
    for (Map.Entry<String, Dataset> e : SeedDatasets.all().entrySet()) {
      Path file = tmp.getRoot().toPath().resolve(e.getKey() + ".jsonl");
      GcmJson.create().writeDataset(e.getValue(), file);
      files.add(file);
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      headers.add(KV.of(file.toString(), lines.get(0)));
      for (String line : lines.subList(1, lines.size())) {
        records.add(KV.of(file.toString(), line));
      }
      // The same dataset as a CSV package gives the same lines, keyed by the archive.
      Path zip = tmp.getRoot().toPath().resolve(e.getKey() + ".zip");
      GcmCsv.create().writeDataset(e.getValue(), zip);
      files.add(zip);
      headers.add(KV.of(zip.toString(), lines.get(0)));
      for (String line : lines.subList(1, lines.size())) {
        records.add(KV.of(zip.toString(), line));
      }
    }
    assertThat(records).hasSizeGreaterThan(50);
    GcmValidation.Result result = validate(files, 512);
    PAssert.that(result.violations()).empty();
    PAssert.that(result.validRecords()).containsInAnyOrder(records);
    PAssert.that(result.headers()).containsInAnyOrder(headers);
    PAssert.that(result.summary()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void crossPartDefects_andLinesOfEveryKind_sameViolationsAsStreamValidator()
      throws IOException {
    // Blank lines before the header, CRLF and lone CR line ends, a duplicate id and references
    // in both directions across parts, a parent loop through a duplicated id, an unknown field
    // and a record type typo.
    StringBuilder s = new StringBuilder("\n  \n").append(HEADER).append("\r\n");
    for (int i = 0; i < 60; i++) {
      String parent = i == 59 ? "a0" : "a" + (i + 1);
      s.append(actor("a" + i, parent)).append(i % 7 == 0 ? "\r\n" : "\n");
    }
    s.append(" \r \n");
    s.append(actor("a3", null)).append("\n");
    s.append(actor("a70", "a-missing")).append('\n');
    s.append(actor("b1", "b2")).append('\n');
    s.append(actor("b2", "b1")).append('\n');
    s.append(actor("b1", "a1")).append('\n');
    s.append("{\"type\":\"actr\",\"id\":\"x\"}\n");
    s.append(actor("c1", null).replace("}", ",\"colour\":\"red\"}")).append('\n');
    Path file = tmp.getRoot().toPath().resolve("defects.jsonl");
    Files.writeString(file, s, StandardCharsets.UTF_8);
    List<String> expected = expectedEntries(file);
    assertThat(expected)
        .anyMatch(e -> e.contains(" reference.loop "))
        .anyMatch(e -> e.contains(" id.duplicate "))
        .anyMatch(e -> e.contains(" reference.unresolved "));
    run(List.of(file), expected, 300, false);
  }

  /** Every JSON Lines file of gcm-io's hostile corpus, cut into parts of a few lines. */
  @Test
  public void hostileCorpus_sameViolationsAsStreamValidator() throws IOException {
    List<Path> files;
    try (var all = Files.list(Path.of("../gcm-io/src/test/resources/hostile/json"))) {
      files = all.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    List<String> expected = new ArrayList<>();
    for (Path f : files) {
      expected.addAll(expectedEntries(f));
    }
    run(files, expected, 64, false);
  }

  /** CSV packages (as zip archives) and JSON documents are read whole, one per worker. */
  @Test
  public void csvPackagesAndJsonDocuments_sameViolationsAsOnOneMachine() throws IOException {
    Dataset bad = DatasetGenerator.of(11, 1_500, 0.3).dataset();
    Path zip = tmp.getRoot().toPath().resolve("package.zip");
    GcmCsv.create().writeDataset(bad, zip);
    Path json = tmp.getRoot().toPath().resolve("document.json");
    GcmJson.create().writeDataset(bad, json);
    Path seed = tmp.getRoot().toPath().resolve("seed.zip");
    GcmCsv.create().writeDataset(SeedDatasets.seed001(), seed);
    List<String> expected = new ArrayList<>();
    for (Violation v :
        GcmCsv.create()
            .withMaxViolations(Integer.MAX_VALUE)
            .validateDataset(zip.toAbsolutePath())
            .getViolations()) {
      expected.add(describe(ReportEntry.of(zip.toAbsolutePath().toString(), v)));
    }
    assertThat(expected).hasSizeGreaterThan(100);
    expected.addAll(expectedEntries(json));
    run(List.of(zip, json, seed), expected, SMALL_PARTS, false);
  }

  /**
   * Two packages with the same defects in one run: each entry says which package it is from, and
   * names the package's file within it, as the CLI reports each input on its own.
   */
  @Test
  public void twoPackagesWithTheSameDefects_entriesSayWhichPackage() throws IOException {
    Dataset bad = DatasetGenerator.of(3, 300, 0.2).dataset();
    List<String> expected = new ArrayList<>();
    List<Path> zips = new ArrayList<>();
    for (String name : List.of("a.zip", "b.zip")) {
      Path zip = tmp.getRoot().toPath().resolve(name);
      GcmCsv.create().writeDataset(bad, zip);
      zips.add(zip);
      Path named = zip.toAbsolutePath().normalize();
      List<String> entries =
          entries(
              named, GcmCsv.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(named));
      assertThat(entries).isNotEmpty().allMatch(e -> e.startsWith(named + "!/"));
      expected.addAll(entries);
    }
    run(zips, expected, SMALL_PARTS, false);
  }

  /**
   * A CSV package as a folder of files (not zipped), matched with a pattern beside a JSON Lines
   * file: its tables and descriptor are one package, read whole as {@code gcm validate folder}
   * reads it, never each file as a JSON document; the entries name the folder and the table.
   */
  @Test
  public void csvPackageFolder_onePackage_sameViolationsAsOnOneMachine() throws IOException {
    Dataset bad = DatasetGenerator.of(13, 600, 0.2).dataset();
    Path folder = tmp.getRoot().toPath().resolve("submission");
    GcmCsv.create().writeDataset(bad, folder);
    Path named = folder.toAbsolutePath().normalize();
    List<String> expected = new ArrayList<>();
    for (Violation v :
        GcmCsv.create()
            .withMaxViolations(Integer.MAX_VALUE)
            .validateDataset(named)
            .getViolations()) {
      expected.add(describe(ReportEntry.of(named + "/", v)));
    }
    assertThat(expected).hasSizeGreaterThan(20).anyMatch(e -> e.startsWith(named + "/actors.csv:"));
    Path lines = generated("beside.jsonl", 300, 0.1);
    expected.addAll(expectedEntries(lines));
    run(List.of(Path.of(named + "/*"), lines), expected, SMALL_PARTS, false);
  }

  /** A compressed JSON Lines file cannot be cut into parts: it is one part, read decompressed. */
  @Test
  public void gzippedJsonLines_onePart_sameViolations() throws IOException {
    Path plain = generated("zipped.jsonl", 800, 0.2);
    Path gz = tmp.getRoot().toPath().resolve("zipped.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(plain, out);
    }
    String plainName = plain.toAbsolutePath().normalize().toString();
    String gzName = gz.toAbsolutePath().normalize().toString();
    List<String> expected = new ArrayList<>();
    for (String e : expectedEntries(plain)) {
      expected.add(e.replace(plainName, gzName));
    }
    assertThat(expected).isNotEmpty();
    Files.delete(plain);
    run(List.of(gz), expected, SMALL_PARTS, false);
  }

  @Test
  public void lostLine_noUnresolvedReference_asOnOneMachine() throws IOException {
    StringBuilder s = new StringBuilder(HEADER).append('\n');
    s.append(actor("a1", "a2")).append('\n');
    s.append("{\"type\":\"actor\",\"id\":\"a2\",\n");
    s.append(actor("a3", "a-missing")).append('\n');
    Path file = tmp.getRoot().toPath().resolve("lost.jsonl");
    Files.writeString(file, s, StandardCharsets.UTF_8);
    List<String> expected = expectedEntries(file);
    assertThat(expected).noneMatch(e -> e.contains(" reference.unresolved "));
    assertThat(expected).isNotEmpty();
    run(List.of(file), expected, 100, false);
  }

  @Test
  public void severalFiles_eachItsOwnDataset() throws IOException {
    Path a = generated("a.jsonl", 1_500, 0.05);
    Path b = generated("b.jsonl", 1_000, 0.05);
    List<String> expected = new ArrayList<>(expectedEntries(a));
    expected.addAll(expectedEntries(b));
    run(List.of(a, b), expected, 4096, true);
  }

  /**
   * An application's own rule, given as a recipe that each worker follows: JSON Lines parts, a CSV
   * package and a JSON document all report it as one machine does with the same validator.
   */
  @Test
  public void ownRules_onEveryWorker_sameViolationsAsOnOneMachine() throws IOException {
    Dataset data = DatasetGenerator.of(5, 1_200, 0.05).dataset();
    Path lines = tmp.getRoot().toPath().resolve("own.jsonl");
    GcmJson.create().writeDataset(data, lines);
    Path zip = tmp.getRoot().toPath().resolve("own.zip");
    GcmCsv.create().writeDataset(data, zip);
    Path json = tmp.getRoot().toPath().resolve("own.json");
    GcmJson.create().writeDataset(data, json);
    GcmJson own =
        GcmJson.create().withValidator(OwnRules.validator()).withMaxViolations(Integer.MAX_VALUE);
    GcmCsv ownCsv =
        GcmCsv.create().withValidator(OwnRules.validator()).withMaxViolations(Integer.MAX_VALUE);
    List<String> expected = new ArrayList<>();
    for (Path f : List.of(lines, json, zip)) {
      Path named = f.toAbsolutePath().normalize();
      boolean csv = f == zip;
      List<String> withOwn =
          entries(named, csv ? ownCsv.validateDataset(named) : own.validateDataset(named));
      List<String> gcmOnly =
          entries(
              named,
              csv
                  ? GcmCsv.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(named)
                  : GcmJson.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(named));
      // The own rule finds actors with one source in each form, beside gcm's own findings.
      assertThat(withOwn).as("%s", f).containsAll(gcmOnly).hasSizeGreaterThan(gcmOnly.size());
      expected.addAll(withOwn);
    }
    validators = OwnRules::validator;
    run(List.of(lines, zip, json), expected, SMALL_PARTS, false);
  }

  /**
   * Every committed CSV package of gcm-io's hostile corpus (its base package with each overlay), as
   * folders in one run: the same violations as on one machine, and as valid records exactly those
   * of the dataset that one machine reads with no error at or below their pointer; none of a
   * package that gives no dataset. The corpus has broken rows whose ids are referenced, a listed
   * table that is missing, child rows out of order and undecodable bytes.
   */
  @Test
  public void hostileCsvCorpus_sameViolationsAndValidRecordsAsOnOneMachine() throws IOException {
    Path corpus = Path.of("../gcm-io/src/test/resources/hostile/csv");
    List<Path> overlays;
    try (var all = Files.list(corpus)) {
      overlays = all.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(overlays).hasSizeGreaterThan(20);
    Dataset base = GcmJson.create().readDataset(corpus.resolveSibling("base.json")).requireValid();
    GcmCsv csv = GcmCsv.create().withMaxViolations(Integer.MAX_VALUE);
    GcmJson json = GcmJson.create();
    List<Path> patterns = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<KV<String, String>> valid = new ArrayList<>();
    for (Path overlay : overlays) {
      Path pkg = tmp.newFolder(overlay.getFileName().toString()).toPath().toAbsolutePath();
      csv.writeDataset(base, pkg);
      try (var files = Files.list(overlay)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.endsWith(".deleted")) {
            Files.delete(pkg.resolve(name.substring(0, name.length() - ".deleted".length())));
          } else {
            Files.copy(f, pkg.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      String input = pkg + "/";
      org.gcmkit.io.ReadResult<Dataset> read = csv.readDataset(pkg);
      Set<String> rejected = new HashSet<>();
      for (Violation v : read.getReport().getViolations()) {
        expected.add(describe(ReportEntry.of(input, v)));
        if (v.getSeverity() == Severity.ERROR) {
          rejected.add(DatasetJoins.recordOf(v.getPointer()));
        }
      }
      read.getValue()
          .ifPresent(
              d -> {
                for (org.gcmkit.model.RecordType t : org.gcmkit.model.RecordType.values()) {
                  List<?> records = t.recordsOf(d);
                  for (int i = 0; i < records.size(); i++) {
                    if (!rejected.contains("/" + t.listName() + "/" + i)) {
                      valid.add(KV.of(input, json.writeLine(records.get(i))));
                    }
                  }
                }
              });
      patterns.add(Path.of(pkg + "/*"));
    }
    assertThat(expected)
        .anyMatch(e -> e.contains(" row.order "))
        .anyMatch(e -> e.contains(" encoding.invalid "))
        .anyMatch(e -> e.contains("references to actors unresolved"));
    assertThat(valid).hasSizeGreaterThan(40);
    validRecords = valid;
    run(patterns, expected, SMALL_PARTS, false);
  }

  @Test
  public void emptyFile_reportedAsOnOneMachine() throws IOException {
    Path file = tmp.getRoot().toPath().resolve("empty.jsonl");
    Files.writeString(file, "", StandardCharsets.UTF_8);
    List<String> expected = expectedEntries(file);
    assertThat(expected).hasSize(1);
    run(List.of(file), expected, 100, false);
  }

  private static final String HEADER = "{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}";

  private static String actor(String id, String parent) {
    return "{\"type\":\"actor\",\"id\":\""
        + id
        + "\",\"kind\":\"network\",\"name\":{\"en\":\"Actor "
        + id
        + "\"}"
        + (parent == null ? "" : ",\"parent\":\"" + parent + "\"")
        + "}";
  }

  private Path generated(String name, int records, double invalid) throws IOException {
    Path file = tmp.getRoot().toPath().resolve(name);
    GcmJson.create().writeDataset(DatasetGenerator.of(7, records, invalid).dataset(), file);
    return file;
  }

  /** What the CLI's streaming validation reports for {@code file}, every violation kept. */
  private static List<String> expectedEntries(Path file) {
    // Beam names a matched file by its absolute path.
    Path named = file.toAbsolutePath().normalize();
    return entries(
        named, GcmJson.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(named));
  }

  /** The entries of {@code report}, of the input Beam names {@code input}. */
  private static List<String> entries(Path input, org.gcmkit.validation.ValidationReport report) {
    List<String> all = new ArrayList<>();
    for (Violation v : report.getViolations()) {
      all.add(describe(ReportEntry.of(input.toString(), v)));
    }
    return all;
  }

  /** Every field of an entry, so that equal strings mean equal entries. */
  static String describe(ReportEntry e) {
    return e + " value=" + e.getValue().orElse("-");
  }

  /** Buckets of ids for the next run: few, so that a bucket holds many ids, or the default. */
  private int buckets = GcmValidation.DEFAULT_ID_BUCKETS;

  /** The valid records that the next run must give, or null when not checked so. */
  private List<KV<String, String>> validRecords;

  /** The validator recipe for the next run, or null for gcm's own rules. */
  private GcmValidation.ValidatorFactory validators;

  private GcmValidation.Result validate(List<Path> files, long partSize) {
    List<String> names = files.stream().map(Path::toString).toList();
    PCollection<FileIO.ReadableFile> matched =
        pipeline
            .apply(org.apache.beam.sdk.transforms.Create.of(names))
            .apply(FileIO.matchAll())
            .apply(FileIO.readMatches());
    GcmValidation validation = GcmValidation.create().withPartSize(partSize).withIdBuckets(buckets);
    return matched.apply(validators == null ? validation : validation.withValidator(validators));
  }

  /**
   * Runs the pipeline on {@code files} and asserts its violations are {@code expected}; with {@code
   * countValid}, for files whose every record line can be read, also that the valid records are
   * those with no error in {@code expected}.
   */
  private void run(List<Path> files, List<String> expected, long partSize, boolean countValid)
      throws IOException {
    GcmValidation.Result result = validate(files, partSize);
    // Written out, as a data team would keep them, and compared after the run: PAssert gathers a
    // collection on one key, which the DirectRunner copies for every bundle that adds to it.
    Path out = tmp.newFolder().toPath();
    result
        .violations()
        .apply(MapElements.into(TypeDescriptors.strings()).via(GcmValidationTest::describe))
        .apply(TextIO.write().to(out.resolve("violations").toString()));
    if (validRecords != null) {
      PAssert.that(result.validRecords()).containsInAnyOrder(validRecords);
    }
    if (countValid) {
      PAssert.thatSingleton(result.validRecords().apply(Count.globally()))
          .isEqualTo(expectedValid(files, expected));
    }
    pipeline.run().waitUntilFinish();
    List<String> got = new ArrayList<>();
    try (var shards = Files.list(out)) {
      for (Path shard :
          shards.filter(p -> p.getFileName().toString().startsWith("violations")).toList()) {
        got.addAll(Files.readAllLines(shard, StandardCharsets.UTF_8));
      }
    }
    List<String> sorted = new ArrayList<>(expected);
    sorted.sort(null);
    got.sort(null);
    assertThat(got).containsExactlyElementsOf(sorted);
  }

  /** The records of the files with no error at or below their pointer in the expected report. */
  private static long expectedValid(List<Path> files, List<String> expected) throws IOException {
    long records = 0;
    for (Path f : files) {
      try (var lines = Files.lines(f, StandardCharsets.UTF_8)) {
        records +=
            lines.filter(l -> l.startsWith("{\"type\":\"") && !l.contains("\"dataset\"")).count();
      }
    }
    Set<String> bad = new HashSet<>();
    for (String e : expected) {
      if (!e.contains(" " + Severity.ERROR + " ")) {
        continue;
      }
      String pointer = e.split(" ", 5)[3];
      String[] seg = pointer.split("/", -1);
      if (seg.length >= 3) {
        bad.add(e.substring(0, e.indexOf(':')) + "/" + seg[1] + "/" + seg[2]);
      }
    }
    return records - bad.size();
  }
}
