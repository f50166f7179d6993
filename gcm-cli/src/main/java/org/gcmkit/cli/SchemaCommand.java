package org.gcmkit.cli;

import java.util.concurrent.Callable;
import org.gcmkit.io.csv.GcmCsv;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.model.Dataset;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcm schema}: prints the published schemas. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Prints the JSON Schema (2020-12) of gcm's dataset documents, or of its reports,"
            + " or the data package descriptor of an empty CSV package.")
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.ArgGroup(exclusive = true)
  Which which = new Which();

  static final class Which {
    @Option(names = "--report", description = "The schema of validation reports in JSON.")
    boolean report;

    @Option(names = "--datapackage", description = "The datapackage.json of a CSV package.")
    boolean datapackage;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String text =
        which.report
            ? GcmJson.reportSchema()
            : which.datapackage
                ? GcmCsv.create().descriptor(Dataset.builder().build())
                : GcmJson.datasetSchema();
    spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
