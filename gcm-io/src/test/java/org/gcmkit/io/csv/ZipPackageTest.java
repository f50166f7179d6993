package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A package in a zip archive reads, validates and writes as the same package in a folder. */
class ZipPackageTest {
  private static final GcmCsv CSV = GcmCsv.create();

  @TempDir Path dir;

  @Test
  void writeDataset_zipPath_readsBackTheSameAndSameBytesEachTime() throws IOException {
    Dataset d = Fixtures.multilingual();
    Path a = dir.resolve("a.zip");
    Path b = dir.resolve("b.ZIP");

    CSV.writeDataset(d, a);
    CSV.writeDataset(d, b);

    assertThat(Files.isRegularFile(a)).isTrue();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    ReadResult<Dataset> read = CSV.readDataset(a);
    assertThat(read.getReport().getViolations()).isEmpty();
    assertThat(read.getValue()).contains(d);
    try (InputStream in = Files.newInputStream(a)) {
      assertThat(CSV.readDataset(in, "upload.zip").getValue()).contains(d);
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .as("no temporary left")
          .containsExactlyInAnyOrder("a.zip", "b.ZIP");
    }
  }

  @Test
  void readDataset_zipOfThePackageFolder_readsTheFolderInside() throws IOException {
    Map<String, String> files = PackageWriter.render(Fixtures.multilingual());
    byte[] zip = zip(files, "my-package/");

    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(zip), "sent.zip");

    assertThat(read.getReport().getViolations()).isEmpty();
    assertThat(read.getValue()).contains(Fixtures.multilingual());
  }

  @Test
  void validateDataset_zipWithBadTable_sameReportAsTheFolder() throws IOException {
    Path folder =
        Fixtures.packageWith(
            dir.resolve("pkg"), "actors.csv", Fixtures.lines("id,kind", "a-1,NOT_A_KIND"));
    Map<String, String> files = new java.util.LinkedHashMap<>();
    try (var in = Files.list(folder)) {
      for (Path p : (Iterable<Path>) in.sorted()::iterator) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    Path zip = dir.resolve("pkg.zip");
    Files.write(zip, zip(files, ""));

    ValidationReport fromFolder = CSV.validateDataset(folder);

    assertThat(fromFolder.getViolations()).isNotEmpty();
    assertThat(CSV.validateDataset(zip)).isEqualTo(fromFolder);
    assertThat(CSV.readDataset(zip).getReport()).isEqualTo(fromFolder);
    try (InputStream in = Files.newInputStream(zip)) {
      assertThat(CSV.validateDataset(in, "pkg.zip")).isEqualTo(fromFolder);
    }
  }

  @Test
  void readDataset_notAZip_packageInvalidOnTheArchive() {
    byte[] text = "id,kind\na-1,STATE\n".getBytes(StandardCharsets.UTF_8);

    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(text), "tables.zip");

    assertThat(read.getValue()).isEmpty();
    List<Violation> found = read.getReport().getViolations();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getCode()).isEqualTo("package.invalid");
    assertThat(found.get(0).getLocation().orElseThrow().getFile()).contains("tables.zip");
    assertThat(found.get(0).getMessage())
        .startsWith("expected a zip archive of a CSV data package but tables.zip is not");
  }

  @Test
  void readDataset_damagedEntry_packageInvalidNotAnException() throws IOException {
    byte[] zip = zip(PackageWriter.render(Fixtures.multilingual()), "");
    // Flip bytes inside the first entry's compressed data (after its 30-byte local header and
    // name), so that inflating it fails or its checksum does not match.
    byte[] damaged = Arrays.copyOf(zip, zip.length);
    for (int i = 60; i < 90; i++) {
      damaged[i] = (byte) ~damaged[i];
    }

    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(damaged), "damaged.zip");

    assertThat(read.getValue()).isEmpty();
    assertThat(read.getReport().getViolations())
        .extracting(Violation::getCode)
        .containsExactly("package.invalid");
    assertThat(read.getReport().getViolations().get(0).getMessage())
        .contains("an entry of it is damaged");
  }

  /**
   * {@link GcmCsv#readRecords} hands records over as it reads them, so a damaged entry must be
   * found before the first: the entry of persons.csv is damaged here, read after 300 sources (more
   * than a batch of records handed over at once) and the actors, and no record is handed over.
   */
  @Test
  void readRecords_laterEntryDamaged_onlyPackageInvalidNoRecord() throws IOException {
    Dataset small = Fixtures.multilingual();
    Dataset.Builder many = Dataset.builder().from(small);
    for (int i = 0; i < 300; i++) {
      many.addSources(
          org.gcmkit.model.Source.builder()
              .from(small.getSources().get(0))
              .id(org.gcmkit.model.SourceId.of("src-more-" + i))
              .build());
    }
    byte[] zip = zip(PackageWriter.render(many.build()), "");
    int last = header(zip, 3, 30, "persons.csv");
    assertThat(last).as("the entry of persons.csv").isPositive();
    int name = (zip[last + 26] & 0xFF) | (zip[last + 27] & 0xFF) << 8;
    int extra = (zip[last + 28] & 0xFF) | (zip[last + 29] & 0xFF) << 8;
    int data = last + 30 + name + extra;
    byte[] damaged = Arrays.copyOf(zip, zip.length);
    for (int i = data; i < data + 8; i++) {
      damaged[i] = (byte) ~damaged[i];
    }
    assertThat(CSV.readDataset(new ByteArrayInputStream(damaged), "damaged.zip").getValue())
        .isEmpty();

    List<org.gcmkit.io.PartRecord> records = new ArrayList<>();
    List<Violation> others = new ArrayList<>();
    java.util.Optional<Dataset> head =
        CSV.readRecords(
            new ByteArrayInputStream(damaged), "damaged.zip", records::add, others::add);

    assertThat(head).isEmpty();
    assertThat(records).isEmpty();
    assertThat(others)
        .singleElement()
        .satisfies(v -> assertThat(v.getMessage()).contains("an entry of it is damaged"));
  }

  @Test
  void isZip_byExtensionInAnyCase() {
    assertThat(GcmCsv.isZip(Path.of("a/b.zip"))).isTrue();
    assertThat(GcmCsv.isZip(Path.of("B.ZIP"))).isTrue();
    assertThat(GcmCsv.isZip(Path.of("b.zip.json"))).isFalse();
    assertThat(GcmCsv.isZip(Path.of("pkg"))).isFalse();
  }

  /** The files zipped under {@code folder} ("" for the root), deflated. */
  /**
   * The JDK's zip file system checks neither the CRC-32 nor the size of an entry, so a changed byte
   * in a stored entry (a digit of a date here) would be read as other data, without a word; gcm
   * checks both, and the archive is reported damaged.
   */
  @Test
  void readDataset_storedEntryWithAByteChanged_packageInvalidNotOtherData() throws IOException {
    Map<String, String> files = PackageWriter.render(Fixtures.multilingual());
    byte[] zip = storedZip(files);
    String meetings = files.get("meetings.csv");
    int row = meetings.indexOf('\n') + 1;
    int digit = row;
    while (!Character.isDigit(meetings.charAt(digit)) || meetings.charAt(digit - 1) != '-') {
      digit++;
    }
    int at = indexOf(zip, meetings.getBytes(StandardCharsets.UTF_8)) + digit;
    zip[at] = (byte) (zip[at] == '1' ? '2' : '1');

    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(zip), "changed.zip");

    assertThat(read.getValue()).isEmpty();
    assertOnlyDamaged(read, "expected entry meetings.csv to inflate to", "CRC-32");
  }

  /**
   * A damaged entry is found even in a table whose reading stops at its header (its parent column
   * is misspelt, so none of its rows can be placed): closing it reads the rest to check it. The
   * byte changed is near its end, far beyond what is read with the header.
   */
  @Test
  void readDataset_damagedEntryOfATableDroppedAtItsHeader_packageInvalid() throws IOException {
    Map<String, String> files =
        new java.util.LinkedHashMap<>(PackageWriter.render(Fixtures.multilingual()));
    String child = "meetings-participations.csv";
    String written = files.get(child).replaceFirst("^meetingId,", "meetingIdx,");
    // Its rows repeated far beyond what is read with the header, as they are never read.
    String rows = written.substring(written.indexOf('\n') + 1);
    String table = written + rows.repeat(200_000 / rows.length());
    assertThat(table.length()).isGreaterThan(20 * TableReader.READ_WHOLE);
    files.put(child, table);
    assertThat(
            CSV.readDataset(new ByteArrayInputStream(storedZip(files)), "dropped.zip")
                .getReport()
                .countsByCode())
        .as("undamaged, only the header is reported")
        .containsKey("header.unknown")
        .doesNotContainKey("package.invalid");
    byte[] zip = storedZip(files);
    int last = indexOf(zip, table.getBytes(StandardCharsets.UTF_8)) + table.length() - 2;
    zip[last] = (byte) ~zip[last];

    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(zip), "dropped.zip");

    assertOnlyDamaged(read, "expected entry " + child);
  }

  /**
   * An entry that inflates to more bytes than its archive says is not read on: the size in the
   * archive's directory is the one a reader trusts to size its buffers.
   */
  @Test
  void readDataset_entryInflatingToMoreThanItsArchiveSays_packageInvalid() throws IOException {
    byte[] zip = zip(PackageWriter.render(Fixtures.multilingual()), "");
    int central = header(zip, 1, 46, "persons.csv");
    assertThat(central).as("the directory's entry of persons.csv").isPositive();
    // Its uncompressed size, little-endian at offset 24 of the directory's entry: 10 bytes.
    zip[central + 24] = 10;
    zip[central + 25] = 0;
    zip[central + 26] = 0;
    zip[central + 27] = 0;

    ReadResult<Dataset> read = CSV.readDataset(new ByteArrayInputStream(zip), "longer.zip");

    assertOnlyDamaged(read, "expected entry persons.csv to inflate to 10 bytes but it gives more");
  }

  /**
   * Asserts that the report's one violation says an entry of the archive is damaged, and holds each
   * of {@code details}.
   */
  private static void assertOnlyDamaged(ReadResult<Dataset> read, String... details) {
    assertThat(read.getReport().getViolations())
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.getMessage()).contains("an entry of it is damaged").contains(details));
  }

  /**
   * Where the first header of {@code kind} for entry {@code name} starts in {@code zip}, or -1: a
   * local header ({@code PK 3 4}, its name at offset 30) or a directory entry ({@code PK 1 2}, its
   * name at offset 46).
   */
  private static int header(byte[] zip, int kind, int nameAt, String name) {
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + nameAt + n.length < zip.length; i++) {
      if (zip[i] == 'P'
          && zip[i + 1] == 'K'
          && zip[i + 2] == kind
          && zip[i + 3] == kind + 1
          && Arrays.equals(zip, i + nameAt, i + nameAt + n.length, n, 0, n.length)) {
        return i;
      }
    }
    return -1;
  }

  /** A zip archive of {@code files}, each stored as it is, not compressed. */
  private static byte[] storedZip(Map<String, String> files) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        byte[] content = f.getValue().getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(f.getKey());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Where {@code part} first occurs in {@code bytes}. */
  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  private static byte[] zip(Map<String, String> files, String folder) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = bytes;
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      if (!folder.isEmpty()) {
        zip.putNextEntry(new ZipEntry(folder));
        zip.closeEntry();
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(folder + f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
