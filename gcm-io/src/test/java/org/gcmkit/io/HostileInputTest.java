package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.internal.Outcomes;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus in {@code src/test/resources/hostile}: each JSON file or CSV package
 * overlay beside its {@code NAME.expected.txt}, one {@code code pointer location} line per
 * violation, and inputs too large to commit generated here under the same names. Each must be
 * answered quickly with exactly the expected located report; see hostile/README.md.
 */
class HostileInputTest {
  private static final Path ROOT = Path.of("src/test/resources/hostile");
  private static final GcmJson JSON = GcmJson.create();
  private static final GcmCsv CSV = GcmCsv.create();
  private static final int MB = 1 << 20;
  private static final String DELETED = ".deleted";

  /** The report bound for cases named {@code mem-*}: small, so that truncation shows. */
  private static final int MEM_BOUND = 3;

  /** JSON inputs too large to commit, by file name. */
  private static final Map<String, Supplier<String>> GENERATED_JSON =
      Map.of(
          "huge-string-10mb.json",
          () -> "{\"formatVersion\":\"1.0\",\"title\":{\"en\":\"" + "x".repeat(10 * MB) + "\"}}\n",
          "huge-field-name.json",
          () -> "{\"formatVersion\":\"1.0\",\"" + "k".repeat(100_000) + "\":1}\n",
          "deep-nesting-10000.json",
          () ->
              "{\"formatVersion\":\"1.0\",\"title\":"
                  + "[".repeat(10_000)
                  + "]".repeat(10_000)
                  + "}\n",
          "deep-nesting-10000.jsonl",
          () ->
              "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n"
                  + "[".repeat(10_000)
                  + "]".repeat(10_000)
                  + "\n",
          "mem-misspelt-field-10000.jsonl",
          () -> {
            StringBuilder s =
                new StringBuilder("{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n");
            for (int i = 0; i < 10_000; i++) {
              s.append("{\"type\":\"actor\",\"id\":\"a")
                  .append(i)
                  .append("\",\"kind\":\"network\",\"name\":{\"en\":\"A\"},\"nmae\":\"x\"}\n");
            }
            return s.toString();
          },
          "huge-string-10mb.jsonl",
          () ->
              "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n"
                  + "{\"type\":\"actor\",\"id\":\"a\",\"kind\":\"state\",\"name\":{\"en\":\""
                  + "x".repeat(10 * MB)
                  + "\"}}\n");

  private static final String JSON_LINES_HEAD =
      "{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n";
  private static final String JSON_LINES_A =
      "{\"type\":\"actor\",\"id\":\"a\",\"kind\":\"state\",\"country\":\"TM\",\"name\":{\"en\":\"A\"}}\n";
  private static final String JSON_LINES_B =
      "{\"type\":\"actor\",\"id\":\"b\",\"kind\":\"state\",\"country\":\"TM\",\"name\":{\"en\":\"B\"},\"parent\":\"a\"}\n";

  /** JSON inputs too large to commit that try the per-record and per-line limits. */
  private static final Map<String, Supplier<String>> GENERATED_JSON_RECORDS =
      Map.of(
          "json-line-over-16mib.jsonl",
          () ->
              JSON_LINES_HEAD
                  + "{\"type\":\"actor\",\"id\":\"big\",\"kind\":\"state\",\"name\":{\"en\":\""
                  + "x".repeat(16 * MB)
                  + "\"}}\n"
                  + JSON_LINES_B,
          "json-million-unknown-fields.jsonl",
          () ->
              JSON_LINES_HEAD
                  + JSON_LINES_A.substring(0, JSON_LINES_A.length() - 2)
                  + repeat(1_000_000, i -> ",\"k" + i + "\":0")
                  + "}\n"
                  + JSON_LINES_B,
          "json-million-languages.json",
          () ->
              "{\"formatVersion\":\"1.0\",\"actors\":[{\"id\":\"a\",\"kind\":\"state\","
                  + "\"country\":\"TM\",\"name\":{\"en\":\"A\""
                  + repeat(1_000_000, i -> ",\"en-x-" + i + "\":\"x\"")
                  + "}}]}\n",
          "json-record-over-100000-values.jsonl",
          () ->
              JSON_LINES_HEAD
                  + JSON_LINES_A.substring(0, JSON_LINES_A.length() - 2)
                  + ",\"sources\":["
                  + repeat(150_000, i -> (i == 0 ? "" : ",") + "\"s\"")
                  + "]}\n"
                  + JSON_LINES_B);

  private static String repeat(int n, java.util.function.IntFunction<String> part) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(part.apply(i));
    }
    return s.toString();
  }

  /** CSV package overlays too large to commit: case name to file name and content. */
  private static final Map<String, Map<String, Supplier<String>>> GENERATED_CSV =
      Map.of(
          "huge-cell-10mb",
          Map.of(
              "actors.csv",
              () ->
                  "id,country,founded,kind,name@en,name@ru,parent,sources\n"
                      + "iom,,,un_entity,International Organization for Migration,,,s1\n"
                      + "tm,TM,,state,"
                      + "x".repeat(10 * MB)
                      + ",,,\n"),
          "huge-cell-20mb",
          Map.of(
              "actors.csv",
              () ->
                  "id,country,founded,kind,name@en,name@ru,parent,sources\n"
                      + "iom,,,un_entity,International Organization for Migration,,,s1\n"
                      + "tm,TM,,state,"
                      + "x".repeat(20 * MB)
                      + ",,,\n"),
          "h1-number-million-digits",
          Map.of(
              "figures.csv",
              () ->
                  "id,country,measure@en,period,reportedBy,sources,unit@en,value\n"
                      + "f1,TM,Remittances received,2021,iom,s1,USD,"
                      + "9".repeat(1_000_000)
                      + "\n"),
          "h1-header-over-name-limit",
          Map.of(
              "figures.csv",
              () ->
                  "id,country,measure@en,period,reportedBy,sources,unit@en,value,"
                      + "h".repeat(2_000)
                      + "\n"
                      + "f1,TM,Remittances received,2021,iom,s1,USD,1,x\n"),
          "wide-header-100000-columns",
          Map.of("figures.csv", () -> "id" + ",c".repeat(100_000) + "\n"),
          "pkg-many-resources-300000",
          Map.of("datapackage.json", HostileInputTest::manyResources));

  /**
   * A 13 MB descriptor listing resource sources 300,000 times, one to a line: locating each
   * reported duplicate by scanning the text again took minutes.
   */
  private static String manyResources() {
    StringBuilder s = new StringBuilder("{\"resources\":[\n");
    for (int i = 0; i < 300_000; i++) {
      s.append(i == 0 ? "" : ",\n")
          .append("{\"name\":\"sources\",\"path\":\"sources.csv\",\"n\":")
          .append(i)
          .append('}');
    }
    return s.append("\n]}\n").toString();
  }

  static Stream<String> jsonCases() throws IOException {
    return cases(ROOT.resolve("json"));
  }

  static Stream<String> csvCases() throws IOException {
    return cases(ROOT.resolve("csv"));
  }

  private static Stream<String> cases(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".expected.txt"))
              .map(n -> n.substring(0, n.length() - ".expected.txt".length()))
              .sorted()
              .collect(Collectors.toList());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonCases")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readDataset_hostileJson_expectedLocatedReport(String name, @TempDir Path dir)
      throws IOException {
    Path input = ROOT.resolve("json").resolve(name);
    Supplier<String> generated =
        GENERATED_JSON.getOrDefault(name, GENERATED_JSON_RECORDS.get(name));
    assertThat(Files.exists(input) != (generated != null))
        .as("%s: either a committed input or a generated one", name)
        .isTrue();
    Path file = dir.resolve(name);
    if (generated != null) {
      Files.writeString(file, generated.get(), StandardCharsets.UTF_8);
    } else {
      Files.copy(input, file);
    }

    GcmJson json = name.startsWith("mem-") ? JSON.withMaxViolations(MEM_BOUND) : JSON;
    ReadResult<Dataset> read = json.readDataset(file);

    Outcomes.assertValueOrLocatedReport(read, name);
    List<String> actual = render(read.getReport());
    assertThat(actual).as(name).isEqualTo(expected("json", name, actual));
    List<Violation> heard = new ArrayList<>();
    assertThat(json.withProgress(ProgressListenerTest.hearing(heard)).validateDataset(file))
        .as("%s: streaming validation", name)
        .isEqualTo(read.getReport());
    assertHeardAsReported(heard, read.getReport(), name);
    if (GcmJson.isJsonLines(file)) {
      heard.clear();
      ReadResult<Dataset> parallel =
          json.withThreads(3).withProgress(ProgressListenerTest.hearing(heard)).readDataset(file);
      assertHeardAsReported(heard, read.getReport(), name + " on three threads");
      assertThat(parallel.getReport()).as("%s: on three threads", name).isEqualTo(read.getReport());
      assertThat(parallel.getValue()).isEqualTo(read.getValue());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvCases")
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readPackage_hostileCsv_expectedLocatedReport(String name, @TempDir Path dir)
      throws IOException {
    Path overlay = ROOT.resolve("csv").resolve(name);
    Map<String, Supplier<String>> generated = GENERATED_CSV.get(name);
    assertThat(Files.isDirectory(overlay) != (generated != null))
        .as("%s: either a committed overlay folder or a generated one", name)
        .isTrue();
    Path pkg = basePackage(dir);
    if (generated != null) {
      for (Map.Entry<String, Supplier<String>> f : generated.entrySet()) {
        Files.writeString(pkg.resolve(f.getKey()), f.getValue().get(), StandardCharsets.UTF_8);
      }
    } else {
      try (Stream<Path> files = Files.list(overlay)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          String file = f.getFileName().toString();
          // An empty NAME.deleted removes NAME from the package, such as a missing table.
          if (file.endsWith(DELETED)) {
            Files.delete(pkg.resolve(file.substring(0, file.length() - DELETED.length())));
          } else {
            Files.copy(f, pkg.resolve(file), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    }

    GcmCsv csv = name.startsWith("mem-") ? CSV.withMaxViolations(MEM_BOUND) : CSV;
    ReadResult<Dataset> read = csv.readDataset(pkg);

    Outcomes.assertValueOrLocatedReport(read, name);
    List<String> actual = render(read.getReport());
    assertThat(actual).as(name).isEqualTo(expected("csv", name, actual));
    List<Violation> heard = new ArrayList<>();
    assertThat(csv.withProgress(ProgressListenerTest.hearing(heard)).validateDataset(pkg))
        .as("%s: streaming validation", name)
        .isEqualTo(read.getReport());
    assertHeardAsReported(heard, read.getReport(), name);
    ReadResult<Dataset> parallel = csv.withThreads(3).readDataset(pkg);
    assertThat(parallel.getReport()).as("%s: on three threads", name).isEqualTo(read.getReport());
    assertThat(parallel.getValue()).isEqualTo(read.getValue());
    if (!name.startsWith("mem-")) {
      // An engine that applies the dataset rules itself to the records handed over (gcm-beam)
      // makes the same report, in some order; with no dataset, no record is handed over as valid.
      List<Violation> engine =
          EngineRules.report((records, others) -> csv.readRecords(pkg, records, others));
      assertThat(engine)
          .as("%s: dataset rules applied to the records handed over", name)
          .containsExactlyInAnyOrderElementsOf(read.getReport().getViolations());
      if (read.getValue().isEmpty()) {
        assertThat(csv.readRecords(pkg, r -> {}, v -> {})).as(name).isEmpty();
      }
    }
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readPackage_resourceOutsideFolderOrSymlinkOut_refusedAndNotRead(@TempDir Path dir)
      throws IOException {
    Path pkg = basePackage(dir);
    // What reading it would report: an unknown column 'stolen'.
    Files.writeString(dir.resolve("outside.csv"), "id,stolen\np9,secret\n");
    Files.createSymbolicLink(pkg.resolve("link.csv"), dir.resolve("outside.csv"));
    Files.writeString(
        pkg.resolve("datapackage.json"),
        "{\"resources\":[{\"name\":\"persons\",\"path\":\"../outside.csv\"},"
            + "{\"name\":\"persons-posts\",\"path\":\"link.csv\"},"
            + "{\"name\":\"projects\",\"path\":\""
            + dir.resolve("outside.csv").toAbsolutePath()
            + "\"}]}");

    ReadResult<Dataset> read = CSV.readDataset(pkg);

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getViolations())
        .filteredOn(v -> v.getCode().equals("package.invalid"))
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple(
                "package.invalid",
                "expected a relative path inside the package folder but was '../outside.csv'; resource 'persons' is not read"),
            tuple(
                "package.invalid",
                "expected a relative path inside the package folder but was 'link.csv'; resource 'persons-posts' is not read"),
            tuple(
                "package.invalid",
                "expected a relative path inside the package folder but was '"
                    + dir.resolve("outside.csv").toAbsolutePath()
                    + "'; resource 'projects' is not read"));
    assertThat(read.getReport().toText()).doesNotContain("stolen").doesNotContain("secret");
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readPackage_descriptorSymlinkOutsideFolder_refusedAndNotRead(@TempDir Path dir)
      throws IOException {
    Path pkg = basePackage(dir);
    // A descriptor outside that would read a table outside too, were it followed.
    Files.writeString(dir.resolve("outside.csv"), "id,stolen\np9,secret\n");
    Files.writeString(
        dir.resolve("elsewhere.json"),
        "{\"resources\":[{\"name\":\"persons\",\"path\":\"outside.csv\"}]}");
    Files.delete(pkg.resolve("datapackage.json"));
    Files.createSymbolicLink(pkg.resolve("datapackage.json"), dir.resolve("elsewhere.json"));

    for (Path input : List.of(pkg, pkg.resolve("datapackage.json"))) {
      ReadResult<Dataset> read = CSV.readDataset(input);

      assertThat(read.getValue()).isEmpty();
      assertThat(read.getReport().getViolations())
          .extracting(Violation::getCode, Violation::getMessage)
          .containsExactly(
              tuple(
                  "package.invalid",
                  "expected datapackage.json inside the package folder but it is a link to a file"
                      + " outside; it is not read, and the tables are read by their standard file names"));
      assertThat(read.getReport().toText()).doesNotContain("stolen").doesNotContain("secret");
      assertThat(CSV.validateDataset(input)).isEqualTo(read.getReport());
    }
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readPackage_noDescriptorAndTableSymlinkOutside_tableNotRead(@TempDir Path dir)
      throws IOException {
    Path pkg = basePackage(dir);
    Files.delete(pkg.resolve("datapackage.json"));
    Files.writeString(dir.resolve("outside.csv"), "id,stolen\np9,secret\n");
    Files.delete(pkg.resolve("persons.csv"));
    Files.createSymbolicLink(pkg.resolve("persons.csv"), dir.resolve("outside.csv"));

    ReadResult<Dataset> read = CSV.readDataset(pkg);

    assertThat(read.getReport().toText()).doesNotContain("stolen").doesNotContain("secret");
    assertThat(read.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple(
                "package.descriptor-missing",
                "expected a data package descriptor datapackage.json but there is none; reading the"
                    + " tables by their standard file names"),
            tuple(
                "package.invalid",
                "expected the table persons.csv inside the package folder but it is a link to a file"
                    + " outside; it is not read; this leaves 2 references to persons unresolved"));
    assertThat(read.getValue()).isEmpty();
  }

  /**
   * Ids that all share one String hash ("Aa" and "BB" hash alike, and so do all 2^k strings of k
   * such pairs): 2^16 actors with such ids, each referring to a missing source of the same hash and
   * to the next actor as its parent (one chain, walked for loops), and sources whose ids are the
   * actors' (one hash across two types), read as a stream and as a dataset. Every map of ids stays
   * logarithmic in such keys: before, the streaming validation of 2^15 of them took 66 s, so 2^16
   * would take minutes; now seconds. The timeout only keeps a quadratic index from hanging the
   * build.
   */
  @Test
  @Timeout(value = 90, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void validateAndRead_idsOfOneStringHash_everyProblemReportedWithoutHanging(@TempDir Path dir)
      throws IOException {
    int bits = 16;
    int n = 1 << bits;
    StringBuilder lines = new StringBuilder("{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}\n");
    for (int k = 0; k < n; k++) {
      lines
          .append("{\"type\":\"actor\",\"id\":\"")
          .append(oneHash(k, bits + 1))
          .append("\",\"kind\":\"state\",\"country\":\"ES\",\"name\":{\"en\":\"S\"},")
          // One chain through every actor, walked for loops.
          .append(k + 1 < n ? "\"parent\":\"" + oneHash(k + 1, bits + 1) + "\"," : "")
          .append("\"sources\":[\"")
          .append(oneHash(n + k, bits + 1))
          .append("\"]}\n");
      if (k % 2 == 0) {
        lines
            .append("{\"type\":\"source\",\"id\":\"")
            .append(oneHash(k, bits + 1))
            .append("\",\"date\":\"2025\",\"kind\":\"web_page\",\"languages\":[\"en\"],")
            .append("\"title\":{\"en\":\"T\"},\"url\":\"https://example.org/s\"}\n");
      }
    }
    assertThat(oneHash(3, bits + 1).hashCode()).isEqualTo(oneHash(n + 3, bits + 1).hashCode());
    Path file = dir.resolve("one-hash.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    ValidationReport streamed = JSON.validateDataset(file);
    ReadResult<Dataset> read = JSON.readDataset(file);

    assertThat(streamed.countsByCode()).containsOnlyKeys("reference.unresolved");
    assertThat(streamed.countsByCode().get("reference.unresolved")).isEqualTo(n);
    assertThat(read.getReport().countsByCode()).isEqualTo(streamed.countsByCode());
    Dataset dataset = read.getValue().orElseThrow();
    assertThat(dataset.getActors()).hasSize(n);
    assertThat(dataset.getSources()).hasSize(n / 2);
    assertThat(
            dataset.getActors().stream()
                .filter(a -> dataset.findActor(a.getId()).orElseThrow() == a)
                .count())
        .isEqualTo(n);
  }

  /** The {@code k}-th id of {@code bits} pairs "Aa" or "BB" after an 'x': all of one hash. */
  private static String oneHash(int k, int bits) {
    StringBuilder b = new StringBuilder(1 + 2 * bits).append('x');
    for (int j = 0; j < bits; j++) {
      b.append(((k >> j) & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readPackage_descriptorOf3GiB_refusedUnreadAndTablesReadByName(@TempDir Path dir)
      throws IOException {
    Path pkg = basePackage(dir);
    // A sparse file: 3 GiB long, nothing on disk; reading it whole would exhaust memory.
    try (RandomAccessFile f =
        new RandomAccessFile(pkg.resolve("datapackage.json").toFile(), "rw")) {
      f.setLength(3L << 30);
    }

    ReadResult<Dataset> read = CSV.readDataset(pkg);

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple(
                "package.invalid",
                "expected a data package descriptor of at most 16777216 bytes but datapackage.json has "
                    + (3L << 30)
                    + "; reading the tables by their standard file names"));
    assertThat(CSV.validateDataset(pkg)).isEqualTo(read.getReport());
  }

  @Test
  void writePackage_formulaCellsRead_writtenNeutralisedAndReadBackUnchanged(@TempDir Path dir)
      throws IOException {
    Path pkg = basePackage(dir);
    Files.copy(
        ROOT.resolve("csv/formula-cells/actors.csv"),
        pkg.resolve("actors.csv"),
        StandardCopyOption.REPLACE_EXISTING);
    Dataset read = CSV.readDataset(pkg).getValue().orElseThrow();

    CSV.writeDataset(read, dir.resolve("out"));

    assertThat(read.getActors().get(1).getName().get("en"))
        .contains("=HYPERLINK(\"https://evil.example\",\"x\")");
    assertThat(Files.readString(dir.resolve("out/actors.csv")))
        .contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",'@SUM(1+1),");
    assertThat(CSV.readDataset(dir.resolve("out")).getValue()).contains(read);
  }

  /**
   * Checks that a progress listener heard each problem the report lists, as the report has it: all
   * of them and no other when the report is whole, at least those listed when it was cut short
   * (beyond the report's bound, problems may only be counted).
   */
  private static void assertHeardAsReported(
      List<Violation> heard, ValidationReport report, String name) {
    if (report.isTruncated()) {
      assertThat(heard).as("%s: heard", name).containsAll(report.getViolations());
    } else {
      assertThat(heard)
          .as("%s: heard", name)
          .containsExactlyInAnyOrderElementsOf(report.getViolations());
    }
  }

  /** A valid package of {@code hostile/base.json} in {@code dir/pkg}. */
  private static Path basePackage(Path dir) throws IOException {
    Dataset base = JSON.readDataset(ROOT.resolve("base.json")).requireValid();
    Path pkg = dir.resolve("pkg");
    CSV.writeDataset(base, pkg);
    return pkg;
  }

  /**
   * The expected lines of a case, without its {@code #} comment lines. The actual lines are written
   * to {@code target/hostile-actual/} beside, for review when a case changes.
   */
  private static List<String> expected(String kind, String name, List<String> actual)
      throws IOException {
    Path out = Path.of("target/hostile-actual", kind, name + ".expected.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, actual);
    return Files.readAllLines(ROOT.resolve(kind).resolve(name + ".expected.txt")).stream()
        .filter(l -> !l.startsWith("#") && !l.isBlank())
        .collect(Collectors.toList());
  }

  /** One {@code code pointer location} line per violation; files by their name only. */
  static List<String> render(ValidationReport report) {
    List<String> lines = new ArrayList<>();
    for (Violation v : report.getViolations()) {
      String at = v.getLocation().map(HostileInputTest::location).orElse("-");
      lines.add(
          printable(
              v.getCode() + " " + (v.getPointer().isEmpty() ? "/" : v.getPointer()) + " " + at));
    }
    report.getOmittedCounts().forEach((code, n) -> lines.add("omitted " + code + " " + n));
    return lines;
  }

  /** Control characters (such as the NULs of UTF-16 read as UTF-8) as {@code \\uXXXX}. */
  private static String printable(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7F) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  private static String location(Location l) {
    Location.Builder b = Location.builder();
    b.from(l);
    l.getFile().ifPresent(f -> b.file(Path.of(f).getFileName().toString()));
    return b.build().toString();
  }
}
