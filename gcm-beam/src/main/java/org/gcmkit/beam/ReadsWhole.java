package org.gcmkit.beam;

import org.apache.beam.sdk.transforms.DoFn;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.jspecify.annotations.Nullable;

/**
 * A step that reads inputs whole with gcm-io's readers (JSON documents, CSV packages), made on each
 * worker from the recipe; every violation is kept, as the pipeline's report is whole.
 *
 * @param <I> what the step takes
 * @param <O> what it gives on its main output
 */
abstract class ReadsWhole<I, O> extends DoFn<I, O> {
  private static final long serialVersionUID = 1L;
  private final Reading reading;
  transient @Nullable GcmJson json;
  transient @Nullable GcmCsv csv;

  ReadsWhole(Reading reading) {
    this.reading = reading;
  }

  @Setup
  public void setup() {
    json = reading.json().withMaxViolations(Integer.MAX_VALUE);
    csv = reading.csv().withMaxViolations(Integer.MAX_VALUE);
  }
}
