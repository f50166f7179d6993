package org.gcmkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipError;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.gcmkit.io.internal.AtomicFiles;
import org.gcmkit.io.internal.Problems;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.jspecify.annotations.Nullable;

/**
 * A CSV data package in a zip archive, the form in which a package travels as one file (a mail
 * attachment, an upload). Read through the JDK's zip file system, so that the folder reader runs
 * unchanged on the archive's entries, with the same checks (paths that leave the package, unlisted
 * tables) and the same report; written entry by entry with fixed times, so that the same dataset
 * gives the same bytes.
 */
final class ZipPackage {
  /** The time of every entry written: the earliest a zip can hold, so that no clock leaks in. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private ZipPackage() {}

  /** Whether {@code path} names a zip archive, by its extension. */
  static boolean isZip(Path path) {
    Path name = path.getFileName();
    return name != null && isZip(name.toString());
  }

  static boolean isZip(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".zip");
  }

  /**
   * Reads the package in zip archive {@code zip}: at the archive's root, or in its only folder (as
   * zipping a package folder gives). An archive that cannot be opened or whose entries are damaged
   * is reported as {@code package.invalid} on the archive, not thrown: it is bad data.
   *
   * @throws IOException when the archive file cannot be read
   */
  static PackageReader.Outcome read(
      Path zip, PackageReader.Settings settings, PackageReader.@Nullable Sink sink)
      throws IOException {
    return read(zip, String.valueOf(zip.getFileName()), settings, sink);
  }

  private static PackageReader.Outcome read(
      Path zip, String display, PackageReader.Settings settings, PackageReader.@Nullable Sink sink)
      throws IOException {
    if (!Files.isRegularFile(zip)) {
      throw new java.nio.file.NoSuchFileException(
          zip.toString(), null, "expected a zip archive of a CSV data package");
    }
    FileSystem archive;
    try {
      archive = FileSystems.newFileSystem(zip, Map.of());
    } catch (ZipException | ZipError | IllegalArgumentException e) {
      // ZipError and IllegalArgumentException are how some JDKs refuse a damaged central
      // directory or an entry name that is not UTF-8.
      return invalid(
          settings, display, "it cannot be opened as a zip archive (" + e.getMessage() + ")");
    }
    try (archive) {
      Path root = root(archive);
      if (settings.parts() != null) {
        // Records are handed over as they are read, so a damaged entry must be found first: the
        // report is then the archive's one violation, as when the records are kept.
        inflateAll(root);
      }
      return PackageReader.read(root, settings, sink);
    } catch (ZipException | ZipError e) {
      return invalid(settings, display, "an entry of it is damaged (" + e.getMessage() + ")");
    } catch (UncheckedIOException e) {
      // The CSV parser wraps what the entry's stream throws.
      if (e.getCause() instanceof ZipException) {
        return invalid(
            settings, display, "an entry of it is damaged (" + e.getCause().getMessage() + ")");
      }
      throw e;
    }
  }

  /**
   * Reads a zip archive from {@code in}, kept in a temporary file for the time of the reading (the
   * zip format puts its index at the end, so it cannot be read as it streams).
   */
  static PackageReader.Outcome read(
      InputStream in,
      String sourceName,
      PackageReader.Settings settings,
      PackageReader.@Nullable Sink sink)
      throws IOException {
    Path temp = Files.createTempFile("gcm-", ".zip");
    try {
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      return read(temp, sourceName, settings, sink);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The folder of the archive that holds the package. */
  private static Path root(FileSystem archive) throws IOException {
    Path root = archive.getPath("/");
    if (Files.exists(root.resolve(Descriptor.FILE))) {
      return root;
    }
    List<Path> folders = new ArrayList<>();
    boolean files = false;
    try (DirectoryStream<Path> in = Files.newDirectoryStream(root)) {
      for (Path p : in) {
        String name = String.valueOf(p.getFileName());
        if (Files.isDirectory(p)) {
          // The resource forks that macOS's archiver adds hold no table.
          if (!name.startsWith("__MACOSX")) {
            folders.add(p);
          }
        } else {
          files = true;
        }
      }
    }
    return !files && folders.size() == 1 ? folders.get(0) : root;
  }

  /** Reads every entry under {@code root} to its end, which checks its inflation and checksum. */
  private static void inflateAll(Path root) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    try (java.util.stream.Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(p)) {
          try (InputStream in = open(p)) {
            while (in.read(buffer) >= 0) {
              // Only the reading counts.
            }
          }
        }
      }
    }
  }

  /**
   * Opens a file of a package, in a folder or in an archive. An archive's entry is checked against
   * the size and CRC-32 its archive gives: the JDK's zip file system checks neither, so an entry
   * damaged in its compressed data would be read, without a word, as other bytes (other ids, other
   * dates). A mismatch is a {@link ZipException}, reported as the archive's {@code
   * package.invalid}.
   *
   * @throws IOException when the file cannot be opened
   */
  static InputStream open(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    if (!"jar".equals(path.getFileSystem().provider().getScheme())) {
      return in;
    }
    try {
      return new CheckedEntry(
          in,
          String.valueOf(path.getFileName()),
          (Long) Files.getAttribute(path, "zip:size"),
          (Long) Files.getAttribute(path, "zip:crc"));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * The bytes of an archive's entry, counted and summed as they are read, and checked at their end
   * and at once when there are more than the archive says (an entry that inflates without end is
   * not read on). Closed before its end (a table whose reading stopped), it reads the rest, so that
   * a damaged entry is always reported as damaged, not as the bad rows it became.
   */
  private static final class CheckedEntry extends InputStream {
    private final InputStream in;
    private final String name;
    private final long size;
    private final long crc;
    private final java.util.zip.CRC32 sum = new java.util.zip.CRC32();
    private long count;
    private boolean ended;

    CheckedEntry(InputStream in, String name, long size, long crc) {
      this.in = in;
      this.name = name;
      this.size = size;
      this.crc = crc;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b < 0) {
        end();
      } else {
        sum.update(b);
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n < 0) {
        end();
      } else {
        sum.update(b, off, n);
        counted(n);
      }
      return n;
    }

    @Override
    public int available() throws IOException {
      return in.available();
    }

    @Override
    public void close() throws IOException {
      try (in) {
        if (!ended) {
          byte[] rest = new byte[8192];
          while (read(rest, 0, rest.length) >= 0) {
            // Read only to be checked.
          }
        }
      }
    }

    private void counted(int n) throws ZipException {
      count += n;
      if (count > size) {
        throw new ZipException(
            "expected entry " + name + " to inflate to " + size + " bytes but it gives more");
      }
    }

    private void end() throws ZipException {
      if (ended) {
        return;
      }
      ended = true;
      if (count != size || sum.getValue() != crc) {
        throw new ZipException(
            String.format(
                Locale.ROOT,
                "expected entry %s to inflate to %d bytes of CRC-32 %08x but it gives %d bytes of"
                    + " CRC-32 %08x",
                name,
                size,
                crc,
                count,
                sum.getValue()));
      }
    }
  }

  private static PackageReader.Outcome invalid(
      PackageReader.Settings settings, String display, String why) {
    Problems problems = Problems.kept(1).hear(settings.progress()::found);
    problems.add(
        Descriptor.problem(
            "expected a zip archive of a CSV data package but " + display + " is not: " + why,
            Location.builder().file(display).build()));
    problems.malformed();
    PackageReader.Parts parts = settings.parts();
    if (parts != null) {
      problems.report().getViolations().forEach(parts.others());
    }
    return new PackageReader.Outcome(problems, Optional.empty(), Optional.empty());
  }

  /** Writes {@code dataset} as a zip archive at {@code zip}, atomically. */
  static void write(Dataset dataset, Path zip) throws IOException {
    Map<String, String> files = PackageWriter.render(dataset);
    AtomicFiles.writeBytes(zip, out -> write(files, out));
  }

  private static void write(Map<String, String> files, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> f : files.entrySet()) {
      ZipEntry entry = new ZipEntry(f.getKey());
      entry.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(entry);
      zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    zip.finish();
  }
}
