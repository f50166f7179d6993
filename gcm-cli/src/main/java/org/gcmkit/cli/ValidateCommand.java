package org.gcmkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.validation.GcmValidator;
import org.gcmkit.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code gcm validate}: checks inputs and reports every problem with its place. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates datasets: JSON documents (.json), JSON Lines (.jsonl) and CSV data packages (a"
          + " folder with datapackage.json, that file, or a .zip of the folder). A folder that is no package is searched"
          + " for datasets.",
      "Inputs are streamed: memory grows with the number of ids, not with the size of the files."
    })
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
  /** How many problems per input a text report shows unless told. */
  private static final int TEXT_MAX_ERRORS = 50;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to validate.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--max-errors",
      paramLabel = "N",
      description =
          "Keep and show at most N problems per input; the rest are counted by code (default: 50"
              + " for text, 10000 for json).")
  @Nullable Integer maxErrors;

  @Option(names = "--lenient", description = "Report unknown JSON fields as warnings, not errors.")
  boolean lenient;

  @CommandLine.Mixin LanguageOption lang = new LanguageOption();

  @CommandLine.Mixin ThreadsOption threads = new ThreadsOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Checks every value read: gcm's rules, and an embedding application's own. */
  private final GcmValidator validator;

  ValidateCommand(GcmValidator validator) {
    this.validator = validator;
  }

  /** Report formats. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() throws IOException {
    int max =
        maxErrors != null
            ? maxErrors
            : format == Format.text ? TEXT_MAX_ERRORS : ValidationReport.DEFAULT_MAX_VIOLATIONS;
    if (max < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "expected --max-errors of 0 or more but was " + max);
    }
    List<Path> inputs = Inputs.expand(paths);
    for (Path p : inputs) {
      try {
        Inputs.kind(p);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
    }
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "expected datasets in "
              + paths
              + " (.json, .jsonl or .ndjson files, or CSV package folders with datapackage.json or"
              + " tables such as actors.csv) but found none");
    }
    Datasets datasets = new Datasets(lenient, max, validator, threads.count());
    PrintWriter out = spec.commandLine().getOut();
    boolean[] valid = {true};
    if (format == Format.text) {
      ReportPrinter printer = new ReportPrinter(out, max, lang.locale());
      validateEach(
          inputs,
          datasets,
          true,
          (p, report) -> {
            printer.print(p.toString(), report);
            valid[0] &= report.isValid();
          });
      printer.summary();
    } else {
      JsonMapper mapper = JsonMapper.shared();
      ObjectNode root = mapper.createObjectNode();
      ArrayNode results = root.putArray("inputs");
      validateEach(
          inputs,
          datasets,
          false,
          (p, report) -> {
            valid[0] &= report.isValid();
            ObjectNode r = results.addObject();
            r.put("path", p.toString());
            r.put("valid", report.isValid());
            r.set("report", mapper.readTree(datasets.reportJson(report, lang.locale())));
          });
      root.put("valid", valid[0]);
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
    out.flush();
    return valid[0] ? 0 : Gcm.INVALID;
  }

  /**
   * Validates each input and hands its report to {@code done}, in input order. Inputs under {@link
   * Progress#LARGE} are validated side by side, each on one thread, up to the threads given: a
   * folder of many small files then uses every processor. A large input waits for those before it
   * and is validated alone on all the threads, with its progress shown when {@code showProgress},
   * so that memory holds the ids of one large input at a time.
   */
  private void validateEach(
      List<Path> inputs,
      Datasets datasets,
      boolean showProgress,
      BiConsumer<Path, ValidationReport> done) {
    int n = threads.count();
    Datasets oneThread = n == 1 ? datasets : datasets.withThreads(1);
    try (SideBySide<ValidationReport> runs = new SideBySide<>(n)) {
      for (Path p : inputs) {
        long size = Progress.size(p);
        if (size < Progress.LARGE) {
          runs.small(
              () -> validate(oneThread, p, ProgressListener.none()),
              report -> done.accept(p, report));
        } else {
          runs.alone(
              () -> {
                Progress progress = Progress.of(spec.commandLine().getErr(), p, size, showProgress);
                progress.start();
                ValidationReport report;
                try {
                  report = validate(datasets, p, progress);
                } catch (RuntimeException | Error e) {
                  // The error's one line must not be glued to the progress line.
                  progress.end();
                  throw e;
                }
                progress.done();
                return report;
              },
              report -> done.accept(p, report));
        }
      }
      runs.finish();
    }
  }

  private static ValidationReport validate(
      Datasets datasets, Path input, ProgressListener progress) {
    return InputFailure.guard(
        "read", "validating", input, () -> datasets.validate(input, progress));
  }
}
