package org.gcmkit.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gcmkit.io.csv.Encoder.Encoded;
import org.gcmkit.io.internal.AtomicFiles;
import org.gcmkit.model.Dataset;

/**
 * Writes a dataset as a CSV package: every table and the descriptor into a temporary folder next to
 * the target, then each file moved into place, so that a failed write leaves the old files as they
 * were and no partial file. Stateless.
 */
final class PackageWriter {
  /**
   * Called after each file is written to the temporary folder, then after each is moved into place;
   * tests make it fail.
   */
  interface Hook {
    void written(Path file) throws IOException;
  }

  private PackageWriter() {}

  /** The encoded tables of {@code dataset}: every table of the form, in canonical order. */
  static List<Encoded> encode(Dataset dataset) {
    List<Encoded> tables = new ArrayList<>();
    for (Table t : Table.all()) {
      tables.add(Encoder.encode(t, dataset));
    }
    return tables;
  }

  /**
   * The files of the package of {@code dataset}, by name, in writing order: tables, then
   * descriptor.
   */
  static Map<String, String> render(Dataset dataset) {
    List<Encoded> tables = encode(dataset);
    Map<String, String> files = new LinkedHashMap<>();
    for (Encoded e : tables) {
      StringWriter text = new StringWriter();
      try (CsvWriter w =
          CsvWriter.builder()
              .lineDelimiter(LineDelimiter.LF)
              .quoteStrategy(QuoteStrategies.REQUIRED)
              .build(text)) {
        w.writeRecord(e.headers);
        for (List<String> row : e.rows) {
          w.writeRecord(row);
        }
      } catch (IOException ex) {
        // Only the StringWriter is written to, and it does not fail.
        throw new UncheckedIOException(ex);
      }
      files.put(e.table.file(), text.toString());
    }
    files.put(Descriptor.FILE, DescriptorWriter.write(dataset.getTitle(), tables));
    return files;
  }

  static void write(Dataset dataset, Path folder, Hook hook) throws IOException {
    Map<String, String> files = render(dataset);
    Path target = folder.toAbsolutePath().normalize();
    // Folders made here are removed again if the write fails: a failed write leaves nothing new.
    Path firstCreated = null;
    for (Path p = target;
        p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS);
        p = p.getParent()) {
      firstCreated = p;
    }
    Files.createDirectories(target);
    Path parent = target.getParent() != null ? target.getParent() : target;
    String prefix = AtomicFiles.tempPrefix(target);
    AtomicFiles.removeStale(parent, prefix);
    Path temp = Files.createTempDirectory(parent, prefix);
    boolean done = false;
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = temp.resolve(f.getKey());
        Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        AtomicFiles.force(file);
        hook.written(file);
      }
      // The descriptor moves last: until then readers see the old package's descriptor.
      Path old = Files.createDirectory(temp.resolve(".old"));
      List<String> replaced = new ArrayList<>();
      try {
        for (String name : files.keySet()) {
          Path to = target.resolve(name);
          if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
            // Never moved aside, as the temporary folder and all in it is deleted at the end.
            throw new FileAlreadyExistsException(
                to.toString(), null, "expected a file but it is a folder");
          }
          if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFiles.move(to, old.resolve(name));
          }
          replaced.add(name);
          AtomicFiles.move(temp.resolve(name), to);
          hook.written(to);
        }
      } catch (IOException e) {
        // A failure midway puts the old files back: the package is then as it was.
        for (String name : replaced) {
          try {
            Path was = old.resolve(name);
            if (Files.exists(was, LinkOption.NOFOLLOW_LINKS)) {
              AtomicFiles.move(was, target.resolve(name));
            } else {
              Files.deleteIfExists(target.resolve(name));
            }
          } catch (IOException undo) {
            e.addSuppressed(undo);
          }
        }
        throw e;
      }
      AtomicFiles.force(target);
      done = true;
    } catch (IOException e) {
      throw AtomicFiles.naming(target, temp, e);
    } finally {
      AtomicFiles.deleteTree(temp);
      if (!done && firstCreated != null) {
        AtomicFiles.deleteTree(firstCreated);
      }
    }
  }
}
