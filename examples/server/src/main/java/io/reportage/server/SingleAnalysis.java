package io.reportage.server;

import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * One POST /v1/analyze with a plain-text or JSON body: read the body (no thread held while the
 * client is slow), queue the analysis, answer. The time limit runs from the first byte: a body
 * that has not arrived by then is answered 408, an analysis that has not finished 503. Whichever
 * comes first answers; the others find the exchange done and drop their result.
 */
final class SingleAnalysis {
  private enum Phase { READING, QUEUED, RUNNING, DONE }

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final boolean json;
  private final AnalysisService service;
  private final MemoryBudget budget;
  private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.READING);
  private volatile Scheduler.Task deadline;

  /**
   * @param json the body is the JSON object; otherwise it is the article as plain text
   */
  SingleAnalysis(Request request, Response response, Callback callback, boolean json, AnalysisService service,
      MemoryBudget budget) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.json = json;
    this.service = service;
    this.budget = budget;
  }

  void start() {
    if (request.getLength() > service.maxBytes()) {
      // Refused on the declared length: not one byte of the body is read.
      fail(413, BodyReader.tooLarge(service.maxBytes()));
      return;
    }
    deadline = service.scheduler().schedule(this::expire, service.timeLimit());
    // While the article waits or is analysed nothing is read or written: the time limit, not the
    // connection's idle timeout, decides how long that may take.
    request.addIdleTimeoutListener(timeout -> false);
    new BodyReader(request, service.maxBytes(), budget, () -> phase.get() == Phase.DONE, new BodyReader.Sink() {
      @Override
      public void body(byte[] bytes, int length) {
        onBody(bytes, length);
      }

      @Override
      public void failed(int status, String message) {
        fail(status, message);
      }
    }).run();
  }

  private void onBody(byte[] bytes, int length) {
    ArticleRequest article;
    try {
      article = json ? ArticleRequest.fromJson(bytes, length) : ArticleRequest.fromPlainText(bytes, length);
    } catch (HttpError e) {
      fail(e.status(), e.getMessage());
      return;
    }
    if (!phase.compareAndSet(Phase.READING, Phase.QUEUED)) {
      return;
    }
    if (!service.offer(() -> analyse(article))) {
      service.metrics().refusedBusy();
      fail(503, "all analysis threads are busy and the queue is full; retry shortly");
    }
  }

  private void analyse(ArticleRequest article) {
    if (!phase.compareAndSet(Phase.QUEUED, Phase.RUNNING)) {
      return; // the time limit passed while it waited
    }
    byte[] answer;
    try {
      answer = service.analyzeToJsonLine(article);
    } catch (RuntimeException e) {
      fail(500, "the analysis failed inside the pipeline; the server's log has the details");
      return;
    }
    if (phase.compareAndSet(Phase.RUNNING, Phase.DONE)) {
      cancelDeadline();
      Replies.send(response, callback, 200, Replies.JSON, answer);
    }
  }

  private void expire() {
    Phase was = phase.getAndSet(Phase.DONE);
    switch (was) {
      case READING -> Replies.error(response, callback, 408,
          "the request body did not arrive within the time limit of " + service.timeLimitText());
      case QUEUED, RUNNING -> Replies.error(response, callback, 503,
          "the analysis did not finish within the time limit of " + service.timeLimitText());
      case DONE -> { }
    }
  }

  private void fail(int status, String message) {
    if (phase.getAndSet(Phase.DONE) != Phase.DONE) {
      cancelDeadline();
      Replies.error(response, callback, status, message);
    }
  }

  private void cancelDeadline() {
    Scheduler.Task task = deadline;
    if (task != null) {
      task.cancel();
    }
  }
}
