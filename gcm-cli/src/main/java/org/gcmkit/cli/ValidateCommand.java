package org.gcmkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code gcm validate}: checks inputs and reports every problem with its place. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validates datasets: JSON documents (.json), JSON Lines (.jsonl) and CSV data packages (a"
          + " folder with datapackage.json, or that file). A folder that is no package is searched"
          + " for datasets.",
      "Inputs are streamed: memory grows with the number of ids, not with the size of the files."
    })
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to validate.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--max-errors",
      defaultValue = "50",
      description =
          "Show at most N problems per input in text reports (default: ${DEFAULT-VALUE}).")
  int maxErrors;

  @Option(names = "--lenient", description = "Report unknown JSON fields as warnings, not errors.")
  boolean lenient;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Report formats. */
  enum Format {
    text,
    json
  }

  @Override
  public Integer call() throws IOException {
    if (maxErrors < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "expected --max-errors of 0 or more but was " + maxErrors);
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
    Datasets datasets = new Datasets(lenient);
    PrintWriter out = spec.commandLine().getOut();
    boolean valid = true;
    if (format == Format.text) {
      ReportPrinter printer = new ReportPrinter(out, maxErrors);
      for (Path p : inputs) {
        Progress.start(spec.commandLine().getErr(), p);
        ValidationReport report = datasets.validate(p);
        Progress.done(spec.commandLine().getErr(), p);
        printer.print(p.toString(), report);
        valid &= report.isValid();
      }
      printer.summary();
    } else {
      JsonMapper mapper = JsonMapper.shared();
      ObjectNode root = mapper.createObjectNode();
      ArrayNode results = root.putArray("inputs");
      for (Path p : inputs) {
        ValidationReport report = datasets.validate(p);
        valid &= report.isValid();
        ObjectNode r = results.addObject();
        r.put("path", p.toString());
        r.put("valid", report.isValid());
        r.set("report", mapper.readTree(datasets.reportJson(report)));
      }
      root.put("valid", valid);
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }
    out.flush();
    return valid ? 0 : Gcm.INVALID;
  }
}
