package org.gcmkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.ActorId;
import org.gcmkit.model.Dataset;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentId;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Text;
import org.gcmkit.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upgrading rewrites a 1.0 file as 1.1 in any form, and refuses when a value would be lost. */
class GcmUpgradeTest {
  private static final GcmJson JSON = GcmJson.create();
  private static final GcmUpgrade UPGRADE = GcmUpgrade.create();
  private static final Dataset DATASET =
      Dataset.builder()
          .title(Text.en("T"))
          .addDocuments(
              Document.builder()
                  .id(DocumentId.of("d1"))
                  .kind(DocumentKind.DECLARATION)
                  .title(Text.en("Declaration"))
                  .build())
          .build();

  @TempDir Path dir;

  /** {@code dataset} as a format 1.0 JSON document. */
  private Path oneZero(Dataset dataset) throws IOException {
    Path file = dir.resolve("old.json");
    Files.writeString(
        file,
        JSON.write(dataset).replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\""));
    return file;
  }

  @Test
  void upgrade_oneZeroDocumentToJsonLines_writtenWithTheVersionChangeListed() throws IOException {
    Path out = dir.resolve("new.jsonl");

    GcmUpgrade.Result r = UPGRADE.upgrade(oneZero(DATASET), out);

    assertThat(r.isWritten()).isTrue();
    assertThat(r.getRefusal()).isEmpty();
    assertThat(r.getFrom()).contains(FormatVersion.V1_0);
    assertThat(r.getChanges()).hasSize(1);
    GcmUpgrade.Change c = r.getChanges().get(0);
    assertThat(c.getPointer()).isEqualTo("/formatVersion");
    assertThat(c.getWas()).isEqualTo("1.0");
    assertThat(c.getNow()).isEqualTo("1.1");
    assertThat(c.getWhy()).contains("only adds to 1.0");
    assertThat(c.toString()).startsWith("/formatVersion: '1.0' -> '1.1' (");
    ReadResult<Dataset> read = JSON.readDataset(out);
    assertThat(read.getFormatVersion()).contains(FormatVersion.V1_1);
    assertThat(read.getValue()).contains(DATASET);
  }

  @Test
  void upgrade_tagsInAnotherCase_eachRewriteListedWhereItIs() throws IOException {
    Path old = dir.resolve("old-case.json");
    Files.writeString(
        old,
        """
        {"formatVersion": "1.0",
         "title": {"EN": "T", "fr": "T"},
         "sources": [{"id": "s1", "kind": "web_page", "languages": ["fr", "EN-gb"]}],
         "documents": [{"id": "d1", "kind": "declaration", "title": {"en": "D", "EN": "D2"}}]}
        """);
    Path out = dir.resolve("new-case.json");

    GcmUpgrade.Result r = UPGRADE.upgrade(old, out);

    assertThat(r.isWritten()).isTrue();
    // A text with one language twice (en, EN) is an error, written as it is: no change there.
    assertThat(r.getChanges())
        .extracting(GcmUpgrade.Change::toString)
        .containsExactly(
            "/formatVersion: '1.0' -> '1.1' (the format version; format 1.1 only adds to 1.0, so"
                + " every value stays where it was)",
            "/title: 'EN' -> 'en' (a language tag, written in the case of the IANA registry; the"
                + " same tag in any case)",
            "/sources/0/languages/1: 'EN-gb' -> 'en-GB' (a language tag, written in the case of"
                + " the IANA registry; the same tag in any case)");
    String written = Files.readString(out);
    assertThat(written).contains("\"en\": \"T\"", "\"en-GB\"", "\"EN\": \"D2\"");
  }

  @Test
  void upgrade_csvColumnOfATagInAnotherCase_itsRewriteListed() throws IOException {
    Path pkg = dir.resolve("pkg");
    GcmCsv.create().writeDataset(DATASET, pkg);
    Path documents = pkg.resolve("documents.csv");
    Files.writeString(documents, Files.readString(documents).replace("title@en", "title@EN"));
    Path descriptor = pkg.resolve("datapackage.json");
    Files.writeString(descriptor, Files.readString(descriptor).replace("title@en", "title@EN"));

    GcmUpgrade.Result r = UPGRADE.upgrade(pkg, dir.resolve("out.json"));

    assertThat(r.isWritten()).as("%s", r.getRefusal()).isTrue();
    assertThat(r.getChanges())
        .extracting(
            GcmUpgrade.Change::getPointer, GcmUpgrade.Change::getWas, GcmUpgrade.Change::getNow)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/documents/0/title", "EN", "en"));
  }

  @Test
  void upgrade_currentVersionToZip_writtenWithNoChange() throws IOException {
    Path in = dir.resolve("current.json");
    JSON.writeDataset(DATASET, in);
    Path out = dir.resolve("new.zip");

    GcmUpgrade.Result r = UPGRADE.upgrade(in, out);

    assertThat(r.isWritten()).isTrue();
    assertThat(r.getFrom()).contains(FormatVersion.V1_1);
    assertThat(r.getChanges()).isEmpty();
    assertThat(GcmCsv.create().readDataset(out).getValue()).contains(DATASET);
  }

  @Test
  void upgrade_ruleBrokenButReadWhole_writtenWithTheReport() throws IOException {
    Dataset broken =
        DATASET.toBuilder()
            .documents(
                java.util.List.of(
                    DATASET.getDocuments().get(0).toBuilder()
                        .addEndorsements(
                            org.gcmkit.model.Endorsement.builder()
                                .actor(ActorId.of("nobody"))
                                .role(org.gcmkit.model.EndorsementRole.ADOPTER)
                                .build())
                        .build()))
            .build();
    Path out = dir.resolve("new.json");

    GcmUpgrade.Result r = UPGRADE.upgrade(oneZero(broken), out);

    assertThat(r.isWritten()).isTrue();
    assertThat(r.getReport().getViolations())
        .extracting(Violation::getCode)
        .containsExactly("reference.unresolved");
    assertThat(JSON.readDataset(out).getValue()).contains(broken);
  }

  @Test
  void upgrade_packageWithUnlistedTable_refusedAndNothingWritten() throws IOException {
    Path pkg = dir.resolve("pkg");
    GcmCsv.create().writeDataset(DATASET, pkg);
    Files.writeString(pkg.resolve("extra.csv"), "id\nx\n");
    Path out = dir.resolve("new.json");

    GcmUpgrade.Result r = UPGRADE.upgrade(pkg, out);

    assertThat(r.isWritten()).isFalse();
    assertThat(r.getChanges()).isEmpty();
    assertThat(r.getRefusal().orElseThrow())
        .isEqualTo(
            "expected an input that reads whole into a dataset but 1 part of it is not read"
                + " (package.table-unlisted at extra.csv /): writing it would lose that part, so"
                + " nothing was written; fix the input and upgrade again");
    assertThat(out).doesNotExist();
  }

  @Test
  void upgrade_packageWithoutDescriptor_writtenAsNothingIsLost() throws IOException {
    Path pkg = dir.resolve("pkg");
    GcmCsv.create()
        .writeDataset(DATASET.toBuilder().title(java.util.Optional.empty()).build(), pkg);
    Files.delete(pkg.resolve("datapackage.json"));
    Path out = dir.resolve("new.json");

    GcmUpgrade.Result r = UPGRADE.upgrade(pkg, out);

    assertThat(r.isWritten()).isTrue();
    assertThat(r.getFrom()).isEmpty();
    assertThat(r.getChanges()).extracting(GcmUpgrade.Change::getWas).containsExactly("1.0");
  }

  @Test
  void upgrade_malformed_refusedSayingItCouldNotBeRead() throws IOException {
    Path in = dir.resolve("old.json");
    Files.writeString(in, "{\"formatVersion\": \"1.0\", \"documents\": [");
    Path out = dir.resolve("new.json");

    GcmUpgrade.Result r = UPGRADE.upgrade(in, out);

    assertThat(r.isWritten()).isFalse();
    assertThat(r.getFrom()).contains(FormatVersion.V1_0);
    assertThat(r.getRefusal().orElseThrow())
        .startsWith(
            "expected an input that reads whole into a dataset but 1 part of it is not read")
        .contains("(json.syntax at " + in + ":1:40 /)");
    assertThat(out).doesNotExist();
  }

  @Test
  void upgrade_manyUnreadParts_listsTheFirstFive() throws IOException {
    Path in = dir.resolve("old.json");
    StringBuilder docs = new StringBuilder();
    for (int i = 0; i < 7; i++) {
      docs.append(i == 0 ? "" : ",")
          .append("{\"id\":\"d")
          .append(i)
          .append("\",\"kind\":\"declaration\",\"title\":{\"en\":\"T\"},\"titel\":1}");
    }
    Files.writeString(in, "{\"formatVersion\":\"1.0\",\"documents\":[" + docs + "]}");

    GcmUpgrade.Result r = UPGRADE.upgrade(in, dir.resolve("new.json"));

    assertThat(r.getRefusal().orElseThrow())
        .contains("7 parts of it are not read (field.unknown at ")
        .contains("old.json:1:88 /documents/0/titel; field.unknown at ")
        .contains("; ...): writing it would lose them");
  }

  @Test
  void upgrade_reportCutShort_refusedAsALostValueCouldHide() throws IOException {
    Dataset twoBroken =
        DATASET.toBuilder()
            .documents(
                java.util.List.of(
                    DATASET.getDocuments().get(0).toBuilder().country("XX").build(),
                    DATASET.getDocuments().get(0).toBuilder()
                        .id(DocumentId.of("d2"))
                        .country("YY")
                        .build()))
            .build();

    GcmUpgrade.Result r =
        UPGRADE.withMaxViolations(1).upgrade(oneZero(twoBroken), dir.resolve("new.json"));

    assertThat(r.isWritten()).isFalse();
    assertThat(r.getRefusal().orElseThrow())
        .isEqualTo(
            "expected a report that lists every problem but it was cut at 1; raise the limit"
                + " (withMaxViolations) so that no lost value goes unseen");
  }
}
