package org.gcmkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.gcmkit.cli.serve.Limits;
import org.gcmkit.cli.serve.ValidationServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gcm serve}: the validation page, on this computer only unless told otherwise. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a local web page to check and convert GCM data files: drop a JSON, JSON Lines or"
          + " zipped CSV data package file and see what is wrong and where, in six languages.",
      "Nothing is kept after the answer, and nothing is fetched from the internet. Ctrl-C stops."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "0",
      description = "The port to listen on (default: a free one, printed at start).")
  int port;

  @Option(
      names = "--bind",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this computer only). WARNING:"
              + " another address, such as 0.0.0.0, lets every machine that can reach it upload"
              + " files to this page; it has no login and no encryption.")
  String bind = "127.0.0.1";

  @Option(
      names = "--max-upload-mb",
      defaultValue = "512",
      description = "The largest upload accepted, in MB (default: ${DEFAULT-VALUE}).")
  long maxUploadMb;

  @Option(
      names = "--max-upload-seconds",
      defaultValue = "120",
      description = "How long an upload may take to arrive (default: ${DEFAULT-VALUE}).")
  long maxUploadSeconds;

  @Option(
      names = "--max-check-seconds",
      defaultValue = "300",
      description =
          "How long checking or converting one upload may take (default: ${DEFAULT-VALUE}).")
  long maxCheckSeconds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "expected --port from 0 to 65535 but was " + port);
    }
    if (maxUploadMb <= 0 || maxUploadSeconds <= 0 || maxCheckSeconds <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "expected limits above 0 (--max-upload-mb, --max-upload-seconds,"
              + " --max-check-seconds)");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (java.net.UnknownHostException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "expected --bind to be an address of this computer but was '" + bind + "'");
    }
    Limits limits =
        new Limits(
            maxUploadMb * 1024 * 1024,
            Duration.ofSeconds(maxUploadSeconds),
            Duration.ofSeconds(maxCheckSeconds));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ValidationServer server = ValidationServer.start(new InetSocketAddress(address, port), limits);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread stop =
        new Thread(
            () -> {
              server.close();
              stopped.countDown();
            },
            "gcm-serve-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    if (!address.isLoopbackAddress()) {
      err.println(
          "gcm serve: WARNING: listening on "
              + bind
              + ", not only on this computer: anyone who can reach it can upload files");
    }
    out.println("gcm serve: " + server.uri() + " (Ctrl-C stops)");
    out.flush();
    err.flush();
    stopped.await();
    return 0;
  }
}
