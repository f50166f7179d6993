package org.gcmkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.gcmkit.examples.SeedDatasets;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Drives the command line end to end: arguments in, exit code and output out. */
class GcmCliTest {
  private static final String NL = System.lineSeparator();

  @TempDir Path dir;

  private String out = "";
  private String err = "";

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Gcm.run(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private Path seedJson() throws IOException {
    Path file = dir.resolve("004.json");
    GcmJson.create().writeDataset(SeedDatasets.seed004(), file);
    return file;
  }

  @Test
  void validate_validJson_exitsZeroAndSaysValid() throws IOException {
    Path file = seedJson();

    assertThat(run("validate", file.toString())).isZero();
    assertThat(out)
        .contains(file + ": valid (0 errors, 0 warnings)")
        .contains("1 input checked: 1 valid, 0 invalid.");
  }

  @Test
  void validate_invalidJson_exitsOneWithLocatedMessage() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        """
        {
          "formatVersion": "1.0",
          "actors": [
            {"id": "tm", "kind": "stat", "name": {"en": "Turkmenistan"}}
          ]
        }
        """,
        StandardCharsets.UTF_8);

    assertThat(run("validate", file.toString())).isEqualTo(1);
    assertThat(out)
        .contains(file + ": INVALID")
        .contains("/actors/0/kind [value.syntax]")
        .contains("did you mean 'state'?")
        .contains(file + ":4:")
        .contains("Problems by code:");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr| on attendait une valeur lisible selon son type, mais on a trouvé « stat » ;"
            + " vouliez-vous dire « state » ?| erreurs : 1",
        "es| se esperaba un valor legible según su tipo, pero se encontró «stat»; ¿quiso decir"
            + " «state»?| errores: 1",
        "ru| ожидалось значение, читаемое как его тип, но найдено «stat»; возможно, имелось в виду"
            + " «state»?| ошибок: 1",
        "zh| 应为可按其类型读取的值，但实际为“stat”；您是否指“state”？| 错误：1",
        "ar| كان المتوقع قيمة تُقرأ وفق نوعها، لكن وُجد «\u2068stat\u2069»؛ هل تقصد"
            + " «\u2068state\u2069»؟| الأخطاء: \u20681\u2069"
      })
  void validate_lang_printsMessagesAndCountsInThatLanguage(
      String lang, String message, String counts) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        "{\"formatVersion\": \"1.0\", \"actors\": [{\"id\": \"tm\", \"kind\": \"stat\","
            + " \"name\": {\"en\": \"Turkmenistan\"}}]}",
        StandardCharsets.UTF_8);

    assertThat(run("validate", "--lang", lang, file.toString())).isEqualTo(1);
    assertThat(out).contains("/actors/0/kind [value.syntax] ").contains(message).contains(counts);
  }

  @Test
  void validate_langJson_reportNamesTheLanguage() throws IOException {
    assertThat(run("validate", "--format", "json", "--lang", "ZH-Hans", seedJson().toString()))
        .isZero();
    assertThat(out).contains("\"language\" : \"zh\"");
  }

  @Test
  void validate_langGcmHasNoReportsIn_isUsageErrorListingTheSix() throws IOException {
    assertThat(run("validate", "--lang", "de", seedJson().toString())).isEqualTo(2);
    assertThat(err).contains("expected one of en, fr, es, ru, ar, zh but was 'de'");
  }

  @Test
  void validate_malformedJson_exitsOne() throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"formatVersion\": \"1.0\", \"actors\": [", StandardCharsets.UTF_8);

    assertThat(run("validate", file.toString())).isEqualTo(1);
    assertThat(out).contains("[json.syntax]");
  }

  @Test
  void validate_jsonFormat_printsMachineReadableReport() throws IOException {
    Path file = seedJson();

    assertThat(run("validate", "--format", "json", file.toString())).isZero();
    assertThat(out).contains("\"valid\" : true").contains("\"path\" : \"" + file + "\"");
  }

  @Test
  void validate_missingFile_exitsTwoNamingIt() {
    assertThat(run("validate", dir.resolve("nope.json").toString())).isEqualTo(2);
    assertThat(err).contains("no such file or folder").contains("nope.json");
  }

  @Test
  void validate_unknownExtension_exitsTwoSayingWhatIsExpected() throws IOException {
    Path file = dir.resolve("data.xml");
    Files.writeString(file, "<x/>", StandardCharsets.UTF_8);

    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err)
        .contains("expected a .json, .jsonl or .ndjson file, or a CSV data package folder");
  }

  @Test
  void validate_folder_findsJsonAndPackages() throws IOException {
    seedJson();
    GcmCsv.create().writeDataset(SeedDatasets.seed003(), dir.resolve("003"));

    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out).contains("2 inputs checked: 2 valid, 0 invalid.");
  }

  @Test
  void validate_folder_findsZippedPackages_aDamagedOneReported() throws IOException {
    seedJson();
    Path good = dir.resolve("good.zip");
    GcmCsv.create().writeDataset(SeedDatasets.seed003(), good);
    Files.writeString(dir.resolve("damaged.zip"), "not a zip archive");

    assertThat(run("validate", "--threads", "2", dir.toString())).isEqualTo(1);
    assertThat(out)
        .contains("3 inputs checked: 2 valid, 1 invalid.")
        .contains("damaged.zip: INVALID")
        .contains("good.zip: valid");
  }

  @Test
  void validate_maxErrors_limitsLinesButNotCounts() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    StringBuilder s = new StringBuilder("{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n");
    for (int i = 0; i < 5; i++) {
      s.append("{\"type\":\"actor\",\"id\":\"a")
          .append(i)
          .append("\",\"kind\":\"state\",\"name\":{\"en\":\"X\"}}\n");
    }
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);

    assertThat(run("validate", "--max-errors", "2", file.toString())).isEqualTo(1);
    assertThat(out)
        .contains("(5 errors, 0 warnings)")
        .contains("\n  ... and 3 more: actor.state-without-country 3\n")
        .contains("(use --max-errors to see more)")
        .containsPattern("actor.state-without-country +5");
    assertThat(out.lines().filter(l -> l.startsWith("  error "))).hasSize(2);
  }

  @Test
  void validate_jsonFormatWithMaxErrors_reportSaysTruncatedAndCountsTheRest() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    StringBuilder s = new StringBuilder("{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n");
    for (int i = 0; i < 4; i++) {
      s.append("{\"type\":\"actor\",\"id\":\"a")
          .append(i)
          .append("\",\"kind\":\"stat\",\"name\":{\"en\":\"X\"}}\n");
    }
    Files.writeString(file, s.toString(), StandardCharsets.UTF_8);

    assertThat(run("validate", "--format", "json", "--max-errors", "1", file.toString()))
        .isEqualTo(1);
    assertThat(out)
        .contains("\"errorCount\" : 4")
        .contains("\"truncated\" : true")
        .contains("\"omittedCounts\" : {\n        \"value.syntax\" : 3\n      }");
  }

  @Test
  void validate_negativeMaxErrors_isUsageError() throws IOException {
    assertThat(run("validate", "--max-errors", "-1", seedJson().toString())).isEqualTo(2);
    assertThat(err).contains("expected --max-errors of 0 or more but was -1");
  }

  @Test
  void validate_jsonLinesOnOneOrThreeThreads_sameReport() throws IOException {
    Path file = dir.resolve("many.jsonl");
    StringBuilder lines = new StringBuilder("{\"formatVersion\":\"1.1\",\"type\":\"dataset\"}\n");
    for (int i = 0; i < 5000; i++) {
      // Every 7th id repeats an earlier one, every 11th State has no country, and every 13th
      // record refers to a source that is never given.
      String id = "actor-" + (i % 7 == 6 ? i - 3 : i);
      lines
          .append("{\"type\":\"actor\",\"id\":\"")
          .append(id)
          .append("\",\"kind\":\"state\",\"name\":{\"en\":\"State ")
          .append(i)
          .append('"')
          .append('}')
          .append(i % 11 == 0 ? "" : ",\"country\":\"TM\"")
          .append(i % 13 == 0 ? ",\"sources\":[\"source-" + i + "\"]" : "")
          .append("}\n");
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    assertThat(run("validate", "--threads", "1", "--max-errors", "2000", file.toString()))
        .isEqualTo(1);
    String one = out;
    assertThat(run("validate", "--threads", "3", "--max-errors", "2000", file.toString()))
        .isEqualTo(1);
    assertThat(out).isEqualTo(one).contains("[id.duplicate]", "[reference.unresolved]");
    assertThat(run("validate", "--threads", "1", "--format", "json", file.toString())).isEqualTo(1);
    String oneJson = out;
    assertThat(run("validate", "--threads", "2", "--format", "json", file.toString())).isEqualTo(1);
    assertThat(out).isEqualTo(oneJson);

    Path pkg = dir.resolve("many-pkg");
    assertThat(run("convert", "--force", file.toString(), pkg.toString())).isZero();
    assertThat(run("validate", "--max-errors", "2000", pkg.toString())).isEqualTo(1);
    String csvOne = out;
    assertThat(run("validate", "--threads", "3", "--max-errors", "2000", pkg.toString()))
        .isEqualTo(1);
    assertThat(out)
        .isEqualTo(csvOne)
        .contains("[reference.unresolved]", "[actor.state-without-country]");
  }

  @Test
  void validate_manyInputsOnOneOrFourThreads_sameOutputInInputOrder() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("many"));
    GcmJson json = GcmJson.create();
    int i = 0;
    for (int round = 0; round < 4; round++) {
      for (Map.Entry<String, Dataset> seed : SeedDatasets.all().entrySet()) {
        String name = String.format(Locale.ROOT, "%02d-%s", i++, seed.getKey());
        json.writeDataset(seed.getValue(), folder.resolve(name + ".json"));
        json.writeDataset(seed.getValue(), folder.resolve(name + ".jsonl"));
        Files.writeString(
            folder.resolve(name + "-broken.json"),
            "{\"formatVersion\":\"1.1\",\"actors\":[{\"id\":\"a-" + i + "\",\"kind\":7}]",
            StandardCharsets.UTF_8);
      }
    }
    GcmCsv.create().writeDataset(SeedDatasets.seed004(), folder.resolve("50-package"));

    assertThat(run("validate", "--threads", "1", folder.toString())).isEqualTo(1);
    String one = out;
    assertThat(one).contains("[json.syntax]", "valid (0 errors", "50-package");
    assertThat(run("validate", "--threads", "4", folder.toString())).isEqualTo(1);
    assertThat(out).isEqualTo(one);
    assertThat(run("validate", "--threads", "1", "--format", "json", folder.toString()))
        .isEqualTo(1);
    String oneJson = out;
    assertThat(run("validate", "--threads", "4", "--format", "json", folder.toString()))
        .isEqualTo(1);
    assertThat(out).isEqualTo(oneJson);

    // An input that cannot be read at all: the reports before it, then its one line.
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isReadable(mem), "Linux /proc");
    Files.createSymbolicLink(folder.resolve("10-memory.json"), mem);
    assertThat(run("validate", "--threads", "1", folder.toString())).isEqualTo(2);
    String oneFailed = out;
    String oneErr = err;
    assertThat(oneErr).contains("10-memory.json': Input/output error");
    assertThat(run("validate", "--threads", "4", folder.toString())).isEqualTo(2);
    assertThat(out).isEqualTo(oneFailed).contains("09-");
    assertThat(err).isEqualTo(oneErr);
  }

  @ParameterizedTest
  @CsvSource({"0", "-2", "many", "-4294967295"})
  void validate_threadsNotAPositiveNumber_isUsageError(String threads) throws IOException {
    assertThat(run("validate", "--threads", threads, seedJson().toString())).isEqualTo(2);
    assertThat(err)
        .contains("expected a whole number of threads, 1 or more, but was '" + threads + "'");
  }

  @ParameterizedTest
  @CsvSource({"3", "99999999999"})
  void validate_moreThreadsThanProcessors_runOnTheProcessors(String threads) throws IOException {
    assertThat(run("validate", "--threads", threads, seedJson().toString())).isZero();
    ThreadsOption option = new ThreadsOption();
    option.threads = new ThreadsOption.Count().convert(threads);
    int processors = Runtime.getRuntime().availableProcessors();
    assertThat(option.count()).isEqualTo(Math.min(option.threads, processors));
    assertThat(option.count()).isLessThanOrEqualTo(processors);
  }

  @Test
  void convert_inputIsAFolderNamedJson_exitsTwoWithOneLineNamingIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("data.json"));

    assertThat(run("convert", folder.toString(), dir.resolve("out.jsonl").toString())).isEqualTo(2);
    assertThat(err).isEqualTo("gcm: cannot read '" + folder + "': Is a directory" + NL);
    assertThat(out).isEmpty();
  }

  @Test
  void validate_readFails_exitsTwoWithOneLineNamingTheInput() throws IOException {
    // Reading this process's own memory from offset 0 opens but fails on the first read (EIO).
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isReadable(mem), "Linux /proc");
    Path file = Files.createSymbolicLink(dir.resolve("memory.json"), mem);

    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err).isEqualTo("gcm: cannot read '" + file + "': Input/output error" + NL);
  }

  @Test
  void validate_unreadableFile_exitsTwoWithOneLineNamingIt() throws IOException {
    Path file = seedJson();
    assumeTrue(file.toFile().setReadable(false, false) && !Files.isReadable(file), "not root");

    assertThat(run("validate", file.toString())).isEqualTo(2);
    assertThat(err).isEqualTo("gcm: cannot read '" + file + "': permission denied" + NL);
  }

  @Test
  void convert_outputUnderAFile_exitsTwoNamingTheOutputNotATemporary() throws IOException {
    Path file = seedJson();
    Path output = Files.createFile(dir.resolve("plain")).resolve("out.json");

    assertThat(run("convert", file.toString(), output.toString())).isEqualTo(2);
    assertThat(err).isEqualTo("gcm: cannot write '" + output + "': Not a directory" + NL);
  }

  @Test
  @Timeout(60)
  void convert_outOfMemory_exitsTwoWithOneLineNamingTheInput() throws Exception {
    Path file = dir.resolve("large.jsonl");
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"formatVersion\":\"1.0\",\"type\":\"dataset\"}\n");
      for (int i = 0; i < 100_000; i++) {
        w.write(
            "{\"type\":\"actor\",\"id\":\"a"
                + i
                + "\",\"kind\":\"network\",\"name\":{\"en\":\"A "
                + i
                + "\"}}\n");
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx16m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Gcm.class.getName(),
                "convert",
                file.toString(),
                dir.resolve("out.json").toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).as(stderr).isEqualTo(2);
    assertThat(stderr.lines()).as(stderr).hasSize(1);
    assertThat(stderr)
        .startsWith("gcm: out of memory reading '" + file + "' (Java heap of ")
        .contains("GCM_JAVA_OPTS=-Xmx");
    assertThat(dir.resolve("out.json")).doesNotExist();
  }

  @Test
  void convert_jsonToCsvAndBack_isLossless() throws IOException {
    Path json = seedJson();
    Path csv = dir.resolve("csv");
    Path back = dir.resolve("back.json");

    assertThat(run("convert", json.toString(), csv.toString())).isZero();
    assertThat(csv.resolve("datapackage.json")).exists();
    assertThat(run("convert", csv.toString(), back.toString())).isZero();
    Dataset read = GcmJson.create().readDataset(back).requireValid();
    assertThat(read).isEqualTo(SeedDatasets.seed004());
  }

  @Test
  void convert_jsonToZipAndBack_isLosslessAndTheZipValidates() throws IOException {
    Path json = seedJson();
    Path zip = dir.resolve("package.zip");
    Path back = dir.resolve("back.jsonl");

    assertThat(run("convert", json.toString(), zip.toString())).isZero();
    assertThat(zip).isRegularFile();
    assertThat(run("validate", zip.toString())).isZero();
    assertThat(run("convert", zip.toString(), back.toString())).isZero();
    assertThat(GcmJson.create().readDataset(back).getValue()).contains(SeedDatasets.seed004());
  }

  @Test
  void validate_fileNamedZipThatIsNot_exitsOneWithPackageInvalid() throws IOException {
    Path zip = Files.writeString(dir.resolve("sent.zip"), "id,kind\n");

    assertThat(run("validate", zip.toString())).isEqualTo(1);
    assertThat(out).contains("package.invalid").contains("sent.zip");
  }

  @Test
  void upgrade_formatOneZeroJson_writesOneOneAndListsTheChange() throws IOException {
    Path old = seedJson();
    Files.writeString(
        old,
        Files.readString(old).replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\""));
    Path zip = dir.resolve("upgraded.zip");

    assertThat(run("upgrade", old.toString(), zip.toString())).isZero();

    assertThat(out)
        .contains("changed /formatVersion: '1.0' -> '1.1'")
        .contains("Upgraded " + old + " (format 1.0) to " + zip + " (format 1.1): 1 change.");
    var read = org.gcmkit.io.csv.GcmCsv.create().readDataset(zip);
    assertThat(read.getFormatVersion()).contains(org.gcmkit.io.FormatVersion.V1_1);
    assertThat(read.getValue()).contains(SeedDatasets.seed004());
  }

  @Test
  void upgrade_malformedInput_exitsOneAndWritesNothing() throws IOException {
    Path old = dir.resolve("old.json");
    Files.writeString(old, "{\"formatVersion\": \"1.0\", \"actors\": [");
    Path out1 = dir.resolve("new.json");

    assertThat(run("upgrade", old.toString(), out1.toString())).isEqualTo(1);

    assertThat(out)
        .contains("json.syntax")
        .contains("Nothing written: expected an input that reads whole");
    assertThat(out1).doesNotExist();
  }

  @Test
  void convert_jsonToNdjson_writesJsonLinesThatValidate() throws IOException {
    Path json = seedJson();
    Path ndjson = dir.resolve("out.ndjson");

    assertThat(run("convert", json.toString(), ndjson.toString())).isZero();

    // One record per line, as GcmJson reads and writes .ndjson, not a pretty document.
    assertThat(Files.readAllLines(ndjson).get(0))
        .startsWith("{\"formatVersion\":\"1.1\",\"type\":\"dataset\"");
    assertThat(run("validate", ndjson.toString())).isZero();
    assertThat(GcmJson.create().readDataset(ndjson).getValue()).contains(SeedDatasets.seed004());
  }

  @Test
  void convert_invalidInput_refusesToWriteUnlessForced() throws IOException {
    Path file = dir.resolve("dangling.json");
    Files.writeString(
        file,
        "{\"formatVersion\": \"1.0\", \"actors\": [{\"id\": \"a\", \"kind\": \"network\","
            + " \"name\": {\"en\": \"A\"}, \"parent\": \"nobody\"}]}",
        StandardCharsets.UTF_8);
    Path out1 = dir.resolve("out1");

    assertThat(run("convert", file.toString(), out1.toString())).isEqualTo(1);
    assertThat(out).contains("Nothing written").contains("[reference.unresolved]");
    assertThat(out1).doesNotExist();

    assertThat(run("convert", "--force", file.toString(), out1.toString())).isZero();
    assertThat(out1.resolve("datapackage.json")).exists();
  }

  @Test
  void convert_packageWithUnlistedTable_refusesUnlessForced() throws IOException {
    Path pkg = dir.resolve("pkg");
    GcmCsv.create().writeDataset(SeedDatasets.seed004(), pkg);
    Files.writeString(pkg.resolve("more-actors.csv"), "id,kind,name@en\nx,state,X\n");
    Path json = dir.resolve("out.json");

    assertThat(run("convert", pkg.toString(), json.toString())).isEqualTo(1);
    assertThat(out)
        .contains("[package.table-unlisted]")
        .contains(
            "Nothing written: more-actors.csv is in the package folder but not in datapackage.json,"
                + " so its rows would be lost.");
    assertThat(json).doesNotExist();

    assertThat(run("convert", "--force", pkg.toString(), json.toString())).isZero();
    assertThat(GcmJson.create().readDataset(json).requireValid()).isEqualTo(SeedDatasets.seed004());
  }

  @Test
  void validate_packageFolderWithoutDescriptor_readsTablesByNameWithAWarning() throws IOException {
    Path pkg = dir.resolve("pkg");
    GcmCsv.create().writeDataset(SeedDatasets.seed004(), pkg);
    Files.delete(pkg.resolve("datapackage.json"));

    assertThat(run("validate", pkg.toString())).isZero();
    assertThat(out).contains("[package.descriptor-missing]").contains("1 input checked: 1 valid");
    assertThat(run("validate", dir.toString())).isZero();
    assertThat(out).contains("1 input checked: 1 valid");
  }

  @Test
  void validate_folderWithNothingToRead_saysWhatItLooksFor() throws IOException {
    Files.writeString(dir.resolve("notes.csv"), "a,b\n");

    assertThat(run("validate", dir.toString())).isEqualTo(2);
    assertThat(err)
        .contains(
            "or CSV package folders with datapackage.json or tables such as actors.csv) but found none");
  }

  @Test
  void schema_default_printsJsonSchema() {
    assertThat(run("schema")).isZero();
    assertThat(out).contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void objectives_table_listsAll23WithCodes() {
    assertThat(run("objectives")).isZero();
    assertThat(out)
        .contains("gcm:objective:4")
        .contains(
            "Ensure that all migrants have proof of legal identity and adequate documentation")
        .contains("gcm:objective:23")
        .contains("gcm:principle:j")
        .contains("gcr:objective:4");
  }

  @Test
  void objectives_frenchJson_givesFrenchLabels() {
    assertThat(run("objectives", "--format", "json", "--lang", "fr")).isZero();
    assertThat(out).contains("\"fr\" : \"Identité légale et papiers\"");
  }

  @Test
  void noCommand_isUsageErrorWithHint() {
    assertThat(run()).isEqualTo(2);
    assertThat(err)
        .contains("expected a command: validate, convert, upgrade, schema, objectives or serve");
  }

  /** Commands are added lazily (only the one a run names): help must still list them all. */
  @Test
  void help_listsEveryCommandInOrder() {
    assertThat(run("--help")).isZero();
    assertThat(out)
        .containsSubsequence("validate", "convert", "schema", "objectives", "help", "Exit codes:");
  }

  @Test
  void helpCommand_forACommand_printsItsUsage() {
    assertThat(run("help", "convert")).isZero();
    assertThat(out).contains("Usage: gcm convert");
  }

  @Test
  void unknownCommand_isUsageError() {
    assertThat(run("valdiate", "x.json")).isEqualTo(2);
    assertThat(err).contains("valdiate");
  }

  @Test
  void version_printsVersionAndCodeLists() {
    assertThat(run("--version")).isZero();
    assertThat(out).contains("gcm ").contains("code lists ");
  }

  @Test
  void serve_helpWarnsAboutOtherAddresses_badPortRefused() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.replaceAll("\\s+", " "))
        .contains("default: 127.0.0.1, this computer only")
        .contains("WARNING: another address")
        .contains("--max-upload-mb");

    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(err).contains("expected --port from 0 to 65535 but was 70000");
  }
}
