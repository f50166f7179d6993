package org.gcmkit.cli;

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
          "Read JSON Lines and CSV packages on N threads; the report is the same on any number"
              + " (default: for JSON Lines the processors available, for CSV packages 1, as"
              + " their reading gains nothing from more threads yet; see BENCHMARKS.md).")
  @Nullable Integer threads;

  /** The threads for JSON Lines: as given, else every processor. */
  int forJsonLines() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  /**
   * The threads for CSV packages: as given, else 1. Measured on 2 cores, a package of 10^6 records
   * took 0.88x as long on one thread as on two: the calling thread's share (tokenising, gathering
   * rows, the id index) is most of the work.
   */
  int forCsvPackages() {
    return threads != null ? threads : 1;
  }

  /** Reads a number of threads: 1 or more. */
  static final class Count implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int n;
      try {
        n = Integer.parseInt(value.trim());
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
