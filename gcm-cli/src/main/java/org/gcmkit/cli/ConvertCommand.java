package org.gcmkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gcmkit.io.ReadResult;
import org.gcmkit.model.Dataset;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.Rule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gcm convert}: JSON, JSON Lines and CSV data packages into one another. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts a dataset between JSON (.json), JSON Lines (.jsonl, .ndjson) and a CSV data package"
          + " (a .zip archive, or a folder for any other OUT).",
      "Refuses to write output from invalid input, or from a CSV package folder holding CSV"
          + " files that its datapackage.json does not list (their rows would be lost), unless"
          + " --force is given; output files are written atomically."
    })
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "The dataset to read.")
  Path input = Path.of("");

  @Parameters(
      index = "1",
      paramLabel = "OUT",
      description = "Where to write: .json, .jsonl or .ndjson, a .zip, or a folder.")
  Path output = Path.of("");

  @Option(names = "--force", description = "Write even when the input breaks rules (as read).")
  boolean force;

  @Option(names = "--lenient", description = "Report unknown JSON fields as warnings, not errors.")
  boolean lenient;

  @Option(
      names = "--max-errors",
      defaultValue = "50",
      paramLabel = "N",
      description =
          "Keep and show at most N problems; the rest are counted by code (default:"
              + " ${DEFAULT-VALUE}).")
  int maxErrors;

  @CommandLine.Mixin LanguageOption lang = new LanguageOption();

  @CommandLine.Mixin ThreadsOption threads = new ThreadsOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Checks every value read: gcm's rules, and an embedding application's own. */
  private final GcmValidator validator;

  ConvertCommand(GcmValidator validator) {
    this.validator = validator;
  }

  @Override
  public Integer call() throws IOException {
    Inputs.checkInAndOut(spec, input, output);
    if (maxErrors < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "expected --max-errors of 0 or more but was " + maxErrors);
    }
    Datasets datasets = new Datasets(lenient, maxErrors, validator, threads.count());
    ReadResult<Dataset> read =
        InputFailure.guard("read", "reading", input, () -> datasets.read(input));
    PrintWriter out = spec.commandLine().getOut();
    ReportPrinter printer = new ReportPrinter(out, maxErrors, lang.locale());
    // A CSV file the package does not list is not read: converting would drop its rows.
    List<String> unread =
        read.getReport().getViolations().stream()
            .filter(v -> v.getCode().equals(Rule.PACKAGE_TABLE_UNLISTED.code()))
            .map(v -> v.getValue().orElse("?"))
            .collect(Collectors.toList());
    if (read.getValue().isPresent() && read.isValid() && !unread.isEmpty() && !force) {
      printer.print(input.toString(), read.getReport());
      out.println(
          "Nothing written: "
              + String.join(", ", unread)
              + (unread.size() == 1 ? " is" : " are")
              + " in the package folder but not in datapackage.json, so "
              + (unread.size() == 1 ? "its" : "their")
              + " rows would be lost. List "
              + (unread.size() == 1 ? "it" : "them")
              + " in datapackage.json, remove "
              + (unread.size() == 1 ? "it" : "them")
              + ", or pass --force to convert without "
              + (unread.size() == 1 ? "it." : "them."));
      out.flush();
      return Gcm.INVALID;
    }
    if (read.getValue().isEmpty() || (!read.isValid() && !force)) {
      printer.print(input.toString(), read.getReport());
      out.println(
          read.getValue().isEmpty()
              ? "Nothing written: the input could not be read into a dataset."
              : "Nothing written: the input is invalid. Fix it, or pass --force to convert it as"
                  + " read.");
      out.flush();
      return Gcm.INVALID;
    }
    Dataset dataset = read.getValue().get();
    InputFailure.guard(
        "write",
        "writing",
        output,
        () -> {
          datasets.write(dataset, output);
          return output;
        });
    if (!read.getReport().getViolations().isEmpty()) {
      printer.print(input.toString(), read.getReport());
    }
    out.printf("Converted %s to %s (%d records).%n", input, output, dataset.size());
    out.flush();
    return 0;
  }
}
