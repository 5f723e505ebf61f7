package io.reportage.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** POST /v1/analyze: chooses by Content-Type between one article (text or JSON) and a stream of JSON lines. */
final class AnalyzeEndpoint {
  static final String PLAIN = "text/plain";
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";

  private final AnalysisService service;
  private final MemoryBudget budget;

  AnalyzeEndpoint(AnalysisService service, MemoryBudget budget) {
    this.service = service;
    this.budget = budget;
  }

  void handle(Request request, Response response, Callback callback) {
    ContentType type = ContentType.parse(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
    String media = type.mediaType();
    if (!media.equals(PLAIN) && !media.equals(JSON) && !media.equals(NDJSON)) {
      Replies.error(response, callback, 415, (media.isEmpty() ? "no Content-Type" : "Content-Type " + media
          + " is not read here") + "; send text/plain; charset=utf-8 (the article), application/json "
          + "({\"text\": ...}) or application/x-ndjson (one such object a line)");
      return;
    }
    if (!type.isUtf8()) {
      Replies.error(response, callback, 415, "the body must be UTF-8, not charset=" + type.charset());
      return;
    }
    if (media.equals(NDJSON)) {
      new NdjsonStream(request, response, callback, service, budget).start();
    } else {
      new SingleAnalysis(request, response, callback, media.equals(JSON), service, budget).start();
    }
  }
}
