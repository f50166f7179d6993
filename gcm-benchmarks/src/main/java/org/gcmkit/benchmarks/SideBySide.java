package org.gcmkit.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.DatasetGenerator.Defect;
import org.gcmkit.examples.DatasetGenerator.GeneratedRecord;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inputs and the Java half of the side-by-side comparison with ajv and Frictionless tableschema
 * (the Node half is {@code gcm-benchmarks/sidebyside/}); see {@code
 * gcm-benchmarks/results/side-by-side.md}.
 *
 * <pre>
 * java -cp benchmarks.jar org.gcmkit.benchmarks.SideBySide files OUT RECORDS...
 * java -cp benchmarks.jar org.gcmkit.benchmarks.SideBySide time OUT [REPETITIONS [TOOLS]]
 * </pre>
 *
 * <p>{@code files} writes, for each size and each invalid fraction (0, 0.01, 0.6), a folder {@code
 * OUT/n<RECORDS>-f<FRACTION>/} with the dataset document {@code dataset.json} (the form the
 * published JSON Schema describes: it does not cover JSON Lines), the CSV package {@code package/}
 * and {@code defects.csv}, the injected defect of each invalid record by JSON Pointer. It also
 * writes two probes of rules the tools' notations cannot state: a held meeting without a date, and
 * a key given twice in one object.
 *
 * <p>{@code time} validates every folder in one JVM, as the Node scripts do in one process: gcm's
 * streaming {@code GcmJson.validateDataset(Path)} and {@code GcmCsv.validateDataset}, and networknt
 * (read the bytes, parse them with Jackson, validate against the schema compiled once). Each is run
 * once to warm up, then REPETITIONS times (default 5); the median is reported. JVM start-up is not
 * included, and a first untimed pass runs every tool on every input before the timed pass so that
 * most of the JIT's warm-up is not either (on 10^4 records gcm was still speeding up: see the
 * results). The violations of the last run go to {@code flagged-<tool>.tsv} beside the inputs, one
 * line per violation: record pointer, pointer, code, message, severity.
 *
 * <p>TOOLS (comma-separated: {@code gcm-json}, {@code gcm-csv}, {@code networknt}; default all)
 * times only those, so that each Java tool can have a JVM of its own as each Node tool has a
 * process of its own: in one JVM the tools share Jackson's classes and the JIT's profiles of them,
 * and gcm's JSON run on the valid 10^5-record file took 67-160 thousand records per second there
 * against about 155 thousand alone (BENCHMARKS.md, 2026-12-05, night).
 */
final class SideBySide {
  private static final double[] FRACTIONS = {0, 0.01, 0.6};

  /** Untimed runs of each tool on each input in the timed pass, after the untimed first pass. */
  private static final int WARM_UPS = 1;

  private SideBySide() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("files")) {
      Path out = Path.of(args[1]);
      for (String n : Arrays.asList(args).subList(2, args.length)) {
        int records = Integer.parseInt(n.replace("_", ""));
        for (double f : FRACTIONS) {
          writeInputs(out.resolve(folderName(records, f)), records, f);
        }
      }
      writeProbes(out);
    } else if (args.length >= 2 && args[0].equals("time")) {
      Set<String> all = Set.of("gcm-json", "gcm-csv", "networknt");
      Set<String> tools = args.length > 3 ? Set.of(args[3].split(",")) : all;
      if (!all.containsAll(tools)) {
        System.err.println("expected tools among " + all + " but was " + args[3]);
        System.exit(2);
      }
      time(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 5, tools);
    } else {
      System.err.println("usage: SideBySide files OUT RECORDS... | time OUT [REPETITIONS [TOOLS]]");
      System.exit(2);
    }
  }

  private static String folderName(int records, double fraction) {
    return String.format(
        Locale.ROOT, "n%d-f%s", records, fraction == 0 ? "0" : Double.toString(fraction));
  }

  private static void writeInputs(Path folder, int records, double fraction) throws IOException {
    Files.createDirectories(folder);
    DatasetGenerator generator = DatasetGenerator.of(42, records, fraction);
    writeBoth(generator.dataset(), folder);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(folder.resolve("defects.csv")))) {
      w.println("pointer,defect");
      for (Iterator<GeneratedRecord> it = generator.records(); it.hasNext(); ) {
        GeneratedRecord r = it.next();
        if (r.defect() != Defect.NONE) {
          w.println(r.pointer() + "," + r.defect().name().toLowerCase(Locale.ROOT));
        }
      }
    }
    Files.writeString(folder.resolve("records.txt"), records + "\n");
    System.out.printf("%s: %d records%n", folder, records);
  }

  private static void writeBoth(Dataset dataset, Path folder) throws IOException {
    GcmJson.create().writeDataset(dataset, folder.resolve("dataset.json"));
    GcmCsv.create().writeDataset(dataset, folder.resolve("package"));
  }

  /**
   * Two small probes on a valid 1,000-record dataset. A held meeting must have a date (a rule
   * across two fields; the schema has no if/then for it). A key given twice in one object is seen
   * by a schema validator only after parsing, when one value has already won.
   */
  private static void writeProbes(Path out) throws IOException {
    Dataset valid = DatasetGenerator.of(42, 1_000, 0).dataset();
    List<Meeting> meetings = new ArrayList<>(valid.getMeetings());
    meetings.set(0, meetings.get(0).toBuilder().dates(List.of()).build());
    Path undated = Files.createDirectories(out.resolve("probe-held-without-date"));
    writeBoth(valid.toBuilder().meetings(meetings).build(), undated);
    Files.writeString(
        undated.resolve("defects.csv"), "pointer,defect\n/meetings/0,held_without_date\n");
    Files.writeString(undated.resolve("records.txt"), valid.size() + "\n");

    Path twice = Files.createDirectories(out.resolve("probe-duplicate-key"));
    Path json = twice.resolve("dataset.json");
    GcmJson.create().writeDataset(valid, json);
    String text = Files.readString(json);
    Files.writeString(
        json,
        text.replaceFirst(
            "\"status\": \"held\"", "\"status\": \"planned\",\n      \"status\": \"held\""));
    Files.writeString(twice.resolve("defects.csv"), "pointer,defect\n/meetings/0,duplicate_key\n");
    Files.writeString(twice.resolve("records.txt"), valid.size() + "\n");
    System.out.printf("%s, %s: probes%n", undated, twice);
  }

  private static void time(Path out, int repetitions, Set<String> tools) throws IOException {
    // Every violation is listed per record beside the other tools' findings: no report bound.
    GcmJson json = GcmJson.create().withMaxViolations(Integer.MAX_VALUE);
    GcmCsv csv = GcmCsv.create().withMaxViolations(Integer.MAX_VALUE);
    // Compiled once, as a data team would; the same dialect as gcm-io's own schema test.
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(GcmJson.datasetSchema(), InputFormat.JSON);
    JsonMapper mapper = JsonMapper.builder().build();
    List<Path> folders;
    try (Stream<Path> s = Files.list(out)) {
      folders = s.filter(p -> Files.isRegularFile(p.resolve("records.txt"))).sorted().toList();
    }
    for (int pass = 0; pass < 2; pass++) {
      boolean timed = pass == 1;
      if (timed) {
        System.out.println(
            "file\ttool\tverdict\terrors\tflagged_records\tmedian_ms\trecords_per_s");
      }
      for (Path folder : folders) {
        timeFolder(folder, timed ? repetitions : 1, tools, json, csv, schema, mapper, timed);
      }
    }
  }

  private static void timeFolder(
      Path folder,
      int repetitions,
      Set<String> tools,
      GcmJson json,
      GcmCsv csv,
      Schema schema,
      JsonMapper mapper,
      boolean report)
      throws IOException {
    int records = Integer.parseInt(Files.readString(folder.resolve("records.txt")).trim());
    Path document = folder.resolve("dataset.json");
    Path pkg = folder.resolve("package");
    List<String[]> last = new ArrayList<>();
    if (tools.contains("gcm-json")) {
      run(
          folder,
          "gcm-json",
          records,
          repetitions,
          report,
          () -> {
            last.clear();
            return gcmLines(json.validateDataset(document), last);
          },
          last);
    }
    if (tools.contains("gcm-csv") && Files.isDirectory(pkg)) {
      run(
          folder,
          "gcm-csv",
          records,
          repetitions,
          report,
          () -> {
            last.clear();
            return gcmLines(csv.validateDataset(pkg), last);
          },
          last);
    }
    if (tools.contains("networknt")) {
      run(
          folder,
          "networknt",
          records,
          repetitions,
          report,
          () -> {
            last.clear();
            JsonNode tree = mapper.readTree(Files.readAllBytes(document));
            List<Error> errors = schema.validate(tree);
            for (Error e : errors) {
              NodePath at = e.getInstanceLocation();
              last.add(
                  new String[] {
                    recordOf(at), pointerOf(at), e.getKeyword(), e.getMessage(), "error"
                  });
            }
            return errors.size();
          },
          last);
    }
  }

  /** A timed action returning its error count and filling the shared list of flagged lines. */
  private interface Action {
    int run() throws IOException;
  }

  private static void run(
      Path folder,
      String tool,
      int records,
      int repetitions,
      boolean report,
      Action action,
      List<String[]> last)
      throws IOException {
    long[] nanos = new long[repetitions];
    int errors = 0;
    for (int i = report ? -WARM_UPS : 0; i < repetitions; i++) {
      long start = System.nanoTime();
      errors = action.run();
      if (i >= 0) {
        nanos[i] = System.nanoTime() - start;
      }
    }
    if (!report) {
      return;
    }
    Arrays.sort(nanos);
    double medianMs =
        (repetitions % 2 == 1
                ? nanos[repetitions / 2]
                : (nanos[repetitions / 2 - 1] + nanos[repetitions / 2]) / 2.0)
            / 1e6;
    long flagged =
        last.stream().filter(l -> l[4].equals("error")).map(l -> l[0]).distinct().count();
    try (PrintWriter w =
        new PrintWriter(
            Files.newBufferedWriter(
                folder.resolve("flagged-" + tool + ".tsv"), StandardCharsets.UTF_8))) {
      for (String[] l : last) {
        w.println(
            String.join(
                "\t", Arrays.stream(l).map(s -> s.replace('\t', ' ').replace('\n', ' ')).toList()));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s\t%s\t%s\t%d\t%d\t%.1f\t%.0f%n",
        folder.getFileName(),
        tool,
        errors == 0 ? "valid" : "invalid",
        errors,
        flagged,
        medianMs,
        records / (medianMs / 1e3));
  }

  /** Errors and warnings go to the file (a held meeting without a date is a warning in gcm). */
  private static int gcmLines(ValidationReport report, List<String[]> into) {
    for (Violation v : report.getViolations()) {
      into.add(
          new String[] {
            recordOf(v.getPointer()),
            v.getPointer(),
            v.getCode(),
            v.getMessage(),
            v.getSeverity().name().toLowerCase(Locale.ROOT)
          });
    }
    return (int) report.getErrorCount();
  }

  /** {@code /actors/12} of {@code /actors/12/name/en}: the record a violation is in. */
  static String recordOf(String pointer) {
    int second = pointer.indexOf('/', 1);
    int third = second < 0 ? -1 : pointer.indexOf('/', second + 1);
    return third < 0 ? pointer : pointer.substring(0, third);
  }

  private static String pointerOf(NodePath at) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < at.getNameCount(); i++) {
      b.append('/').append(at.getElement(i));
    }
    return b.toString();
  }

  private static String recordOf(NodePath at) {
    return recordOf(pointerOf(at));
  }
}
