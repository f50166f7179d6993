package org.gcmkit.beam;

import java.io.Serializable;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;

/**
 * How the workers read: strictly or leniently, with whose rules. It travels with the steps that
 * read; the readers themselves are made on each worker (in {@code @Setup}), as a validator is not
 * serializable but the recipe for one is.
 *
 * @param lenient whether unknown fields are warnings
 * @param validators makes the validator of each worker
 */
record Reading(boolean lenient, GcmValidation.ValidatorFactory validators) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** {@return a JSON reader for one worker} */
  GcmJson json() {
    GcmJson json = GcmJson.create().withValidator(validators.create());
    return lenient ? json.lenient() : json;
  }

  /**
   * {@return a CSV reader for one worker; CSV has no lenient reading, its descriptor declares the
   * columns}
   */
  GcmCsv csv() {
    return GcmCsv.create().withValidator(validators.create());
  }
}
