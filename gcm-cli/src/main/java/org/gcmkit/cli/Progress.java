package org.gcmkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a person at a terminal which large input is being read; silent when standard error is not a
 * terminal, so that scripts and logs stay clean.
 */
final class Progress {
  private static final long LARGE = 10L * 1024 * 1024;

  private Progress() {}

  static void start(PrintWriter err, Path input) {
    if (isTerminal() && size(input) >= LARGE) {
      err.printf("validating %s (%,d MB)...%n", input, size(input) / (1024 * 1024));
      err.flush();
    }
  }

  static void done(PrintWriter err, Path input) {
    if (isTerminal() && size(input) >= LARGE) {
      err.printf("validated %s%n", input);
      err.flush();
    }
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

  private static long size(Path input) {
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
