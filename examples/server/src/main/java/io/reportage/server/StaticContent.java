package io.reportage.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A file the service sends as it is: read from the class path once, at start. */
record StaticContent(byte[] bytes, String contentType) {
  /**
   * Where the page may load anything from: this server only, so nothing is fetched from elsewhere
   * and no inline script runs.
   */
  private static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  static StaticContent resource(String path, String contentType) {
    try (InputStream in = StaticContent.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + path + " is missing from the class path");
      }
      return new StaticContent(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  void send(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Content-Security-Policy", POLICY);
    Replies.send(response, callback, 200, contentType, bytes);
  }
}
