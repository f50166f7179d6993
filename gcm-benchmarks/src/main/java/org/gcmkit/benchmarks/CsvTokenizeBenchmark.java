package org.gcmkit.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * (A) The CSV tokenising ceiling on a 1 M-row, 15-column file held in memory: FastCSV, Jackson CSV
 * (streaming tokens, and rows as String[]), and a byte loop that only counts newlines. Scores are
 * rows per second; MB/s is rows/s times the bytes per row printed in setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class CsvTokenizeBenchmark {
  static final int ROWS = 1_000_000;

  private byte[] bytes;
  private CsvMapper jackson;

  @Setup(Level.Trial)
  public void setUp() {
    bytes = SyntheticCsv.make(ROWS, 42);
    jackson = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    System.out.printf(
        "%n[setup] %d rows, %d bytes, %.1f bytes/row%n",
        ROWS, bytes.length, bytes.length / (double) ROWS);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long fastCsv() throws IOException {
    long n = 0;
    try (CsvReader<CsvRecord> reader =
        CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
      for (CsvRecord record : reader) {
        n += record.getFieldCount() + record.getField(0).length();
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long jacksonCsvTokens() {
    long n = 0;
    try (JsonParser p = jackson.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          n += p.getString().length();
        }
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long jacksonCsvStringArrays() {
    long n = 0;
    try (MappingIterator<String[]> it = jackson.readerFor(String[].class).readValues(bytes)) {
      while (it.hasNext()) {
        String[] row = it.next();
        n += row.length + row[0].length();
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long newlineLoop() {
    long n = 0;
    byte[] b = bytes;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        n++;
      }
    }
    return n;
  }
}
