package org.gcmkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.gcmkit.io.ProgressListener;

/**
 * Tells a person at a terminal how far the reading of a large input has come: one line on standard
 * error, rewritten in place (at most four times a second) with the share of bytes and the records
 * read, and ended when the input is done. Silent when standard error is not a terminal or the input
 * is small, so that scripts and logs stay clean.
 */
final class Progress implements ProgressListener {
  /** Inputs from this size on show progress: smaller ones take well under a second. */
  static final long LARGE = 10L * 1024 * 1024;

  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final Path input;
  private final long size;
  private final boolean shown;
  private final LongSupplier clock;
  private long last;
  private int width;

  Progress(PrintWriter err, Path input, long size, boolean shown, LongSupplier clock) {
    this.err = err;
    this.input = input;
    this.size = size;
    this.shown = shown;
    this.clock = clock;
  }

  /**
   * The progress of reading {@code input} of {@code size} bytes, shown on a terminal when it is
   * large and {@code wanted}.
   */
  static Progress of(PrintWriter err, Path input, long size, boolean wanted) {
    return new Progress(
        err, input, size, wanted && size >= LARGE && isTerminal(), System::nanoTime);
  }

  void start() {
    if (shown) {
      show(String.format(Locale.ROOT, "validating %s (%,d MB)...", input, size / (1024 * 1024)));
      last = clock.getAsLong();
    }
  }

  @Override
  public void progress(long records, long bytesRead, long bytesTotal) {
    long now = clock.getAsLong();
    if (!shown || now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    String share =
        bytesTotal > 0
            ? String.format(Locale.ROOT, "%d%%, ", Math.min(100, 100 * bytesRead / bytesTotal))
            : "";
    show(String.format(Locale.ROOT, "validating %s: %s%,d records", input, share, records));
  }

  void done() {
    if (shown) {
      show(String.format(Locale.ROOT, "validated %s", input));
      err.println();
      err.flush();
    }
  }

  /**
   * Rewrites the line: back to its start, the text, and blanks over what is left of a longer one.
   */
  private void show(String line) {
    err.print('\r');
    err.print(line);
    for (int i = line.length(); i < width; i++) {
      err.print(' ');
    }
    width = line.length();
    err.flush();
  }

  /**
   * Whether standard streams are a terminal: on JDK 22+ System.console() is never null, so ask
   * Console.isTerminal() where it exists; on JDK 17 to 21 a console exists only for a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is used where it exists
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | ClassCastException e) {
      return false;
    }
  }

  /** The bytes of a file, or of the files of a package folder (0 when they cannot be read). */
  static long size(Path input) {
    try {
      if (Files.isDirectory(input)) {
        try (var files = Files.list(input)) {
          return files.filter(Files::isRegularFile).mapToLong(Progress::fileSize).sum();
        }
      }
      return Files.size(input);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  private static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
