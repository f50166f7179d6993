package org.gcmkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Receives a request body into a file, within the size and time limits. The JDK's server has no
 * read timeout, so a watchdog answers a client that is too slow with 408 and closes the exchange,
 * which ends the blocked read.
 */
final class Upload {
  /** What is read and dropped past the size limit before the connection is closed. */
  static final long SWALLOW_BYTES = 2L * 1024 * 1024;

  private Upload() {}

  /**
   * Copies the body of {@code exchange} to {@code file}.
   *
   * @throws Problem 413 when the body is larger than allowed (by its declared length before a byte
   *     is read, else when the count passes it), 408 when it takes too long
   */
  static void receive(
      HttpExchange exchange, Path file, Limits limits, ScheduledExecutorService watchdog)
      throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new Problem(400, "expected a Content-Length in bytes but was '" + declared + "'");
      }
      if (length > limits.maxUploadBytes()) {
        throw tooLarge(limits, length);
      }
    }
    AtomicBoolean done = new AtomicBoolean();
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        watchdog.schedule(
            () -> {
              if (done.compareAndSet(false, true)) {
                late.set(true);
                Responses.closeWith(exchange, tooSlow(limits));
              }
            },
            limits.maxUploadTime().toMillis(),
            TimeUnit.MILLISECONDS);
    long count = 0;
    try (InputStream in = exchange.getRequestBody();
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) != -1; ) {
        count += n;
        if (count > limits.maxUploadBytes()) {
          swallow(in);
          throw tooLarge(limits, count);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (late.get()) {
        throw new Problem.Answered();
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
    if (!done.compareAndSet(false, true)) {
      throw new Problem.Answered();
    }
  }

  /**
   * Reads and drops what a client still sends past the limit, up to {@link #SWALLOW_BYTES}: a
   * client that is still sending when the connection closes may have it reset before it reads the
   * 413, so a body a little too large gets its answer for sure. A larger one is cut off there, as
   * servers do (Tomcat's maxSwallowSize, 2 MB by default).
   */
  private static void swallow(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = SWALLOW_BYTES;
    for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1; ) {
      left -= n;
    }
  }

  private static Problem tooLarge(Limits limits, long size) {
    return new Problem(
        413,
        "expected an upload of at most "
            + megabytes(limits.maxUploadBytes())
            + " but this one is larger ("
            + megabytes(size)
            + " or more); gcm serve --max-upload-mb sets the limit, and gcm validate checks a file of any"
            + " size");
  }

  private static Problem tooSlow(Limits limits) {
    return new Problem(
        408,
        "expected the upload within "
            + limits.maxUploadTime().toSeconds()
            + " s but it was still arriving; gcm serve --max-upload-seconds sets the limit");
  }

  static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
