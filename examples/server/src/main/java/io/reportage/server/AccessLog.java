package io.reportage.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per finished request (method, path, status, bytes in and out, milliseconds), and its metrics. */
final class AccessLog implements RequestLog {
  private static final Logger LOG = LoggerFactory.getLogger("io.reportage.server.access");
  private static final int LONGEST_PATH = 200;

  private final Metrics metrics;

  AccessLog(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void log(Request request, Response response) {
    long nanos = NanoTime.since(request.getBeginNanoTime());
    Object route = request.getAttribute(Router.ROUTE);
    int status = response.getStatus();
    metrics.request(route == null ? "other" : route.toString(), status, nanos);
    if (LOG.isInfoEnabled()) {
      String path = request.getHttpURI().getPath();
      if (path != null && path.length() > LONGEST_PATH) {
        path = path.substring(0, LONGEST_PATH) + "...";
      }
      LOG.info("{} {} {} in={}B out={}B {}ms", request.getMethod(), path, status, Request.getContentBytesRead(request),
          Response.getContentBytesWritten(response), nanos / 1_000_000);
    }
  }
}
