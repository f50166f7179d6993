package org.gcmkit.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a data team would use instead of gcm on a dataset document: Jackson's tree parse plus
 * networknt json-schema-validator on gcm's published JSON Schema (compiled once here), against
 * gcm's read+validate, on the same in-memory bytes of the document form (the form the schema
 * describes). The schema checks the shape only; gcm also checks code lists, cross-field rules,
 * unique ids and references (see results/side-by-side.md for which defects each catches). Scores
 * are records per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class SchemaBenchmark {
  static final int RECORDS = 5_000;

  /** The fraction of invalid records. */
  @Param({"0", "0.01", "0.6"})
  public double invalid;

  private byte[] bytes;
  private GcmJson json;
  private JsonMapper mapper;
  private Schema schema;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    json = GcmJson.create();
    Path file = Files.createTempFile(BenchFiles.scratch(), "bench", ".json");
    try {
      json.writeDataset(DatasetGenerator.of(42, RECORDS, invalid).dataset(), file);
      bytes = Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
    mapper = JsonMapper.builder().build();
    schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(GcmJson.datasetSchema(), InputFormat.JSON);
    System.out.printf(
        "%n[setup] %d records, %d bytes of dataset document; gcm finds %d errors, networknt %d%n",
        RECORDS, bytes.length, gcmReadValidate(), networkntValidate());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    bytes = new byte[0];
  }

  /** gcm: parse, bind into the model and validate everything (streaming reader, same bytes). */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int gcmReadValidate() {
    ReadResult<Dataset> r = json.readDataset(new ByteArrayInputStream(bytes), "bench.json");
    return r.getReport().getErrors().size();
  }

  /** Jackson tree parse, then networknt validation against the precompiled schema. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int networkntValidate() {
    JsonNode tree = mapper.readTree(bytes);
    return schema.validate(tree).size();
  }

  /** Jackson tree parse alone, to split networknt's cost into parsing and validating. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public int jacksonTreeOnly() {
    return mapper.readTree(bytes).size();
  }
}
