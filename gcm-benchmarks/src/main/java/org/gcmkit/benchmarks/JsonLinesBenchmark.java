package org.gcmkit.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * (C) JSON Lines into gcm types, validated, against Jackson databind into plain records without
 * validation and against Jackson streaming (tokens only), on the same bytes written by gcm's
 * writer. {@code gcmRead} reads the bytes from memory; {@code gcmValidateFile} is the streaming
 * validator, which takes a path, on a file in a memory-backed folder when one exists. Scores are
 * records per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class JsonLinesBenchmark {
  static final int RECORDS = 5_000;

  /** The fraction of invalid records. */
  @Param({"0"})
  public double invalid;

  private byte[] bytes;
  private Path file;
  private GcmJson json;
  private JsonMapper mapper;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = GcmJson.create();
    Dataset dataset = DatasetGenerator.of(42, RECORDS, invalid).dataset();
    file = Files.createTempFile(BenchFiles.scratch(), "bench", ".jsonl");
    json.writeDataset(dataset, file);
    bytes = Files.readAllBytes(file);
    mapper =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    System.out.printf(
        "%n[setup] %d records, %d bytes, %.1f bytes/record, file %s%n",
        RECORDS, bytes.length, bytes.length / (double) RECORDS, file);
    System.out.printf(
        "[setup] gcm finds %d violations; Jackson binds %d lines%n",
        json.validateDataset(file).getErrorCount(), jacksonDatabindRecords());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int gcmRead() {
    ReadResult<Dataset> r = json.readDataset(new ByteArrayInputStream(bytes), "bench.jsonl");
    return r.getReport().getViolations().size() + r.getValue().map(Dataset::size).orElse(0);
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int gcmValidateFile() {
    return json.validateDataset(file).getViolations().size();
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long jacksonDatabindRecords() {
    long n = 0;
    try (MappingIterator<PlainJson.Line> it =
        mapper.readerFor(PlainJson.Line.class).readValues(bytes)) {
      while (it.hasNext()) {
        n += it.next().hashCode() & 1;
        n++;
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long jacksonStreaming() {
    long n = 0;
    try (JsonParser p = mapper.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          n += p.getString().length();
        } else {
          n++;
        }
      }
    }
    return n;
  }
}
