package org.gcmkit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.gcmkit.io.csv.Fixtures.lines;
import static org.gcmkit.io.csv.Fixtures.packageWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.Location;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each error is asserted with its code, full message, file, line, column and header. */
class ReadErrorsTest {
  private final GcmCsv csv = GcmCsv.create();

  @TempDir Path dir;

  private static final String PERSONS_HEADER = "id,name@ru,name@en,sources";

  private List<Violation> read(Path folder) {
    ReadResult<Dataset> result = csv.readDataset(folder);
    List<Violation> streamed = csv.validateDataset(folder).getViolations();
    // Streaming validation finds exactly what reading finds.
    assertThat(streamed).isEqualTo(result.getReport().getViolations());
    return result.getReport().getViolations();
  }

  private static Location at(String file, long line, int column, String header) {
    return Location.builder().file(file).line(line).column(column).header(header).build();
  }

  private static Location at(String file, long line) {
    return Location.builder().file(file).line(line).build();
  }

  @Test
  void readPackage_misspeltHeader_reportsItOnceWithSuggestion() throws IOException {
    packageWith(
        dir,
        "actors.csv",
        lines(
            "id,country,founded,kind,naem@en,name@ru,name@ar,parent,sources",
            "tm,TM,,state,Turkmenistan,Туркменистан,تركمانستان,,src-1",
            "iom,,,un_entity,IOM,МОМ,,,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("header.unknown");
    assertThat(v.getMessage()).isEqualTo("unknown column 'naem@en'; did you mean 'name@en'?");
    assertThat(v.getSuggestion()).contains("name@en");
    assertThat(v.getLocation()).contains(at("actors.csv", 1, 5, "naem@en"));
    assertThat(csv.readDataset(dir).getValue()).isEmpty();
  }

  @Test
  void readPackage_misspeltRequiredHeader_isOneErrorNotAlsoAMissingColumn() throws IOException {
    packageWith(
        dir,
        "actors.csv",
        lines(
            "id,country,founded,kindd,name@en,name@ru,name@ar,parent,sources",
            "tm,TM,,state,Turkmenistan,Туркменистан,تركمانستان,,src-1",
            "iom,,,un_entity,IOM,МОМ,,,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getMessage()).isEqualTo("unknown column 'kindd'; did you mean 'kind'?");
    assertThat(found.get(0).getLocation()).contains(at("actors.csv", 1, 4, "kindd"));
  }

  @Test
  void readPackage_missingRequiredColumn_reportsItOnceNotPerRow() throws IOException {
    packageWith(
        dir,
        "actors.csv",
        lines("id,country,name@en,sources", "tm,TM,Turkmenistan,src-1", "iom,,IOM,"));

    List<Violation> found = read(dir);

    assertThat(found).extracting(Violation::getCode).containsExactly("header.missing");
    Violation v = found.get(0);
    assertThat(v.getMessage()).isEqualTo("missing required column 'kind'");
    assertThat(v.getLocation()).contains(at("actors.csv", 1));
  }

  @Test
  void readPackage_missingRequiredTextColumns_reportsThemOnce() throws IOException {
    packageWith(dir, "persons.csv", lines("id,sources", "p-1,", "p-2,"));

    List<Violation> found =
        read(dir).stream()
            .filter(v -> v.getCode().startsWith("header"))
            .collect(Collectors.toList());

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getMessage()).isEqualTo("missing required column 'name@<language>'");
    assertThat(found.get(0).getLocation()).contains(at("persons.csv", 1));
  }

  @Test
  void readPackage_duplicateHeader_reportsItAndIgnoresTheColumn() throws IOException {
    packageWith(
        dir,
        "persons.csv",
        lines("id,name@ru,name@en,name@en,sources", "p-1,Диана Чарыева,Diana Charyeva,Other,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("header.duplicate");
    assertThat(v.getMessage())
        .isEqualTo(
            "expected each column once but 'name@en' is also column 3; this column is ignored");
    assertThat(v.getLocation()).contains(at("persons.csv", 1, 4, "name@en"));
  }

  @Test
  void readPackage_reorderedColumns_readsTheSameDataset() throws IOException {
    packageWith(
        dir,
        "actors.csv",
        lines(
            "name@ar,kind,id,sources,name@en,parent,name@ru,founded,country",
            "تركمانستان,state,tm,src-1,Turkmenistan,,Туркменистан,,TM",
            "\"\",un_entity,iom,,International Organization for Migration,,Международная организация по миграции,,"));

    ReadResult<Dataset> result = csv.readDataset(dir);

    assertThat(read(dir)).isEmpty();
    assertThat(result.getValue()).contains(Fixtures.multilingual());
  }

  @Test
  void readPackage_raggedRows_reportsEachRowWithItsLine() throws IOException {
    packageWith(
        dir,
        "persons.csv",
        lines(PERSONS_HEADER, "p-1,Диана Чарыева,Diana Charyeva,,extra", "p-2,Имя"));

    List<Violation> found =
        read(dir).stream()
            .filter(v -> v.getCode().equals("row.length"))
            .collect(Collectors.toList());

    assertThat(found)
        .extracting(Violation::getMessage)
        .containsExactly(
            "expected 4 cells as in the header but the row has 5; the row is not read",
            "expected 4 cells as in the header but the row has 2; the row is not read");
    assertThat(found)
        .extracting(v -> v.getLocation().orElseThrow())
        .containsExactly(at("persons.csv", 2), at("persons.csv", 3));
  }

  @Test
  void readPackage_unclosedQuote_reportsTheLineWhereTheRowStarts() throws IOException {
    assertOneErrorAtLine3(
        "p-2,\"Имя,Name,",
        "csv.syntax",
        "expected a closing quote but a quoted cell of the row starting at line 3 runs to the end of the file");
  }

  @Test
  void readPackage_rowBeyondTheCharacterLimit_aLimitAtItsLine_andNotRead() throws IOException {
    // Each cell is within FastCSV's cell limit; together they are beyond the row's.
    String half = "x".repeat(RowText.Handler.MAX_CHARS / 2 + 1);
    assertOneErrorAtLine3(
        "p-2," + half + "," + half + ",",
        "input.limit",
        "expected at most 16777216 characters in a row, its cells together, but the row starting"
            + " at line 3 has more");
  }

  @Test
  void readPackage_cellBeyondTheCharacterLimit_aLimitAtItsLine_andNotRead() throws IOException {
    // FastCSV's parser stops it; its message is not the report's.
    assertOneErrorAtLine3(
        "p-2," + "x".repeat(RowText.Handler.MAX_CHARS + 1) + ",Name,",
        "input.limit",
        "expected at most 16777216 characters in a cell but a cell of the row starting at line 3"
            + " is longer (or opens a quote that is not closed)");
  }

  @Test
  void readPackage_rowOfTooManyCells_aLimitAtItsLine_andNotRead() throws IOException {
    assertOneErrorAtLine3(
        "p-2" + ",".repeat(RowText.Handler.MAX_CELLS),
        "input.limit",
        "expected at most 16384 cells in a row but the row starting at line 3 has more");
  }

  /**
   * Persons with {@code line3} between two good rows give one error of {@code code}, at line 3, and
   * no error of the other code of a row that stops reading.
   */
  private void assertOneErrorAtLine3(String line3, String code, String message) throws IOException {
    packageWith(
        dir,
        "persons.csv",
        lines(PERSONS_HEADER, "p-1,Диана Чарыева,Diana Charyeva,", line3, "p-3,Имя,Name,"));

    List<Violation> all = read(dir);
    List<Violation> found =
        all.stream().filter(v -> v.getCode().equals(code)).collect(Collectors.toList());

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getMessage()).isEqualTo(message);
    assertThat(found.get(0).getLocation()).contains(at("persons.csv", 3));
    assertThat(all)
        .extracting(Violation::getCode)
        .doesNotContain(code.equals("csv.syntax") ? "input.limit" : "csv.syntax");
  }

  @Test
  void readPackage_longRowThenShortOnes_eachReadWhole() throws IOException {
    // A row longer than the buffer a table keeps between rows: the rows after it are read from
    // a buffer of their own, not from what is left of the long one.
    String longName = "Д".repeat(200_000);
    packageWith(
        dir,
        "persons.csv",
        lines(
            PERSONS_HEADER,
            "p-1,\"" + longName + "\",Long,",
            "p-2,Имя,Name,",
            "p-3,,\"Quoted, with a comma\","));

    ReadResult<Dataset> result = csv.readDataset(dir);

    assertThat(result.getReport().getViolations()).isEmpty();
    assertThat(result.getValue().orElseThrow().getPersons())
        .extracting(p -> p.getId().value(), p -> p.getName().getValues())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "p-1", java.util.Map.of("ru", longName, "en", "Long")),
            org.assertj.core.groups.Tuple.tuple("p-2", java.util.Map.of("ru", "Имя", "en", "Name")),
            org.assertj.core.groups.Tuple.tuple(
                "p-3", java.util.Map.of("en", "Quoted, with a comma")));
  }

  @Test
  void readPackage_quotedNewlines_locateLaterCellsOnTheirOwnLines() throws IOException {
    packageWith(
        dir,
        "sources.csv",
        lines(
            "id,contacts,date,file,kind,languages,publisher,title@ru,title@en,translationOf,url",
            "src-1,,2022-02-11,f,web_page,ru|en,,\"Пресс-\nрелиз\",\"Press\nrelease\",bad id!,https://example.org/press",
            "src-2,,last year,f,web_page,en,,,Other,,"));

    List<Violation> found = read(dir);

    assertThat(found)
        .extracting(Violation::getCode)
        .containsExactly("value.syntax", "value.syntax");
    assertThat(found.get(0).getMessage())
        .isEqualTo(
            "expected a source id of 1 to 128 letters, digits or . _ : - starting with a letter or digit but was 'bad id!'");
    assertThat(found.get(0).getPointer()).isEqualTo("/sources/0/translationOf");
    assertThat(found.get(0).getValue()).contains("bad id!");
    assertThat(found.get(0).getLocation()).contains(at("sources.csv", 4, 10, "translationOf"));
    assertThat(found.get(1).getMessage())
        .isEqualTo(
            "expected an EDTF date such as 2023-03-17, 2020-02, 2013, 2021-02~, 201X or 2021-21 but was 'last year'");
    assertThat(found.get(1).getPointer()).isEqualTo("/sources/1/date");
    assertThat(found.get(1).getLocation()).contains(at("sources.csv", 5, 3, "date"));
  }

  @Test
  void readPackage_unreadableDateOfHeldMeeting_isOneErrorNotAlsoAMissingDate() throws IOException {
    packageWith(
        dir,
        "meetings.csv",
        lines(
            "id,dates,format,kind,partOf,place.country,sources,status,subjects,title@en,title@ru,virtualLocation.url",
            "m-1,2022-02-31|2022-02-15,online,webinar,,TM,src-1,held,,Webinar on the GCM,Вебинар о ГДМ,"));

    List<Violation> found = read(dir);

    assertThat(found)
        .extracting(Violation::getCode, Violation::getPointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("value.syntax", "/meetings/0/dates/0"));
    assertThat(found.get(0).getLocation()).contains(at("meetings.csv", 2, 2, "dates"));
  }

  @Test
  void readPackage_unknownEnumCode_suggestsTheClosest() throws IOException {
    packageWith(
        dir,
        "meetings.csv",
        lines(
            "id,dates,format,kind,partOf,place.country,sources,status,subjects,title@en,title@ru,virtualLocation.url",
            "m-1,2022-02-11,hybird,webinar,,TM,src-1,held,,Webinar on the GCM,Вебинар о ГДМ,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("value.syntax");
    assertThat(v.getMessage())
        .isEqualTo(
            "expected one of in_person, online, hybrid but was 'hybird'; did you mean 'hybrid'?");
    assertThat(v.getSuggestion()).contains("hybrid");
    assertThat(v.getPointer()).isEqualTo("/meetings/0/format");
    assertThat(v.getLocation()).contains(at("meetings.csv", 2, 3, "format"));
  }

  @Test
  void readPackage_invalidUtf8_reportsTheBytesAtTheirCell() throws IOException {
    packageWith(dir, "persons.csv", "");
    byte[] head =
        (PERSONS_HEADER + "\np-1,Диана Чарыева,Diana ")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = " Charyeva,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Files.write(dir.resolve("persons.csv"), all);

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("encoding.invalid");
    assertThat(v.getMessage())
        .isEqualTo(
            "expected UTF-8 but found the invalid bytes 0xFF at byte offset 63; read as U+FFFD");
    assertThat(v.getValue()).contains("Diana \uFFFD Charyeva");
    assertThat(v.getLocation()).contains(at("persons.csv", 2, 3, "name@en"));
    assertThat(csv.readDataset(dir).getValue()).isEmpty();
  }

  @Test
  void readPackage_invalidUtf8_sameReportWhetherTheTableIsReadWholeOrStreamed() throws IOException {
    // Bad bytes in a cell, in a quoted cell's second line and in the last row: a small table is
    // read whole before it is tokenised, a larger one streamed, and both must report them alike.
    java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
    rows.writeBytes(("\uFEFF" + PERSONS_HEADER + "\np-1,Диана,Diana ").getBytes(UTF_8));
    rows.write(0xFF);
    rows.writeBytes(",\np-2,\"Ольга\nПетрова\",\"Olga\n".getBytes(UTF_8));
    rows.writeBytes(new byte[] {(byte) 0xC3, 0x28});
    rows.writeBytes("Petrova\",\n".getBytes(UTF_8));
    byte[] bad = rows.toByteArray();
    StringBuilder more = new StringBuilder();
    int lines = 0;
    for (int i = 3; more.length() <= TableReader.READ_WHOLE; i++, lines++) {
      more.append("p-")
          .append(i)
          .append(",Имя ")
          .append(i)
          .append(",Name ")
          .append(i)
          .append(",\n");
    }
    java.io.ByteArrayOutputStream last = new java.io.ByteArrayOutputStream();
    last.writeBytes("p-last,Имя,Name ".getBytes(UTF_8));
    last.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82});
    last.writeBytes(",\n".getBytes(UTF_8));

    List<List<Violation>> reports = new java.util.ArrayList<>();
    for (String between : List.of("", more.toString())) {
      Path folder = Files.createDirectory(dir.resolve("p" + reports.size()));
      packageWith(folder, "persons.csv", "");
      java.io.ByteArrayOutputStream table = new java.io.ByteArrayOutputStream();
      table.writeBytes(bad);
      table.writeBytes(between.getBytes(UTF_8));
      table.writeBytes(last.toByteArray());
      Files.write(folder.resolve("persons.csv"), table.toByteArray());
      reports.add(read(folder));
    }

    assertThat(Files.size(dir.resolve("p0/persons.csv"))).isLessThan(TableReader.READ_WHOLE);
    assertThat(Files.size(dir.resolve("p1/persons.csv"))).isGreaterThan(TableReader.READ_WHOLE);
    List<Violation> small = reports.get(0);
    assertThat(small).extracting(Violation::getCode).containsOnly("encoding.invalid").hasSize(3);
    assertThat(small.get(0).getLocation()).contains(at("persons.csv", 2, 3, "name@en"));
    // The second: on the second line of the quoted cell that starts on line 4.
    assertThat(small.get(1).getLocation()).contains(at("persons.csv", 5, 3, "name@en"));
    assertThat(small.get(2).getLocation()).contains(at("persons.csv", 6, 3, "name@en"));
    List<Violation> large = reports.get(1);
    assertThat(large).hasSize(3);
    assertThat(large.subList(0, 2)).isEqualTo(small.subList(0, 2));
    // The last row's problem, as many lines and bytes further as the rows put before it.
    long offset = (long) bad.length + "p-last,Имя,Name ".getBytes(UTF_8).length;
    long further = more.toString().getBytes(UTF_8).length;
    assertThat(large.get(2).getLocation()).contains(at("persons.csv", 6 + lines, 3, "name@en"));
    assertThat(large.get(2).getMessage())
        .isEqualTo(
            small.get(2).getMessage().replace("offset " + offset, "offset " + (offset + further)));
    assertThat(large.get(2).getMessage()).isNotEqualTo(small.get(2).getMessage());
  }

  @Test
  void readPackage_bomAndCrlf_areAccepted() throws IOException {
    packageWith(
        dir,
        "persons.csv",
        "\uFEFF" + PERSONS_HEADER + "\r\np-1,Диана Чарыева,Diana Charyeva,\r\n");

    ReadResult<Dataset> result = csv.readDataset(dir);

    assertThat(read(dir)).isEmpty();
    assertThat(result.getValue()).contains(Fixtures.multilingual());
  }

  @Test
  void readPackage_crlfInsideQuotes_countsOneLine() throws IOException {
    packageWith(
        dir,
        "persons.csv",
        PERSONS_HEADER
            + "\r\np-1,\"Диана\r\nЧарыева\",Diana Charyeva,\r\np-2,Имя,Name,bad id!\r\n");

    List<Violation> found = read(dir);

    assertThat(found).extracting(Violation::getCode).containsExactly("value.syntax");
    assertThat(found.get(0).getLocation()).contains(at("persons.csv", 4, 4, "sources"));
  }

  @Test
  void readPackage_danglingReferenceInChildTable_isLocatedInThatFile() throws IOException {
    packageWith(
        dir,
        "meetings-participations.csv",
        lines(
            "meetingId,actor,attendance,capacity@en,groupKinds,onBehalfOf,person,roles,sources",
            "m-1,unicef,,,,,,organiser|speaker,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("reference.unresolved");
    assertThat(v.getMessage())
        .isEqualTo("expected the id of an actor in this dataset but was 'unicef'");
    assertThat(v.getPointer()).isEqualTo("/meetings/0/participations/0/actor");
    assertThat(v.getLocation()).contains(at("meetings-participations.csv", 2, 2, "actor"));
  }

  @Test
  void readPackage_childRowOfUnknownParent_isAnUnresolvedReference() throws IOException {
    packageWith(
        dir,
        "meetings-topics.csv",
        lines(
            "meetingId,topics@en,topics@ru",
            "m-1,labour migration,трудовая миграция",
            "m-9,other,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("reference.unresolved");
    assertThat(v.getMessage())
        .isEqualTo("expected the id of a meeting in meetings.csv but was 'm-9'");
    assertThat(v.getLocation()).contains(at("meetings-topics.csv", 3, 1, "meetingId"));
  }

  @Test
  void readPackage_childRowsOutOfParentOrder_areReported() throws IOException {
    packageWith(
        dir,
        "actors-aliases.csv",
        lines(
            "actorId,aliases@ru,aliases@en,aliases@*", "tm,ТМ,,", "iom,,IOM,", "tm,ТКМ,TKM,en|ru"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("row.order");
    assertThat(v.getMessage())
        .isEqualTo(
            "expected the rows of actors-aliases.csv in the order of their actors in actors.csv but the rows of 'tm'"
                + " came after those of a later actor; the row is not read");
    assertThat(v.getLocation()).contains(at("actors-aliases.csv", 4, 1, "actorId"));
  }

  @Test
  void readPackage_duplicateId_isLocatedAtTheSecondId() throws IOException {
    packageWith(
        dir,
        "persons.csv",
        lines(PERSONS_HEADER, "p-1,Диана Чарыева,Diana Charyeva,", "p-1,Имя,Name,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("id.duplicate");
    assertThat(v.getMessage())
        .isEqualTo("expected a unique person id but 'p-1' is already the id of /persons/0");
    assertThat(v.getPointer()).isEqualTo("/persons/1/id");
    assertThat(v.getLocation()).contains(at("persons.csv", 3, 1, "id"));
  }

  @Test
  void readPackage_emptyRequiredCell_reportsRequiredAtTheCell() throws IOException {
    packageWith(
        dir,
        "actors.csv",
        lines(
            "id,country,founded,kind,name@en,name@ru,name@ar,parent,sources",
            "tm,TM,,,Turkmenistan,Туркменистан,تركمانستان,,src-1",
            "iom,,,un_entity,International Organization for Migration,Международная организация по миграции,,,"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    Violation v = found.get(0);
    assertThat(v.getCode()).isEqualTo("required");
    assertThat(v.getMessage())
        .isEqualTo("expected a value for required column 'kind' but the cell is empty");
    assertThat(v.getPointer()).isEqualTo("/actors/0/kind");
    assertThat(v.getLocation()).contains(at("actors.csv", 2, 4, "kind"));
  }

  @Test
  void readPackage_modelRuleBroken_isLocatedAtTheCell() throws IOException {
    packageWith(
        dir,
        "actors.csv",
        lines(
            "id,country,founded,kind,name@en,name@ru,name@ar,parent,sources",
            "tm,XX,,state,Turkmenistan,Туркменистан,تركمانستان,,src-1",
            "iom,,,un_entity,International Organization for Migration,Международная организация по миграции,,,"));

    List<Violation> found = read(dir);

    assertThat(found).extracting(Violation::getCode).containsExactly("country-code.unknown");
    assertThat(found.get(0).getPointer()).isEqualTo("/actors/0/country");
    assertThat(found.get(0).getLocation()).contains(at("actors.csv", 2, 2, "country"));
    assertThat(csv.readDataset(dir).getValue()).isPresent();
  }

  @Test
  void readPackage_textProblems_locatedAtTheirLanguageCell() throws IOException {
    // A text's places: one for the text, at its first language read (RU here, as en is empty),
    // else its first language column; and one for each language, at its column.
    packageWith(
        dir,
        "actors.csv",
        lines(
            "id,country,founded,kind,name@en,name@RU,name@e_n,parent,sources",
            "tm,TM,,state,,Туркменистан,Turkmenistan,,src-1",
            "iom,,,un_entity,,,,,"));

    List<Violation> found = read(dir);

    assertThat(found)
        .extracting(Violation::getCode, Violation::getPointer, v -> v.getLocation().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "language-tag.case", "/actors/0/name", at("actors.csv", 2, 6, "name@RU")),
            org.assertj.core.groups.Tuple.tuple(
                "language-tag.invalid", "/actors/0/name/e_n", at("actors.csv", 2, 7, "name@e_n")),
            org.assertj.core.groups.Tuple.tuple(
                "required", "/actors/1/name", at("actors.csv", 3, 5, "name@en")));
  }

  @Test
  void readPackage_childTableWithoutParentColumn_reportsItOnce() throws IOException {
    packageWith(
        dir,
        "meetings-participations.csv",
        lines("actor,attendance,roles", "iom,,organiser", "iom,,speaker"));

    List<Violation> found = read(dir);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getCode()).isEqualTo("header.missing");
    assertThat(found.get(0).getMessage()).isEqualTo("missing required column 'meetingId'");
    assertThat(found.get(0).getLocation()).contains(at("meetings-participations.csv", 1));
  }

  @Test
  void validatePackage_descriptorPath_readsItsFolder() throws IOException {
    packageWith(
        dir, "persons.csv", lines(PERSONS_HEADER, "p-1,Диана Чарыева,Diana Charyeva,nowhere"));

    List<Violation> found =
        csv.validateDataset(dir.resolve("datapackage.json")).getViolations().stream()
            .filter(v -> !v.getPointer().endsWith("/file"))
            .collect(Collectors.toList());

    assertThat(found).extracting(Violation::getCode).containsExactly("reference.unresolved");
    assertThat(found.get(0).getPointer()).isEqualTo("/persons/0/sources/0");
    assertThat(found.get(0).getLocation()).contains(at("persons.csv", 2, 4, "sources"));
  }
}
