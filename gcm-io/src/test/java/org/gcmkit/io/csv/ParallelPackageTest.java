package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.io.internal.RandomDatasets;
import org.gcmkit.model.Actor;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.ActorKind;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.Text;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV packages read on several threads give the report and dataset of one thread, violation for
 * violation and in the same order, on packages with every kind of cross-row problem: repeated and
 * missing rows (duplicate ids, unresolved references), rows of the wrong length, and child rows out
 * of their parents' order, over many parts, with reports kept whole and cut short.
 */
class ParallelPackageTest {
  private static final GcmCsv CSV = GcmCsv.create();

  @Test
  void readAndValidate_messyPackagesOnTwoToFiveThreads_sameAsOneThread(@TempDir Path dir)
      throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      Path folder = dir.resolve("pkg-" + seed);
      CSV.writeDataset(RandomDatasets.generate(seed, 150), folder);
      mess(folder, new Random(seed));
      for (GcmCsv csv : List.of(CSV, CSV.withMaxViolations(7))) {
        ReadResult<Dataset> one = csv.readDataset(folder);
        ValidationReport streamed = csv.validateDataset(folder);
        assertThat(one.getReport().countsByCode())
            .as("the package has the problems this test is about")
            .containsKeys("id.duplicate", "reference.unresolved", "row.length");
        for (int threads = 2; threads <= 5; threads++) {
          GcmCsv parallel = csv.withThreads(threads);
          ReadResult<Dataset> many = parallel.readDataset(folder);
          assertThat(many.getReport())
              .as("seed %s, %s threads", seed, threads)
              .isEqualTo(one.getReport());
          assertThat(many.getValue()).isEqualTo(one.getValue());
          assertThat(parallel.validateDataset(folder)).isEqualTo(streamed);
        }
      }
    }
  }

  /**
   * Tables larger than {@link TableReader#READ_AHEAD} are read ahead on threads of their own with
   * more than one thread: the problems of reading their rows (bad bytes, rows of the wrong length,
   * child rows out of order, a syntax error that ends a table) keep their places among the rows.
   */
  @Test
  void readAndValidate_largeTablesReadAheadWithProblems_sameAsOneThread(@TempDir Path dir)
      throws IOException {
    Path folder = dir.resolve("large");
    CSV.writeDataset(RandomDatasets.generate(7, 1500), folder);
    mess(folder, new Random(7));
    List<Path> large = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(f -> f.toString().endsWith(".csv") && size(f) > TableReader.READ_AHEAD)
          .sorted()
          .forEach(large::add);
    }
    assertThat(large).as("tables read ahead").hasSizeGreaterThanOrEqualTo(2);
    // Bad bytes in every large table, and one of them cut short by an unclosed quote.
    for (Path table : large) {
      byte[] bytes = Files.readAllBytes(table);
      for (int at = 1000; at < bytes.length; at += 40_000) {
        bytes[at] = (byte) 0xFF;
      }
      Files.write(table, bytes);
    }
    Path cut = large.get(large.size() - 1);
    byte[] bytes = Files.readAllBytes(cut);
    int from = bytes.length * 2 / 3;
    while (bytes[from - 1] != '\n') {
      from++;
    }
    bytes[from] = '"';
    Files.write(cut, bytes);

    ReadResult<Dataset> one = CSV.readDataset(folder);
    assertThat(one.getReport().countsByCode())
        .as("the package has the problems this test is about")
        .containsKeys("encoding.invalid", "csv.syntax", "row.length", "row.order");
    ReadResult<Dataset> two = CSV.withThreads(2).readDataset(folder);

    assertThat(two.getReport()).isEqualTo(one.getReport());
    assertThat(two.getValue()).isEqualTo(one.getValue());
    assertThat(CSV.withThreads(3).validateDataset(folder)).isEqualTo(CSV.validateDataset(folder));
    assertThat(readingThreads()).as("threads left reading").isEmpty();
  }

  /**
   * A large child table read ahead that cannot be matched to its parents (its parent column is
   * misspelt) is closed at once: its reading thread stops, and the report is one thread's.
   */
  @Test
  void read_largeChildTableWithoutItsParentColumn_itsThreadStops(@TempDir Path dir)
      throws IOException {
    Path folder = orphans(dir);

    ValidationReport one = CSV.validateDataset(folder);
    ValidationReport two = CSV.withThreads(2).validateDataset(folder);

    assertThat(one.countsByCode()).containsKey("header.unknown");
    assertThat(two).isEqualTo(one);
    assertThat(readingThreads()).as("threads left reading").isEmpty();
  }

  /**
   * What a reading thread throws reaches the caller as if it had read the table itself: a zip entry
   * of a large child table, damaged halfway, fails on the thread that reads it ahead (no first pass
   * reads a child table), and the report is one thread's, the archive's one {@code
   * package.invalid}, with no reading thread left.
   */
  @Test
  void read_largeZipEntryDamagedHalfway_packageInvalidAsOnOneThread(@TempDir Path dir)
      throws IOException {
    Path folder = dir.resolve("pkg");
    CSV.writeDataset(RandomDatasets.generate(8, 1500), folder);
    String damagedEntry = "meetings-participations.csv";
    assertThat(size(folder.resolve(damagedEntry))).isGreaterThan(TableReader.READ_AHEAD);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    int[] middle = {-1};
    zip(
        folder,
        bytes,
        (name, start) -> {
          if (name.equals(damagedEntry)) {
            middle[0] = (start + bytes.size()) / 2;
          }
        });
    byte[] zipped = bytes.toByteArray();
    assertThat(middle[0]).as("the middle of the entry").isPositive();
    for (int i = middle[0]; i < middle[0] + 64; i++) {
      zipped[i] = (byte) ~zipped[i];
    }
    Path archive = dir.resolve("damaged.zip");
    Files.write(archive, zipped);

    ReadResult<Dataset> one = CSV.readDataset(archive);
    ReadResult<Dataset> two = CSV.withThreads(2).readDataset(archive);

    assertThat(one.getReport().getViolations())
        .extracting(Violation::getCode)
        .containsExactly("package.invalid");
    // The JDK's zip file system reads such an entry as other bytes; gcm checks its CRC-32.
    assertThat(one.getReport().getViolations().get(0).getMessage())
        .contains("an entry of it is damaged")
        .contains("expected entry " + damagedEntry + " to inflate to")
        .contains("CRC-32");
    assertThat(two.getReport()).isEqualTo(one.getReport());
    assertThat(two.getValue()).isEmpty();
    assertThat(CSV.withThreads(2).validateDataset(archive)).isEqualTo(one.getReport());
    assertThat(readingThreads()).as("threads left reading").isEmpty();
  }

  /**
   * A zipped package whose large child table lacks its parent column: the table is closed early,
   * with its rows still being read ahead. Stopping that thread must not close the channel that the
   * archive's entries share (an interrupt during a read does), or the next table read fails and the
   * report becomes an exception (17 runs of 20 did so before).
   */
  @Test
  void read_zipWithLargeChildTableWithoutItsParentColumn_sameReportEveryRun(@TempDir Path dir)
      throws IOException {
    Path archive = zipped(orphans(dir), dir.resolve("orphans.zip"));

    ValidationReport one = CSV.validateDataset(archive);

    assertThat(one.countsByCode()).containsKey("header.unknown");
    for (int run = 0; run < 5; run++) {
      assertThat(CSV.withThreads(2).validateDataset(archive)).as("run %d", run).isEqualTo(one);
    }
    assertThat(readingThreads()).as("threads left reading").isEmpty();
  }

  /**
   * A read that a progress listener stops by throwing ends with the listener's exception, never
   * with one from closing the tables it leaves half read (of a zip archive, whose entries share one
   * channel, and whose entries closed early are read to their end to be checked).
   */
  @Test
  void read_zipStoppedByItsProgressListener_throwsTheListenersException(@TempDir Path dir)
      throws IOException {
    Path folder = dir.resolve("pkg");
    CSV.writeDataset(RandomDatasets.generate(8, 3000), folder);
    Path archive = zipped(folder, dir.resolve("pkg.zip"));
    GcmCsv stopping =
        CSV.withThreads(4)
            .withProgress(
                (records, read, total) -> {
                  // Where the large tables are being read ahead: 9 runs of 10 failed there before.
                  if (records >= 20_000) {
                    throw new IllegalStateException("stopped by the listener");
                  }
                });

    for (int run = 0; run < 3; run++) {
      assertThatThrownBy(() -> stopping.validateDataset(archive))
          .as("run %d", run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("stopped by the listener");
    }
    assertThat(readingThreads()).as("threads left reading").isEmpty();
  }

  /**
   * A package whose large child table (read ahead on a thread of its own) has its parent column
   * misspelt, so that none of its rows can be matched.
   */
  private static Path orphans(Path dir) throws IOException {
    Path folder = dir.resolve("orphans");
    CSV.writeDataset(RandomDatasets.generate(8, 1500), folder);
    Path child = folder.resolve("meetings-participations.csv");
    assertThat(size(child)).isGreaterThan(TableReader.READ_AHEAD);
    List<String> lines = Files.readAllLines(child);
    lines.set(0, lines.get(0).replaceFirst("^meetingId,", "meetingIdx,"));
    Files.write(child, lines);
    return folder;
  }

  /** {@return {@code archive}, written with the files of {@code folder}} */
  private static Path zipped(Path folder, Path archive) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    zip(folder, bytes, (name, start) -> {});
    Files.write(archive, bytes.toByteArray());
    return archive;
  }

  /**
   * Each file of {@code folder}, in name order, as an entry of a zip archive written to {@code
   * out}.
   */
  private static void zip(
      Path folder,
      java.io.ByteArrayOutputStream out,
      java.util.function.ObjIntConsumer<String> after)
      throws IOException {
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
        Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        int start = out.size();
        zip.putNextEntry(new java.util.zip.ZipEntry(f.getFileName().toString()));
        zip.write(Files.readAllBytes(f));
        zip.closeEntry();
        after.accept(f.getFileName().toString(), start);
      }
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The threads of this library reading CSV that are still alive. */
  private static List<String> readingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("gcm-csv"))
        .toList();
  }

  /**
   * A chain link's place is found on the reading thread (the merge takes it from there): the loop
   * is placed at the first meeting's {@code partOf} cell, after many parts of actors.
   */
  @Test
  void read_partOfLoopAfterManyParts_locatedAtThePartOfCellOnOneAndTwoThreads(@TempDir Path dir)
      throws IOException {
    Dataset.Builder d = Dataset.builder();
    for (int i = 0; i < 1000; i++) {
      d.addActors(
          Actor.builder().id(ActorId.of("a" + i)).kind(ActorKind.MEDIA).name(Text.en("A")).build());
    }
    d.addMeetings(meetingPartOf("m1", "m2"), meetingPartOf("m2", "m1"));
    Path folder = dir.resolve("loop");
    CSV.writeDataset(d.build(), folder);

    for (int threads = 1; threads <= 2; threads++) {
      List<Violation> loops =
          CSV.withThreads(threads).readDataset(folder).getReport().getViolations().stream()
              .filter(v -> v.getCode().equals("reference.loop"))
              .toList();

      assertThat(loops).as("%s threads", threads).hasSize(1);
      Location at = loops.get(0).getLocation().orElseThrow();
      assertThat(at.getFile()).as("%s threads", threads).hasValue("meetings.csv");
      assertThat(at.getLine()).as("%s threads", threads).hasValue(2);
      assertThat(at.getHeader()).as("%s threads", threads).hasValue("partOf");
    }
  }

  private static Meeting meetingPartOf(String id, String partOf) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .kind(MeetingKind.MEETING)
        .title(Text.en("A"))
        .status(MeetingStatus.PLANNED)
        .partOf(MeetingId.of(partOf))
        .build();
  }

  @Test
  void read_validPackageOnThreeThreads_sameDatasetAsWritten(@TempDir Path dir) {
    Dataset d = RandomDatasets.generate(12, 300);
    Path folder = dir.resolve("pkg");
    try {
      CSV.writeDataset(d, folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    ReadResult<Dataset> r = CSV.withThreads(3).readDataset(folder);

    assertThat(r.getValue()).contains(d);
    assertThat(r.getReport()).isEqualTo(CSV.readDataset(folder).getReport());
  }

  @Test
  void withThreads_lessThanOne_refused() {
    assertThatThrownBy(() -> CSV.withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected threads of 1 or more but was 0");
  }

  /**
   * In every table: some rows repeated, some left out, some given an extra cell; in each child
   * table two neighbouring rows swapped.
   */
  private static void mess(Path folder, Random random) throws IOException {
    List<Path> tables;
    try (Stream<Path> files = Files.list(folder)) {
      tables =
          files.filter(p -> p.toString().endsWith(".csv")).sorted().collect(Collectors.toList());
    }
    for (Path table : tables) {
      List<List<String>> rows = new ArrayList<>();
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(table)) {
        reader.stream().forEach(r -> rows.add(new ArrayList<>(r.getFields())));
      }
      List<List<String>> out = new ArrayList<>();
      out.add(rows.get(0));
      for (List<String> row : rows.subList(1, rows.size())) {
        int dice = random.nextInt(100);
        if (dice < 2) {
          out.add(row);
          out.add(row);
        } else if (dice == 2) {
          // Left out: a record others may refer to.
        } else if (dice < 4) {
          List<String> longer = new ArrayList<>(row);
          longer.add("extra");
          out.add(longer);
        } else {
          out.add(row);
        }
      }
      if (out.size() > 4 && !isRecordTable(table)) {
        int at = 1 + random.nextInt(out.size() - 2);
        Collections.swap(out, at, at + 1);
      }
      try (CsvWriter writer = CsvWriter.builder().build(table, StandardCharsets.UTF_8)) {
        out.forEach(writer::writeRecord);
      }
    }
  }

  private static boolean isRecordTable(Path table) {
    String name = String.valueOf(table.getFileName());
    return org.gcmkit.model.RecordType.ofListName(name.substring(0, name.length() - 4)).isPresent();
  }
}
