package org.gcmkit.io.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writing that never leaves a part behind, for both writers: the new content goes to a temporary
 * file or folder beside the target, named {@code .<target name>.tmp-<random>}, is forced to the
 * disk, and then moved over the target; on failure the temporary is deleted. Temporaries of this
 * naming that a killed run left are removed by the next write to the same target once they are an
 * hour old (so that a write still under way is never touched). An error names the target asked for,
 * not the temporary.
 */
public final class AtomicFiles {
  /** How old a temporary must be before a later write removes it. */
  private static final long STALE_MILLIS = 3_600_000L;

  /** Writes text; may fail midway. */
  public interface WriterAction {
    /**
     * Writes the content.
     *
     * @param out where to write it
     * @throws IOException when it cannot be written
     */
    void write(Writer out) throws IOException;
  }

  /** Writes bytes; may fail midway. */
  public interface StreamAction {
    /**
     * Writes the content.
     *
     * @param out where to write it; closing it is not needed
     * @throws IOException when it cannot be written
     */
    void write(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} in UTF-8 with {@code action}: readers see the old file or the whole new
   * one, never a part. On failure the temporary file is deleted and the old file left as it was.
   * Text that cannot be UTF-8 (a lone surrogate) fails the write rather than becoming {@code ?}.
   *
   * @param target the file to write or replace
   * @param action what writes the content
   * @throws IOException naming {@code target} when it cannot be written
   */
  public static void write(Path target, WriterAction action) throws IOException {
    writeBytes(
        target,
        bytes -> {
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(
                      bytes,
                      StandardCharsets.UTF_8
                          .newEncoder()
                          .onMalformedInput(CodingErrorAction.REPORT)
                          .onUnmappableCharacter(CodingErrorAction.REPORT)));
          action.write(out);
          out.flush();
        });
  }

  /**
   * Writes {@code target} with {@code action}, as {@link #write(Path, WriterAction)} writes text.
   *
   * @param target the file to write or replace
   * @param action what writes the content
   * @throws IOException naming {@code target} when it cannot be written
   */
  public static void writeBytes(Path target, StreamAction action) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new IOException("expected a file path but was the root " + absolute);
    }
    String prefix = tempPrefix(absolute);
    removeStale(dir, prefix);
    Path temp = dir.resolve(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()));
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        action.write(out);
        out.flush();
        channel.force(true);
      }
      move(temp, absolute);
    } catch (IOException e) {
      deleteQuietly(temp, e);
      throw naming(absolute, temp, e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(temp, e);
      throw e;
    }
  }

  /**
   * The name prefix of the temporaries of {@code target}: {@code .<name>.tmp-}, hidden so that
   * tools ignore it, beside the target so that the move is a rename on one file system.
   *
   * @param target the file or folder written
   * @return the prefix
   */
  public static String tempPrefix(Path target) {
    Path name = target.getFileName();
    return "." + (name == null ? "" : name.toString()) + ".tmp-";
  }

  /**
   * Removes the temporary files and folders of this naming in {@code dir} that are an hour old.
   *
   * @param dir the folder of the target
   * @param prefix the target's {@link #tempPrefix}
   * @throws IOException when one cannot be removed
   */
  public static void removeStale(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return; // nothing stale; writing there fails with its own message
    }
    long hourAgo = System.currentTimeMillis() - STALE_MILLIS;
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, globQuoted(prefix) + "*")) {
      for (Path p : stale) {
        if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < hourAgo) {
          deleteTree(p);
        }
      }
    }
  }

  /**
   * Moves {@code from} over {@code to}, atomically where the file system can.
   *
   * @param from the file or folder to move
   * @param to where it goes, replaced if it exists
   * @throws IOException when it cannot be moved
   */
  public static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Forces a file, or a folder's entries where the platform allows, to the disk.
   *
   * @param path the file or folder
   * @throws IOException when a file cannot be forced
   */
  public static void force(Path path) throws IOException {
    boolean folder = Files.isDirectory(path);
    try (FileChannel channel =
        FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      channel.force(true);
    } catch (IOException e) {
      // Folders cannot be opened on Windows; files must be synced.
      if (!folder) {
        throw e;
      }
    }
  }

  /**
   * Deletes a file, or a folder and everything in it, if it exists.
   *
   * @param root the file or folder
   * @throws IOException when something in it cannot be deleted
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(root);
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * An I/O error about a temporary, said of the target the caller asked for ({@code out.json: No
   * space left on device}, not the hidden temporary's name), of the same kind, with the original as
   * its cause.
   *
   * @param target the file or folder asked for
   * @param temp the temporary being written
   * @param e the error
   * @return an error naming the target, with {@code e} as its cause
   */
  public static IOException naming(Path target, Path temp, IOException e) {
    if (!(e instanceof FileSystemException fs)) {
      return e;
    }
    String file = fs.getFile();
    if (file == null || !file.startsWith(temp.toString())) {
      return e;
    }
    String reason = fs.getReason();
    String t = target.toString();
    // The same kind of error, so that callers that tell them apart (the CLI) still can.
    FileSystemException named;
    if (fs instanceof NoSuchFileException) {
      named = new NoSuchFileException(t, null, reason);
    } else if (fs instanceof AccessDeniedException) {
      named = new AccessDeniedException(t, null, reason);
    } else if (fs instanceof FileAlreadyExistsException) {
      named = new FileAlreadyExistsException(t, null, reason);
    } else {
      named = new FileSystemException(t, null, reason);
    }
    named.initCause(e);
    return named;
  }

  private static void deleteQuietly(Path temp, Throwable e) {
    try {
      deleteTree(temp);
    } catch (IOException suppressed) {
      e.addSuppressed(suppressed);
    }
  }

  /** {@code s} with the glob's special characters escaped, for a name taken from a file. */
  private static String globQuoted(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("*?[]{}\\".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
