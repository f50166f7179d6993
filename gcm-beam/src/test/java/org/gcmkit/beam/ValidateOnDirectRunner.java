package org.gcmkit.beam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Violation;

/**
 * The runnable example of the README: validates the five bundled example datasets and a generated
 * dataset (10^6 records, 1 % invalid, by default) as JSON Lines files on Beam's DirectRunner,
 * writes the violations, the valid records and the counts by code under {@code
 * target/beam-example/out}, and then checks the same files with the single-machine streaming
 * validator ({@code gcm validate}): the same violations, and the records per second of each. With
 * {@code csv}, the generated dataset is a CSV package in a zip archive instead.
 *
 * <p>Arguments: {@code [RECORDS] [csv] [Beam pipeline options such as --targetParallelism=2]}.
 */
public final class ValidateOnDirectRunner {
  private ValidateOnDirectRunner() {}

  public static void main(String[] args) throws IOException {
    int given = 0;
    int records = 1_000_000;
    if (args.length > given && !args[given].startsWith("--")) {
      records = Integer.parseInt(args[given++]);
    }
    boolean csv = args.length > given && args[given].equals("csv");
    if (csv) {
      given++;
    }
    String[] beamArgs = Arrays.copyOfRange(args, given, args.length);
    Path root = Path.of("target", "beam-example").toAbsolutePath();
    // One folder per size and form: the pipeline reads every file of it.
    Path in = Files.createDirectories(root.resolve("in-" + (csv ? "csv-" : "") + records));
    Path out = root.resolve("out");
    deleteTree(out);
    long total = 0;
    for (Map.Entry<String, Dataset> e : SeedDatasets.all().entrySet()) {
      GcmJson.create().writeDataset(e.getValue(), in.resolve(e.getKey() + ".jsonl"));
      total += count(e.getValue());
    }
    Path generated = in.resolve("generated-" + records + (csv ? ".zip" : ".jsonl"));
    if (!Files.exists(generated)) {
      System.out.printf("Writing %,d generated records to %s ...%n", records, generated);
      Dataset data = DatasetGenerator.of(42, records, 0.01).dataset();
      if (csv) {
        GcmCsv.create().writeDataset(data, generated);
      } else {
        GcmJson.create().writeDataset(data, generated);
      }
    }
    total += records;

    // The DirectRunner's checks that each element survives its coder and is not changed are for
    // tests (which keep them); off here, unless given, they cost two thirds of its time.
    List<String> all = new ArrayList<>(Arrays.asList(beamArgs));
    for (String check : List.of("--enforceImmutability", "--enforceEncodability")) {
      if (all.stream().noneMatch(a -> a.startsWith(check))) {
        all.add(check + "=false");
      }
    }
    PipelineOptions options =
        PipelineOptionsFactory.fromArgs(all.toArray(String[]::new)).withValidation().create();
    Pipeline p = Pipeline.create(options);
    GcmValidation.Result result =
        p.apply(FileIO.match().filepattern(in.resolve("*").toString()))
            .apply(FileIO.readMatches())
            .apply(GcmValidation.create());
    result
        .violations()
        .apply(
            "Entries as text",
            MapElements.into(TypeDescriptors.strings()).via(ReportEntry::toString))
        .apply("Write violations", TextIO.write().to(out.resolve("violations").toString()));
    result
        .validRecords()
        .apply(Values.create())
        .apply(
            "Write valid records",
            TextIO.write().to(out.resolve("valid").toString()).withSuffix(".jsonl"));
    result
        .summary()
        .apply(
            "Counts as text",
            MapElements.into(TypeDescriptors.strings())
                .via(kv -> kv.getKey() + "\t" + kv.getValue()))
        .apply(
            "Write counts", TextIO.write().to(out.resolve("summary").toString()).withoutSharding());
    long start = System.nanoTime();
    PipelineResult run = p.run();
    run.waitUntilFinish();
    double beamSeconds = (System.nanoTime() - start) / 1e9;

    List<String> beamViolations = readShards(out, "violations");
    long valid = readShards(out, "valid").size();
    System.out.printf(
        "Beam DirectRunner: %,d records in %d files, %.1f s (%,.0f records/s); %,d violations, %,d valid records%n",
        total,
        SeedDatasets.all().size() + 1,
        beamSeconds,
        total / beamSeconds,
        beamViolations.size(),
        valid);
    Map<String, String> counts = new TreeMap<>();
    for (String line : readShards(out, "summary")) {
      String[] f = line.split("\t", 2);
      counts.put(f[0], f[1]);
    }
    counts.forEach((code, n) -> System.out.printf("  %-32s %s%n", code, n));
    for (MetricResult<Long> m :
        run.metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.inNamespace(Steps.NAMESPACE))
                    .build())
            .getCounters()) {
      System.out.printf(
          "  worker time in %s: %.1f s%n", m.getName().getName(), m.getAttempted() / 1000.0);
    }

    start = System.nanoTime();
    List<String> single = new ArrayList<>();
    try (Stream<Path> files = Files.list(in)) {
      for (Path f : files.sorted().toList()) {
        for (Violation v :
            (GcmCsv.isZip(f)
                    ? GcmCsv.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(f)
                    : GcmJson.create().withMaxViolations(Integer.MAX_VALUE).validateDataset(f))
                .getViolations()) {
          single.add(ReportEntry.of(f.toString(), v).toString());
        }
      }
    }
    double streamSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "Streaming validator (gcm validate), one thread: %.1f s (%,.0f records/s)%n",
        streamSeconds, total / streamSeconds);
    List<String> a = new ArrayList<>(beamViolations);
    List<String> b = new ArrayList<>(single);
    a.sort(null);
    b.sort(null);
    System.out.println(
        a.equals(b)
            ? "Same violations from both: " + a.size()
            : "DIFFERENT violations: Beam " + a.size() + ", streaming " + b.size());
    System.out.println("Output: " + out);
    if (!a.equals(b)) {
      System.exit(1);
    }
  }

  private static long count(Dataset d) {
    long n = 0;
    for (org.gcmkit.model.RecordType t : org.gcmkit.model.RecordType.values()) {
      n += t.recordsOf(d).size();
    }
    return n;
  }

  private static List<String> readShards(Path folder, String prefix) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }
}
