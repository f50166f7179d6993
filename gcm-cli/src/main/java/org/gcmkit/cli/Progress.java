package org.gcmkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.csv.GcmCsv;

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
      end();
    }
  }

  /** Ends the line where it stands (after a failure), so that what follows starts a line. */
  void end() {
    if (shown) {
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
   * Whether standard error is a terminal. Where the system names each open file ({@code
   * /proc/self/fd} on Linux), by what standard error is: a terminal device, not a file or a pipe.
   * Elsewhere by the JDK's console, which stands for standard input and output, not error: on JDK
   * 22+ System.console() is never null, so ask Console.isTerminal() where it exists; on JDK 17 to
   * 21 a console exists only for a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is used where it exists
  static boolean isTerminal() {
    Path stderr = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(stderr)) {
      try {
        return isTerminalDevice(Files.readSymbolicLink(stderr).toString());
      } catch (java.io.IOException | SecurityException e) {
        return false;
      }
    }
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

  /** Whether {@code device}, what a file descriptor names, is a terminal (Linux's names). */
  static boolean isTerminalDevice(String device) {
    return device.startsWith("/dev/pts/")
        || device.startsWith("/dev/tty")
        || device.startsWith("/dev/console");
  }

  /**
   * The bytes to read: of a file, of the files of a package folder, or of the entries of a zip
   * archive as they inflate, as its archive's size says little of the work (a package of 38 MB of
   * tables zips to 6 MB); 0 when they cannot be told.
   */
  static long size(Path input) {
    try {
      if (Files.isDirectory(input)) {
        try (var files = Files.list(input)) {
          return files.filter(Files::isRegularFile).mapToLong(Progress::fileSize).sum();
        }
      }
      if (GcmCsv.isZip(input)) {
        return inflatedSize(input);
      }
      return Files.size(input);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  /** The sizes its central directory states of a zip's entries; the archive's own when unknown. */
  private static long inflatedSize(Path zip) throws java.io.IOException {
    long sum = 0;
    try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(zip.toFile())) {
      var entries = archive.entries();
      while (entries.hasMoreElements()) {
        long size = entries.nextElement().getSize();
        if (size < 0) {
          return Files.size(zip);
        }
        sum += size;
      }
    } catch (java.util.zip.ZipException e) {
      // Not a zip after all: the reader says so; its size is what there is to read.
      return Files.size(zip);
    }
    return sum;
  }

  private static long fileSize(Path p) {
    try {
      return Files.size(p);
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
