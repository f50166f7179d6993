package org.gcmkit.cli;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that read datasets. */
final class ThreadsOption {
  @Option(
      names = "--threads",
      paramLabel = "N",
      converter = Count.class,
      description =
          "Read JSON Lines and CSV packages on N threads, and validate up to N inputs under 10 MB"
              + " at once; the output is the same on any number (default, and at most: the"
              + " processors available).")
  @Nullable Integer threads;

  /**
   * The threads: as given, else every processor, and never more than the processors. Each thread
   * holds a few parts of the input in memory; threads beyond the cores add none of speed, only
   * memory (100,000 ran a 256 MB heap out of memory where 2 finished).
   */
  int count() {
    int processors = Runtime.getRuntime().availableProcessors();
    return threads != null ? Math.min(threads, processors) : processors;
  }

  /** Reads a number of threads: 1 or more. */
  static final class Count implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        // Any number of digits: more threads than processors are not used (count()), so a number
        // too large for an int is a large number of threads, not a malformed one. Clamped at both
        // ends before narrowing: a large negative number must not wrap to a positive int.
        n =
            new BigInteger(value.trim())
                .max(BigInteger.ZERO)
                .min(BigInteger.valueOf(Integer.MAX_VALUE))
                .intValue();
      } catch (NumberFormatException e) {
        n = 0;
      }
      if (n < 1) {
        throw new CommandLine.TypeConversionException(
            "expected a whole number of threads, 1 or more, but was '" + value + "'");
      }
      return n;
    }
  }
}
