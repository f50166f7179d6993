package org.gcmkit.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gcmkit.io.csv.Encoder.Encoded;
import org.gcmkit.model.Dataset;

/**
 * Writes a dataset as a CSV package: every table and the descriptor into a temporary folder next
 * to the target, then each file moved into place, so that a failed write leaves the old files as
 * they were and no partial file. Stateless.
 */
final class PackageWriter {
  /** Called after each file is written to the temporary folder; tests make it fail. */
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

  static void write(Dataset dataset, Path folder, Hook hook) throws IOException {
    List<Encoded> tables = encode(dataset);
    String descriptor = Descriptor.write(dataset.getTitle(), tables);
    Path target = folder.toAbsolutePath().normalize();
    Files.createDirectories(target);
    Path parent = target.getParent() != null ? target.getParent() : target;
    Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      List<String> names = new ArrayList<>();
      for (Encoded e : tables) {
        Path file = temp.resolve(e.table.file());
        try (CsvWriter w =
            CsvWriter.builder()
                .lineDelimiter(LineDelimiter.LF)
                .quoteStrategy(QuoteStrategies.REQUIRED)
                .build(file, StandardCharsets.UTF_8)) {
          w.writeRecord(e.headers);
          for (List<String> row : e.rows) {
            w.writeRecord(row);
          }
        } catch (UncheckedIOException ex) {
          throw ex.getCause();
        }
        names.add(file.getFileName().toString());
        hook.written(file);
      }
      Path json = temp.resolve(Descriptor.FILE);
      Files.writeString(json, descriptor, StandardCharsets.UTF_8);
      names.add(Descriptor.FILE);
      hook.written(json);
      // The descriptor moves last: until then readers see the old package's descriptor.
      for (String name : names) {
        move(temp.resolve(name), target.resolve(name));
      }
    } finally {
      deleteTree(temp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }
}
