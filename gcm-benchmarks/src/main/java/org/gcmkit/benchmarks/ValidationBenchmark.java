package org.gcmkit.benchmarks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gcmkit.examples.DatasetGenerator;
import org.gcmkit.examples.DatasetGenerator.GeneratedRecord;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.StreamValidator;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * (D) Validation alone, on prebuilt records: gcm's validator record by record, gcm's
 * StreamValidator over the stream (record rules, unique ids, references), against the hand-written
 * checks of the same rules in both forms. Scores are records per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {
  static final int RECORDS = 2_000;

  /** The fraction of invalid records. */
  @Param({"0", "0.01", "0.6"})
  public double invalid;

  private List<GeneratedRecord> records;
  private GcmValidator validator;

  @Setup(Level.Trial)
  public void setUp() {
    records = DatasetGenerator.of(42, RECORDS, invalid).list();
    validator = GcmValidator.create();
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long gcmPerRecord() {
    long n = 0;
    for (GeneratedRecord r : records) {
      n += validator.validate(r.record(), r.pointer()).getViolations().size();
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long gcmStream() {
    StreamValidator stream = StreamValidator.create(validator);
    long n = 0;
    for (GeneratedRecord r : records) {
      n += stream.accept(r.record(), r.pointer(), p -> Optional.empty()).getViolations().size();
    }
    return n + stream.finish().getErrorCount();
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long handPerRecord() {
    long n = 0;
    for (GeneratedRecord r : records) {
      n += HandChecker.checkRecord(r.record(), r.pointer()).size();
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long handStream() {
    HandChecker checker = new HandChecker();
    long n = 0;
    for (GeneratedRecord r : records) {
      n += checker.accept(r.record(), r.pointer()).size();
    }
    return n + checker.finish().size();
  }
}
