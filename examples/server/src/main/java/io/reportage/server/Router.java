package io.reportage.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to its endpoint by path and method: 404 for an unknown path, 405 (with
 * Allow) for a known path with another method. Records the route for the access log and metrics.
 */
final class Router extends Handler.Abstract {
  /** Request attribute: the route the request took, a fixed set of names so that metrics stay small. */
  static final String ROUTE = "io.reportage.server.route";
  static final String SCHEMA_RESOURCE = "/io/reportage/json/reportage-1.schema.json";

  private static final Set<String> READ = Set.of("GET", "HEAD");
  private static final String EXAMPLES = "/v1/examples";

  private final AnalyzeEndpoint analyze;
  private final Metrics metrics;
  private final ExampleArticles examples;
  private final StaticContent schema = StaticContent.resource(SCHEMA_RESOURCE, "application/schema+json");
  private final Map<String, StaticContent> page = Map.of(
      "/", StaticContent.resource("/io/reportage/server/page/index.html", "text/html; charset=utf-8"),
      "/app.js", StaticContent.resource("/io/reportage/server/page/app.js", "text/javascript; charset=utf-8"),
      "/app.css", StaticContent.resource("/io/reportage/server/page/app.css", "text/css; charset=utf-8"),
      "/favicon.svg", StaticContent.resource("/io/reportage/server/page/favicon.svg", "image/svg+xml"));

  Router(AnalyzeEndpoint analyze, Metrics metrics, ExampleArticles examples) {
    this.analyze = analyze;
    this.metrics = metrics;
    this.examples = examples;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    if (path.equals("/v1/analyze")) {
      request.setAttribute(ROUTE, path);
      if (allowed(method, Set.of("POST"), response, callback)) {
        analyze.handle(request, response, callback);
      }
    } else if (path.equals("/v1/schema") || path.equals("/healthz") || path.equals("/metrics")
        || path.equals(EXAMPLES)) {
      request.setAttribute(ROUTE, path);
      if (allowed(method, READ, response, callback)) {
        switch (path) {
          case "/v1/schema" -> schema.send(response, callback);
          case "/healthz" -> Replies.send(response, callback, 200, Replies.JSON, "{\"status\":\"ok\"}\n");
          case "/metrics" -> Replies.send(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8",
              metrics.render());
          default -> Replies.send(response, callback, 200, Replies.JSON, examples.listJson());
        }
      }
    } else if (path.startsWith(EXAMPLES + "/")) {
      request.setAttribute(ROUTE, EXAMPLES + "/{name}");
      String text = examples.text(path.substring(EXAMPLES.length() + 1));
      if (text == null) {
        Replies.error(response, callback, 404, "no example article at " + path + "; GET " + EXAMPLES + " lists them");
      } else if (allowed(method, READ, response, callback)) {
        Replies.send(response, callback, 200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
      }
    } else if (page.containsKey(path)) {
      request.setAttribute(ROUTE, path.equals("/") ? "/" : "/static");
      if (allowed(method, READ, response, callback)) {
        page.get(path).send(response, callback);
      }
    } else {
      request.setAttribute(ROUTE, "other");
      Replies.error(response, callback, 404, "nothing at " + path + "; the API is POST /v1/analyze, GET /v1/schema, "
          + "GET /healthz, GET /metrics, and the page is at /");
    }
    return true;
  }

  private static boolean allowed(String method, Set<String> methods, Response response, Callback callback) {
    if (methods.contains(method)) {
      return true;
    }
    String allow = String.join(", ", methods.stream().sorted().toList());
    response.getHeaders().put(HttpHeader.ALLOW, allow);
    Replies.error(response, callback, 405, method + " is not allowed here; use " + allow);
    return false;
  }
}
