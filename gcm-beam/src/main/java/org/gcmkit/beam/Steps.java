package org.gcmkit.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The pipeline's metrics, in the namespace {@code gcm}: the time its workers spend reading parts
 * and joining ids, as a runner's monitoring shows them, to tell where a run's time goes.
 */
public final class Steps {
  private Steps() {}

  /** The namespace of gcm's metrics. */
  public static final String NAMESPACE = "gcm";

  /** Milliseconds spent reading parts of JSON Lines files: parse, bind, the records' rules. */
  public static final Counter READ_MILLIS = Metrics.counter(NAMESPACE, "readMillis");

  /** Milliseconds spent in the joins of ids: duplicate ids and unresolved references. */
  public static final Counter JOIN_MILLIS = Metrics.counter(NAMESPACE, "joinMillis");
}
