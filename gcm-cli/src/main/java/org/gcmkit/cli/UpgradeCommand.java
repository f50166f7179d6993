package org.gcmkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gcmkit.io.FormatVersion;
import org.gcmkit.io.GcmUpgrade;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gcm upgrade}: rewrites a file of an earlier format version as the current one. */
@Command(
    name = "upgrade",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites a dataset of an earlier format version (1.0) as the current one ("
          + "1.1), in the form OUT names (.json, .jsonl, .ndjson, .zip, or a folder), and lists"
          + " every change made.",
      "Refuses, writing nothing, when the input cannot be read whole (a syntax error, a field or"
          + " column not read, a CSV file the package does not list): no value is ever dropped."
    })
final class UpgradeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "IN", description = "The dataset to upgrade.")
  Path input = Path.of("");

  @Parameters(index = "1", paramLabel = "OUT", description = "Where to write the upgraded dataset.")
  Path output = Path.of("");

  @CommandLine.Mixin LanguageOption lang = new LanguageOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Inputs.checkInAndOut(spec, input, output);
    GcmUpgrade.Result r =
        InputFailure.guard(
            "upgrade", "upgrading", input, () -> GcmUpgrade.create().upgrade(input, output));
    PrintWriter out = spec.commandLine().getOut();
    ReportPrinter printer = new ReportPrinter(out, 50, lang.locale());
    if (!r.isWritten()) {
      printer.print(input.toString(), r.getReport());
      out.println("Nothing written: " + r.getRefusal().orElseThrow() + ".");
      out.flush();
      return Gcm.INVALID;
    }
    for (GcmUpgrade.Change c : r.getChanges()) {
      out.println("  changed " + c);
    }
    if (!r.getReport().getViolations().isEmpty()) {
      // The upgrade changes the format, not the data: what the input breaks, the output breaks.
      printer.print(input.toString(), r.getReport());
    }
    out.printf(
        "Upgraded %s (format %s) to %s (format %s): %d %s.%n",
        input,
        r.getFrom().map(String::valueOf).orElse("?"),
        output,
        FormatVersion.CURRENT,
        r.getChanges().size(),
        r.getChanges().size() == 1 ? "change" : "changes");
    out.flush();
    return 0;
  }
}
