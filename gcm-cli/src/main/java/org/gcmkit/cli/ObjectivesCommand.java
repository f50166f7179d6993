package org.gcmkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gcmkit.codes.CodeLists;
import org.gcmkit.codes.GcmObjective;
import org.gcmkit.codes.GcrObjective;
import org.gcmkit.codes.GuidingPrinciple;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code gcm objectives}: the built-in code lists. */
@Command(
    name = "objectives",
    mixinStandardHelpOptions = true,
    description =
        "Prints the 23 GCM objectives, the 10 guiding principles and the 4 GCR objectives,"
            + " with the codes that datasets use for them (gcm:objective:4...).")
final class ObjectivesCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.table;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Short-label language: en, fr or es (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Output formats. */
  enum Format {
    table,
    json
  }

  @Override
  public Integer call() {
    if (!lang.equals("en") && !lang.equals("fr") && !lang.equals("es")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "expected --lang en, fr or es but was '" + lang + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json());
    } else {
      out.printf("GCM objectives (code lists %s)%n", CodeLists.VERSION);
      for (GcmObjective o : GcmObjective.values()) {
        out.printf(
            "  %-18s %-40s %s%n", "gcm:objective:" + o.number(), o.shortLabel(lang), o.title());
      }
      out.println("GCM guiding principles");
      for (GuidingPrinciple p : GuidingPrinciple.values()) {
        out.printf("  %-18s %s%n", "gcm:principle:" + p.letter(), p.title());
      }
      out.println("GCR objectives");
      for (GcrObjective o : GcrObjective.values()) {
        out.printf("  %-18s %s%n", "gcr:objective:" + o.number(), o.title());
      }
    }
    out.flush();
    return 0;
  }

  private static String json() {
    JsonMapper mapper = JsonMapper.shared();
    ObjectNode root = mapper.createObjectNode();
    root.put("codeListVersion", CodeLists.VERSION);
    ArrayNode gcm = root.putArray("gcmObjectives");
    for (GcmObjective o : GcmObjective.values()) {
      ObjectNode n = gcm.addObject();
      n.put("code", "gcm:objective:" + o.number());
      n.put("number", o.number());
      n.put("title", o.title());
      ObjectNode labels = n.putObject("shortLabels");
      for (String l : new String[] {"en", "fr", "es"}) {
        labels.put(l, o.shortLabel(l));
      }
    }
    ArrayNode principles = root.putArray("guidingPrinciples");
    for (GuidingPrinciple p : GuidingPrinciple.values()) {
      principles
          .addObject()
          .put("code", "gcm:principle:" + p.letter())
          .put("letter", String.valueOf(p.letter()))
          .put("title", p.title());
    }
    ArrayNode gcr = root.putArray("gcrObjectives");
    for (GcrObjective o : GcrObjective.values()) {
      gcr.addObject()
          .put("code", "gcr:objective:" + o.number())
          .put("number", o.number())
          .put("title", o.title());
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
