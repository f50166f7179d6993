package org.gcmkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.model.Dataset;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * (B) A CSV data package into gcm types, validated with every violation located, against FastCSV
 * tokenising the same files (no binding) and Jackson CSV binding each table's rows into plain Java
 * records without validation. The package is written by gcm's writer into a memory-backed folder
 * (/dev/shm) for gcm's path-based reader; the baselines read the same files' bytes from byte[].
 * Scores are dataset records per second (a person with three posts is one record).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class CsvPackageBenchmark {
  static final int RECORDS = 5_000;

  /** The fraction of invalid records. */
  @Param({"0"})
  public double invalid;

  private Path folder;
  private GcmCsv csv;
  private Map<String, byte[]> tables;
  private List<Table> bound;

  /** One file of the package, and the Jackson reader of its row type. */
  static final class Table {
    final String name;
    final byte[] bytes;
    final ObjectReader reader;

    Table(String name, byte[] bytes, ObjectReader reader) {
      this.name = name;
      this.bytes = bytes;
      this.reader = reader;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    csv = GcmCsv.create();
    folder = Files.createTempDirectory(BenchFiles.scratch(), "package");
    csv.writeDataset(DatasetGenerator.of(42, RECORDS, invalid).dataset(), folder);
    tables = new LinkedHashMap<>();
    long total = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        if (f.toString().endsWith(".csv")) {
          byte[] b = Files.readAllBytes(f);
          tables.put(f.getFileName().toString(), b);
          total += b.length;
        }
      }
    }
    CsvMapper mapper = CsvMapper.builder().build();
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    bound = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : tables.entrySet()) {
      Class<?> type = ROW_TYPES.getOrDefault(e.getKey(), Map.class);
      bound.add(new Table(e.getKey(), e.getValue(), mapper.readerFor(type).with(header)));
    }
    System.out.printf(
        "%n[setup] %d records, %d CSV files, %d bytes, %.1f bytes/record, folder %s%n",
        RECORDS, tables.size(), total, total / (double) RECORDS, folder);
    System.out.printf(
        "[setup] gcm finds %d violations; Jackson binds %d rows; tables %s%n",
        csv.validateDataset(folder).getErrorCount(), jacksonCsvRecords(), tables.keySet());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int gcmReadPackage() {
    ReadResult<Dataset> r = csv.readDataset(folder);
    return r.getReport().getViolations().size() + r.getValue().map(Dataset::size).orElse(0);
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int gcmValidatePackage() {
    return csv.validateDataset(folder).getViolations().size();
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long fastCsvTokenizeOnly() throws IOException {
    long n = 0;
    for (byte[] b : tables.values()) {
      try (CsvReader<CsvRecord> reader =
          CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(b), StandardCharsets.UTF_8)) {
        for (CsvRecord record : reader) {
          n += record.getFieldCount();
        }
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long jacksonCsvRecords() {
    long n = 0;
    for (Table t : bound) {
      List<Object> rows = new ArrayList<>();
      try (MappingIterator<Object> it = t.reader.readValues(t.bytes)) {
        while (it.hasNext()) {
          rows.add(it.next());
        }
      }
      n += rows.size();
    }
    return n;
  }

  private static final Map<String, Class<?>> ROW_TYPES =
      Map.of(
          "sources.csv", SourceRow.class,
          "actors.csv", ActorRow.class,
          "persons.csv", PersonRow.class,
          "persons-posts.csv", PostRow.class,
          "meetings.csv", MeetingRow.class,
          "meetings-participations.csv", ParticipationRow.class,
          "figures.csv", FigureRow.class);

  @JsonIgnoreProperties(ignoreUnknown = true)
  record SourceRow(
      String id,
      String kind,
      @JsonProperty("title@en") @Nullable String titleEn,
      @Nullable String date,
      @Nullable String languages,
      @Nullable String url) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ActorRow(
      String id,
      String kind,
      @JsonProperty("name@en") @Nullable String nameEn,
      @JsonProperty("name@ru") @Nullable String nameRu,
      @Nullable String country,
      @Nullable String parent,
      @JsonProperty("description@en") @Nullable String descriptionEn,
      @Nullable String sources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PersonRow(
      String id,
      @JsonProperty("name@en") @Nullable String nameEn,
      @JsonProperty("name@ru") @Nullable String nameRu,
      @Nullable String sources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PostRow(
      String personId,
      @JsonProperty("title@en") @Nullable String titleEn,
      @Nullable String organisation,
      @Nullable String countries,
      @Nullable String start,
      @Nullable String end,
      @Nullable String sources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record MeetingRow(
      String id,
      String kind,
      @JsonProperty("title@en") @Nullable String titleEn,
      @JsonProperty("title@ru") @Nullable String titleRu,
      String status,
      @Nullable String format,
      @Nullable String dates,
      @JsonProperty("place.locality@en") @Nullable String placeLocalityEn,
      @JsonProperty("place.country") @Nullable String placeCountry,
      @JsonProperty("virtualLocation.url") @Nullable String virtualLocationUrl,
      @Nullable String partOf,
      @Nullable String subjects,
      @Nullable String sources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ParticipationRow(
      String meetingId,
      @Nullable String actor,
      @Nullable String person,
      @JsonProperty("capacity@en") @Nullable String capacityEn,
      @Nullable String roles,
      @Nullable String sources) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record FigureRow(
      String id,
      java.math.BigDecimal value,
      @Nullable String qualifier,
      @JsonProperty("unit@en") @Nullable String unitEn,
      @JsonProperty("unit@ru") @Nullable String unitRu,
      @JsonProperty("measure@en") @Nullable String measureEn,
      @Nullable String period,
      @Nullable String country,
      @Nullable String reportedBy,
      @Nullable String partOf,
      @Nullable String sources) {}
}
