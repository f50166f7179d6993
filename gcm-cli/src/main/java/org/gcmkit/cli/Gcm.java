package org.gcmkit.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.LogManager;
import org.gcmkit.validation.GcmValidator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gcm} command line: validate and convert GCM data, print the schema and code lists.
 *
 * <p>Exit codes: 0 when everything is valid or done, 1 when the data is invalid (malformed files
 * included), 2 for usage and I/O errors.
 */
@Command(
    name = "gcm",
    mixinStandardHelpOptions = true,
    versionProvider = Gcm.Version.class,
    description =
        "Validates and converts Global Compact for Migration data: JSON, JSON Lines and"
            + " CSV data packages.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:valid, or done",
      "1:the data is invalid (malformed files included)",
      "2:usage or I/O error"
    })
public final class Gcm implements Runnable {
  /** Exit code when the data is invalid. */
  static final int INVALID = 1;

  /** Exit code for usage and I/O errors. */
  static final int ERROR = 2;

  /** The commands, in the order help lists them. */
  private static final Map<String, Function<GcmValidator, Object>> COMMANDS = commands();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  Gcm() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "expected a command: validate, convert, upgrade, schema, objectives or serve");
  }

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command and its options, as {@code gcm --help} lists them
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO on first use (invalid data only); a command
    // line keeps quiet. Configured through a class that java.util.logging instantiates when first
    // used, rather than here: starting java.util.logging costs a valid run tens of milliseconds.
    if (System.getProperty("java.util.logging.config.class") == null
        && System.getProperty("java.util.logging.config.file") == null) {
      System.setProperty("java.util.logging.config.class", QuietLogging.class.getName());
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs the command line with these streams and returns the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(GcmValidator.create(), out, err, args);
  }

  /**
   * Runs the command line inside an application, with the application's validator: its own
   * constraints and rules (see {@link GcmValidator#using}) are reported by {@code gcm validate} and
   * {@code gcm convert} with their own codes, severities and messages, as through {@code GcmJson}
   * and {@code GcmCsv}. Nothing is printed to the process's streams and the JVM does not exit.
   *
   * @param validator checks every value read
   * @param out where the command's output goes
   * @param err where its errors go
   * @param args the command and its options, as {@code gcm --help} lists them
   * @return the exit code: 0 valid or done, 1 invalid, 2 usage or I/O error
   */
  public static int run(GcmValidator validator, PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(validator, "validator");
    CommandLine cl = new CommandLine(new Gcm());
    // picocli reads a command's annotations when it is added, tens of milliseconds each at
    // start-up: a run needs only the command it names; help, errors and completion need them all.
    Function<GcmValidator, Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null) {
      cl.addSubcommand(args[0], named.apply(validator));
    } else {
      COMMANDS.forEach((name, command) -> cl.addSubcommand(name, command.apply(validator)));
    }
    cl.addSubcommand("help", new CommandLine.HelpCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof InputFailure) {
            commandLine.getErr().println("gcm: " + e.getMessage());
            return ERROR;
          }
          if (e instanceof UncheckedIOException || e instanceof IOException) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            commandLine.getErr().println("gcm: " + describe(cause));
            return ERROR;
          }
          throw e;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // Out of memory outside the reading of one input (which names it): still one line, exit 2.
      err.println(
          "gcm: out of memory (Java heap of "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MB); give Java more memory, for example GCM_JAVA_OPTS=-Xmx4g");
      code = ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static Map<String, Function<GcmValidator, Object>> commands() {
    Map<String, Function<GcmValidator, Object>> commands = new LinkedHashMap<>();
    commands.put("validate", ValidateCommand::new);
    commands.put("convert", ConvertCommand::new);
    commands.put("upgrade", validator -> new UpgradeCommand());
    commands.put("schema", validator -> new SchemaCommand());
    commands.put("objectives", validator -> new ObjectivesCommand());
    commands.put("serve", validator -> new ServeCommand());
    return Collections.unmodifiableMap(commands);
  }

  /** A one-line description of an I/O failure, naming the file. */
  static String describe(@Nullable Throwable e) {
    if (e == null) {
      return "I/O error";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder: " + e.getMessage();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /**
   * The JDK's default logging configuration with Hibernate Validator at WARNING; instantiated by
   * java.util.logging as its {@code config.class}.
   */
  public static final class QuietLogging {
    /**
     * Reads the configuration into the log manager.
     *
     * @throws IOException if the log manager cannot read the configuration
     */
    public QuietLogging() throws IOException {
      String config =
          """
          handlers=java.util.logging.ConsoleHandler
          .level=INFO
          java.util.logging.ConsoleHandler.level=INFO
          java.util.logging.ConsoleHandler.formatter=java.util.logging.SimpleFormatter
          org.hibernate.validator.level=WARNING
          """;
      LogManager.getLogManager()
          .readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** Reads the version the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Gcm.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
        "gcm " + p.getProperty("version", "unknown"),
        "code lists " + org.gcmkit.codes.CodeLists.VERSION,
        "Java " + System.getProperty("java.version")
      };
    }
  }
}
