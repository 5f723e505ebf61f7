package io.reportage.server;

/** A request the service refuses, with the HTTP status and the message the client sees. */
final class HttpError extends Exception {
  private final int status;

  HttpError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
