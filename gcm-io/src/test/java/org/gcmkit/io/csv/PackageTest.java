package org.gcmkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Meeting;
import org.gcmkit.model.MeetingId;
import org.gcmkit.model.MeetingKind;
import org.gcmkit.model.MeetingStatus;
import org.gcmkit.model.ParticipantRole;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourceId;
import org.gcmkit.model.SourceKind;
import org.gcmkit.model.Text;
import org.gcmkit.model.VirtualLocation;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Severity;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package as a whole: descriptor, formula cells, empty values, atomic writes, I/O errors. */
class PackageTest {
  private final GcmCsv csv = GcmCsv.create();

  @TempDir Path dir;

  @Test
  void writePackage_formulaLikeValues_areNeutralisedAndReadBackExactly() throws IOException {
    Dataset original =
        Dataset.builder()
            .addSources(
                Source.builder()
                    .id(SourceId.of("s1"))
                    .kind(SourceKind.REPORT)
                    .title(Text.of(Map.of("en", "=HYPERLINK(\"http://x\")")))
                    .file("+7 (495)")
                    .addLanguages("-minus", "@at", "\ttab", "'quoted", "plain")
                    .build())
            .build();
    csv.writeDataset(original, dir);

    List<String> lines = Files.readAllLines(dir.resolve("sources.csv"));
    assertThat(lines.get(1))
        .isEqualTo(
            "s1,,,,'+7 (495),report,'-minus|@at|\ttab|'quoted|plain,,\"'=HYPERLINK(\"\"http://x\"\")\",,");
    assertThat(csv.readDataset(dir).getValue()).contains(original);
  }

  @Test
  void writePackage_emptyAndAbsentOptionals_stayDistinct() throws IOException {
    Dataset original =
        Dataset.builder()
            .addSources(
                Source.builder().id(SourceId.of("s1")).kind(SourceKind.REPORT).file("").build(),
                Source.builder().id(SourceId.of("s2")).kind(SourceKind.REPORT).build(),
                Source.builder()
                    .id(SourceId.of("s3"))
                    .kind(SourceKind.REPORT)
                    .title(Text.of(Map.of()))
                    .addLanguages("")
                    .build())
            .addMeetings(
                Meeting.builder()
                    .id(MeetingId.of("m1"))
                    .kind(MeetingKind.WEBINAR)
                    .status(MeetingStatus.PLANNED)
                    .title(Text.of("en", ""))
                    .virtualLocation(VirtualLocation.builder().build())
                    .addParticipations(
                        Participation.builder()
                            .actor(ActorId.of("a"))
                            .addRoles(ParticipantRole.HOST)
                            .build())
                    .build(),
                Meeting.builder()
                    .id(MeetingId.of("m2"))
                    .kind(MeetingKind.WEBINAR)
                    .status(MeetingStatus.PLANNED)
                    .title(Text.of("en", "x"))
                    .build(),
                Meeting.builder()
                    .id(MeetingId.of("m3"))
                    .kind(MeetingKind.WEBINAR)
                    .status(MeetingStatus.PLANNED)
                    .title(Text.of(Map.of()))
                    .build())
            .build();
    csv.writeDataset(original, dir);

    ReadResult<Dataset> read = csv.readDataset(dir);

    assertThat(read.getValue()).contains(original);
    Dataset back = read.getValue().orElseThrow();
    assertThat(back.getSources().get(0).getFile()).contains("");
    assertThat(back.getSources().get(1).getFile()).isEmpty();
    assertThat(back.getSources().get(2).getTitle()).contains(Text.of(Map.of()));
    assertThat(back.getSources().get(2).getLanguages()).containsExactly("");
    assertThat(back.getMeetings().get(0).getVirtualLocation()).isPresent();
    assertThat(back.getMeetings().get(1).getVirtualLocation()).isEmpty();
    assertThat(back.getMeetings().get(2).getTitle().getValues()).isEmpty();
  }

  @Test
  void readPackage_resourcePathEscapingTheFolder_isRefusedAndNotRead() throws IOException {
    Path pkg = dir.resolve("pkg");
    csv.writeDataset(Fixtures.multilingual(), pkg);
    Files.writeString(dir.resolve("x.csv"), "id,name@en\nintruder,Intruder\n");
    Path descriptor = pkg.resolve("datapackage.json");
    String text =
        Files.readString(descriptor)
            .replace("\"path\" : \"persons.csv\"", "\"path\" : \"../x.csv\"")
            .replace("\"path\" : \"projects.csv\"", "\"path\" : \"" + dir.resolve("x.csv") + "\"");
    Files.writeString(descriptor, text);

    List<Violation> found =
        csv.readDataset(descriptor).getReport().getViolations().stream()
            .filter(v -> v.getCode().equals("package.invalid"))
            .collect(java.util.stream.Collectors.toList());

    assertThat(found)
        .extracting(Violation::getMessage)
        .containsExactly(
            "expected a relative path inside the package folder but was '../x.csv'; resource 'persons' is not"
                + " read; this leaves 2 references to persons unresolved",
            "expected a relative path inside the package folder but was '"
                + dir.resolve("x.csv")
                + "'; resource 'projects' is not read");
    long line = lineOf(text, "../x.csv");
    assertThat(found.get(0).getLocation())
        .hasValueSatisfying(l -> assertThat(l.getLine()).hasValue(line));
    // The references to the persons not read are counted above, not reported one by one.
    assertThat(csv.readDataset(pkg).getReport().getViolations())
        .extracting(Violation::getCode)
        .doesNotContain("reference.unresolved");
    assertThat(csv.readDataset(pkg).getValue()).isEmpty();
  }

  @Test
  void readPackage_missingDescriptor_warnsAndReadsTheTablesByTheirNames() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Files.delete(dir.resolve("datapackage.json"));

    ReadResult<Dataset> read = csv.readDataset(dir);

    assertThat(read.getReport().getViolations()).hasSize(1);
    Violation v = read.getReport().getViolations().get(0);
    assertThat(v.getCode()).isEqualTo("package.descriptor-missing");
    assertThat(v.getSeverity()).isEqualTo(Severity.WARNING);
    assertThat(v.getMessage())
        .isEqualTo(
            "expected a data package descriptor datapackage.json but there is none;"
                + " reading the tables by their standard file names");
    assertThat(v.getLocation()).contains(Location.builder().file("datapackage.json").build());
    // Nothing but the title (kept in the descriptor) is lost: the tables are read whole.
    Dataset original = Fixtures.multilingual();
    assertThat(read.getValue().orElseThrow().getActors()).isEqualTo(original.getActors());
    assertThat(read.getValue().orElseThrow().getPersons()).isEqualTo(original.getPersons());
    assertThat(read.getValue().orElseThrow().getMeetings()).isEqualTo(original.getMeetings());
    assertThat(read.getValue().orElseThrow().size()).isEqualTo(original.size());
    assertThat(csv.validateDataset(dir).getViolations())
        .hasSize(read.getReport().getViolations().size());
  }

  @Test
  void readPackage_malformedDescriptor_isReportedWithItsLine() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Files.writeString(dir.resolve("datapackage.json"), "{\n  \"resources\": [\n}\n");

    Violation v = csv.readDataset(dir).getReport().getViolations().get(0);

    assertThat(v.getCode()).isEqualTo("package.invalid");
    assertThat(v.getMessage()).startsWith("expected a JSON data package descriptor but ");
    assertThat(v.getLocation().orElseThrow().getLine()).hasValue(3);
  }

  @Test
  void readPackage_unknownResource_suggestsTheClosestName() throws IOException {
    csv.writeDataset(Fixtures.multilingual(), dir);
    Path descriptor = dir.resolve("datapackage.json");
    Files.writeString(
        descriptor,
        Files.readString(descriptor).replace("\"name\" : \"persons\"", "\"name\" : \"person\""));

    Violation v = csv.readDataset(dir).getReport().getViolations().get(0);

    assertThat(v.getCode()).isEqualTo("package.invalid");
    assertThat(v.getMessage())
        .isEqualTo(
            "expected a resource of the gcm CSV form but was 'person'; did you mean 'persons'?");
  }

  @Test
  void readPackage_missingFolder_throwsUncheckedIOException() {
    assertThatThrownBy(() -> csv.readDataset(dir.resolve("nowhere")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nowhere");
    assertThatThrownBy(() -> csv.validateDataset(dir.resolve("nowhere")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writePackage_failingMidway_leavesOldFilesIntactAndNoTemporaryFolder() throws IOException {
    Path pkg = dir.resolve("pkg");
    csv.writeDataset(Fixtures.multilingual(), pkg);
    Map<String, String> before = RoundTripTest.files(pkg);
    AtomicInteger written = new AtomicInteger();
    GcmCsv failing =
        csv.withWriteHook(
            file -> {
              if (written.incrementAndGet() == 3) {
                throw new IOException("disk full");
              }
            });

    assertThatThrownBy(
            () -> failing.writeDataset(org.gcmkit.io.internal.RandomDatasets.generate(1, 2), pkg))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(RoundTripTest.files(pkg)).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings).extracting(p -> p.getFileName().toString()).containsExactly("pkg");
    }
  }

  @Test
  void writePackage_failingIntoANewFolder_leavesNoFolder() throws IOException {
    Path pkg = dir.resolve("new").resolve("pkg");
    GcmCsv failing =
        csv.withWriteHook(
            file -> {
              throw new IOException("disk full");
            });

    assertThatThrownBy(() -> failing.writeDataset(Fixtures.multilingual(), pkg))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void writePackage_diskFullOnATemporaryFile_errorNamesThePackageNotTheTemporary()
      throws IOException {
    Path pkg = dir.resolve("pkg");
    GcmCsv failing =
        csv.withWriteHook(
            file -> {
              throw new java.nio.file.FileSystemException(
                  file.toString(), null, "No space left on device");
            });

    assertThatThrownBy(() -> failing.writeDataset(Fixtures.multilingual(), pkg))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(pkg + ": No space left on device")
        .hasMessageNotContaining(dir + "/.pkg.tmp-");
    assertThat(pkg).doesNotExist();
  }

  @Test
  void writePackage_staleTemporaryFolderOfAKilledRun_removedNextTime() throws IOException {
    Path pkg = dir.resolve("pkg");
    Path stale = Files.createDirectory(dir.resolve(".pkg.tmp-12345"));
    Files.writeString(stale.resolve("actors.csv"), "left by a killed run");
    Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(0));
    Path recent = Files.createDirectory(dir.resolve(".pkg.tmp-67890"));
    Path other = Files.createDirectory(dir.resolve(".other.tmp-1"));
    Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(0));

    csv.writeDataset(Fixtures.multilingual(), pkg);

    assertThat(stale).doesNotExist();
    // A recent one may belong to a write under way; another target's is not ours to remove.
    assertThat(recent).exists();
    assertThat(other).exists();
  }

  @Test
  void writePackage_failingWhileMovingFilesIntoPlace_putsTheOldFilesBack() throws IOException {
    Path pkg = dir.resolve("pkg");
    csv.writeDataset(Fixtures.multilingual(), pkg);
    Files.writeString(pkg.resolve("notes.txt"), "not gcm's");
    Map<String, String> before = RoundTripTest.files(pkg);
    int files = before.size() - 1;
    AtomicInteger calls = new AtomicInteger();
    // The first calls follow the writes to the temporary folder, the next ones the moves.
    GcmCsv failing =
        csv.withWriteHook(
            file -> {
              if (calls.incrementAndGet() == files + files / 2) {
                throw new IOException("disk full");
              }
            });

    assertThatThrownBy(
            () -> failing.writeDataset(org.gcmkit.io.internal.RandomDatasets.generate(1, 2), pkg))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(RoundTripTest.files(pkg)).isEqualTo(before);
    assertThat(csv.readDataset(pkg).getValue()).contains(Fixtures.multilingual());
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings).extracting(p -> p.getFileName().toString()).containsExactly("pkg");
    }
  }

  @Test
  void writePackage_lastTableNameTakenByAFolder_failsAndChangesNothing() throws IOException {
    Path pkg = dir.resolve("pkg");
    csv.writeDataset(Fixtures.multilingual(), pkg);
    Files.delete(pkg.resolve("figures.csv"));
    Files.writeString(
        Files.createDirectory(pkg.resolve("figures.csv")).resolve("keep.txt"), "mine");
    Map<String, String> before = RoundTripTest.files(pkg);

    assertThatThrownBy(
            () -> csv.writeDataset(org.gcmkit.io.internal.RandomDatasets.generate(1, 2), pkg))
        .isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
        .hasMessageContaining("figures.csv");

    assertThat(RoundTripTest.files(pkg)).isEqualTo(before);
    assertThat(Files.readString(pkg.resolve("figures.csv/keep.txt"))).isEqualTo("mine");
    try (Stream<Path> siblings = Files.list(dir)) {
      assertThat(siblings).extracting(p -> p.getFileName().toString()).containsExactly("pkg");
    }
  }

  @Test
  void writePackage_existingFolder_replacesItsFiles() throws IOException {
    csv.writeDataset(org.gcmkit.io.internal.RandomDatasets.generate(5, 2), dir);
    csv.writeDataset(Fixtures.multilingual(), dir);

    assertThat(csv.readDataset(dir).getValue()).contains(Fixtures.multilingual());
  }

  @Test
  void descriptor_dataset_listsEveryTableWithKeysAndForeignKeys() {
    String json = csv.descriptor(Fixtures.multilingual());

    assertThat(json).contains("\"path\" : \"meetings-participations.csv\"");
    assertThat(json).contains("\"primaryKey\" : [\n          \"id\"\n        ]");
    assertThat(json)
        .contains(
            "\"fields\" : \"meetingId\",\n            \"reference\" : {\n              \"resource\" : \"meetings\"");
    assertThat(json)
        .contains(
            "\"gcm:title\" : {\n    \"en\" : \"Turkmenistan and the GCM\",\n    \"ru\" : \"Туркменистан и ГДМ\"\n  }");
    assertThat(json.getBytes(StandardCharsets.UTF_8)).doesNotContain((byte) '\r');
    // A record's own id is its primary key; only references (partOf...) point into the table.
    assertThat(json).doesNotContain("\"fields\" : \"id\",\n            \"reference\"");
    assertThat(json)
        .contains(
            "\"fields\" : \"partOf\",\n            \"reference\" : {\n              \"resource\" : \"\"");
  }

  private static long lineOf(String text, String token) {
    return 1 + text.substring(0, text.indexOf(token)).chars().filter(c -> c == '\n').count();
  }
}
