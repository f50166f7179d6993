package org.gcmkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An input or output that could not be handled at all (unreadable, unwritable, or too large for the
 * memory given), said in one line that names the path the user gave; exit code 2.
 */
final class InputFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /** Something that reads or writes and may throw {@link IOException}. */
  interface Work<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code work} on {@code path}, turning an I/O error into "cannot {@code verb} PATH: why"
   * and running out of memory into "out of memory {@code doing} PATH".
   */
  static <T> T guard(String verb, String doing, Path path, Work<T> work) {
    try {
      return work.run();
    } catch (IOException e) {
      throw cannot(verb, path, e);
    } catch (UncheckedIOException e) {
      throw cannot(verb, path, Objects.requireNonNull(e.getCause(), "always set"));
    } catch (OutOfMemoryError e) {
      // Whatever the work held is unreachable once its frames are gone: the line below has room.
      throw new InputFailure(
          "out of memory "
              + doing
              + " '"
              + path
              + "' (Java heap of "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); give Java more memory, for example GCM_JAVA_OPTS=-Xmx4g",
          e);
    }
  }

  private static InputFailure cannot(String verb, Path path, IOException e) {
    return new InputFailure("cannot " + verb + " '" + path + "': " + reason(verb, e, path), e);
  }

  /** Why, in words, naming the file only when reading one that is not {@code path}. */
  static String reason(String verb, IOException e, Path path) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      why = f.getReason();
    } else if (e.getMessage() != null && !(e instanceof FileSystemException)) {
      why = e.getMessage();
    } else {
      why = e.getClass().getSimpleName();
    }
    // A file inside a package read is worth naming; a temporary file of a write is not.
    if (e instanceof FileSystemException f && verb.equals("read")) {
      String file = f.getFile();
      if (file != null && !Path.of(file).equals(path)) {
        why += " (" + file + ")";
      }
    }
    return why;
  }
}
