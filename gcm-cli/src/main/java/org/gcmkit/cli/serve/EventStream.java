package org.gcmkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer sent as it is made: one JSON object per line ({@code application/x-ndjson}), each
 * flushed at once, so that a page shows progress and the first problems while the check goes on.
 * The status (200) is sent first, so what goes wrong later is told by an event, {@code
 * {"failure":{"status":..,"detail":..}}}. The check's thread and the request's thread both send;
 * the first {@link #end} closes it, and events after that stop the check that sends them.
 */
final class EventStream {
  static final String MEDIA_TYPE = "application/x-ndjson";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpExchange exchange;
  private final OutputStream out;
  private boolean ended;

  private EventStream(HttpExchange exchange, OutputStream out) {
    this.exchange = exchange;
    this.out = out;
  }

  /** Whether the request asked for events rather than one answer at the end. */
  static boolean wanted(HttpExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst("Accept");
    return accept != null && accept.contains(MEDIA_TYPE);
  }

  /** Sends the status and headers of a stream of events. */
  static EventStream open(HttpExchange exchange) throws IOException {
    return new EventStream(exchange, Responses.stream(exchange, MEDIA_TYPE + "; charset=utf-8"));
  }

  /**
   * Sends one event.
   *
   * @throws CheckRun.Stopped when the stream has ended or the client has gone: the check that sends
   *     it has no one to answer
   */
  synchronized void send(Object event) {
    if (ended) {
      throw new CheckRun.Stopped();
    }
    try {
      out.write(JSON.writeValueAsBytes(event));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      ended = true;
      exchange.close();
      throw new CheckRun.Stopped();
    }
  }

  /** Sends the last event and closes the answer; does nothing when it is already closed. */
  synchronized void end(Object event) {
    if (ended) {
      return;
    }
    try {
      send(event);
    } catch (CheckRun.Stopped gone) {
      // The client has gone; nothing more to tell it.
    }
    ended = true;
    exchange.close();
  }
}
