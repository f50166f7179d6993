package org.gcmkit.io.json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.exc.JacksonIOException;

/** Writes files atomically: a temporary file in the same folder, then a move over the target. */
final class AtomicFiles {
  /** Writes text to a Writer; may fail midway. */
  interface WriterAction {
    void write(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} in UTF-8 with {@code action}: readers see the old file or the whole new
   * one, never a part. On failure the temporary file is deleted and the old file left as it was.
   */
  static void write(Path target, WriterAction action) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir == null) {
      throw new IOException("expected a file path but was the root " + absolute);
    }
    // Same folder, so the move is a rename on one file system; hidden so tools ignore it.
    Path temp =
        dir.resolve(
            "."
                + absolute.getFileName()
                + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        // A lone surrogate cannot be UTF-8: fail rather than write '?'.
        Writer out =
            new BufferedWriter(
                new OutputStreamWriter(
                    Channels.newOutputStream(channel),
                    StandardCharsets.UTF_8
                        .newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
          action.write(out);
        } catch (JacksonIOException e) {
          throw e.getCause();
        }
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }
}
