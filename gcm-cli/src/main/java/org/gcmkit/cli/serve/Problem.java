package org.gcmkit.cli.serve;

import java.io.IOException;

/** A request the server answers with an HTTP error status and a one-line message. */
class Problem extends IOException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  final int status;

  Problem(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The answer was already sent (by the upload watchdog); nothing more to send. */
  static final class Answered extends Problem {
    private static final long serialVersionUID = 1L;

    Answered() {
      super(0, "answered");
    }
  }
}
