package org.gcmkit.cli.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gcmkit.io.ProgressListener;
import org.gcmkit.io.json.GcmJson;
import org.gcmkit.validation.ReportLanguage;
import org.gcmkit.validation.ValidationReport;
import org.gcmkit.validation.Violation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One check of an upload under way. It stops the check, at the next bytes read or the next progress
 * of the reader, when its time is up, when the server stops or when the client has gone: gcm's
 * readers do not poll interruption, so the check is stopped from inside the reading (a CSV package
 * is read from files by the reader itself, so there it stops at the next progress, every 1,000
 * records). For a page that asked for a stream of events, it also sends how far the check has come
 * and the first problems found, while the rest is still being checked.
 */
final class CheckRun implements ProgressListener {
  /** The problems sent as they are found; the whole report follows at the end. */
  static final int FIRST_PROBLEMS = 20;

  /** Progress is sent at most this often: a page needs no more. */
  private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final @Nullable EventStream events;
  private final ReportLanguage language;
  private volatile boolean stopped;
  private long records;
  private long bytes;
  private long total;
  private long lastProgress = System.nanoTime();
  private int problemsSent;

  /**
   * A check of an upload of {@code size} bytes.
   *
   * @param events where to send progress and the first problems, or null when the client waits for
   *     the whole answer
   */
  CheckRun(@Nullable EventStream events, ReportLanguage language, long size) {
    this.events = events;
    this.language = language;
    this.total = size;
  }

  /** Stops the check at its next step: its time is up. */
  void stop() {
    stopped = true;
  }

  /** {@return {@code in}, counted for progress and stopping the check when it should stop} */
  InputStream watch(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        checkGoingOn();
        int n = super.read(b, off, len);
        if (n > 0) {
          bytes += n;
          tell();
        }
        return n;
      }
    };
  }

  @Override
  public void progress(long records, long bytesRead, long bytesTotal) {
    checkGoingOn();
    this.records = records;
    // A stream's reader does not know its size (-1); the bytes counted by watch() stand then.
    if (bytesTotal > 0) {
      this.bytes = bytesRead;
      this.total = bytesTotal;
    }
    tell();
  }

  @Override
  public void found(Violation violation) {
    checkGoingOn();
    if (events != null && problemsSent < FIRST_PROBLEMS) {
      problemsSent++;
      events.send(Map.of("problem", entry(violation)));
    }
  }

  /** The violation as an entry of the report's JSON, in the chosen language. */
  private JsonNode entry(Violation v) {
    String one = GcmJson.create().writeReport(ValidationReport.of(List.of(v)), language.locale());
    return JSON.readTree(one).get("violations").get(0);
  }

  private void tell() {
    long now = System.nanoTime();
    if (events != null && now - lastProgress >= PROGRESS_EVERY_NANOS) {
      lastProgress = now;
      Map<String, Object> progress = new LinkedHashMap<>();
      progress.put("records", records);
      progress.put("bytesRead", Math.min(bytes, total));
      progress.put("bytesTotal", total);
      events.send(Map.of("progress", progress));
    }
  }

  private void checkGoingOn() {
    if (stopped || Thread.currentThread().isInterrupted()) {
      throw new Stopped();
    }
  }

  /** Thrown into the reader to end a check that should stop; the answer says why. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the check was stopped", null, false, false);
    }
  }
}
