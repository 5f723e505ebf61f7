package io.reportage.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * POST /v1/analyze with JSON lines: each input line is one {"text", "published", "doc"} object and
 * gets one output line, in order, written as soon as it is ready. A bad line gets the error object
 * (with "line", its number from 1) on its output line, and the stream goes on.
 *
 * <p>Lines are taken one at a time: the next is read only once the previous answer is written, so
 * a client that sends faster than the service analyses is slowed down by TCP, and the service
 * holds at most one line (up to --max-bytes) and one network chunk per stream. No thread is held
 * while waiting for input. The time limit applies to each line, from the moment the service is
 * ready for it to its answer; when it passes, the stream ends with an error line. A full work queue
 * makes a line wait (retried every {@value #RETRY_MILLIS} ms within its time limit) rather than fail.
 */
final class NdjsonStream {
  private static final int RETRY_MILLIS = 50;

  private enum State { WAITING_FOR_INPUT, PROCESSING, WRITING, FINISHED }

  private record Line(int number, byte[] bytes, int length, boolean tooLong) {
  }

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final AnalysisService service;
  private final MemoryBudget budget;
  private final Object lock = new Object();
  private final ArrayDeque<Line> lines = new ArrayDeque<>();

  // Guarded by lock.
  private State state = State.PROCESSING;
  private boolean inputEnded;
  private int linesStarted;
  private int currentLine;
  private Scheduler.Task deadline;
  private byte[] partial = new byte[0];
  private int partialLength;
  private boolean partialTooLong;
  private long reserved;

  NdjsonStream(Request request, Response response, Callback callback, AnalysisService service, MemoryBudget budget) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.service = service;
    this.budget = budget;
    Request.addCompletionListener(request, failure -> {
      synchronized (lock) {
        budget.release(reserved);
        reserved = 0;
      }
    });
  }

  void start() {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Replies.NDJSON);
    // Jetty asks only when nothing is being read or written, that is while a line is analysed:
    // the time limit governs that.
    request.addIdleTimeoutListener(timeout -> false);
    synchronized (lock) {
      armDeadline();
    }
    pump();
  }

  /** Takes the next complete line, reading more input when none is buffered, and processes it. */
  private void pump() {
    Line next;
    synchronized (lock) {
      while (true) {
        if (state == State.FINISHED) {
          return;
        }
        next = lines.poll();
        if (next != null) {
          break;
        }
        if (inputEnded) {
          finish(null);
          return;
        }
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          state = State.WAITING_FOR_INPUT;
          request.demand(this::pump);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          Throwable failure = chunk.getFailure();
          finish(Replies.errorJson(BodyReader.statusOf(failure), BodyReader.messageOf(failure), linesStarted + 1));
          return;
        }
        boolean last = chunk.isLast();
        String refusal = split(chunk.getByteBuffer());
        chunk.release();
        if (refusal != null) {
          finish(Replies.errorJson(503, refusal, linesStarted + 1));
          return;
        }
        if (last) {
          inputEnded = true;
          if (partialLength > 0 || partialTooLong) {
            completeLine();
          }
        }
      }
      state = State.PROCESSING;
      currentLine = next.number();
    }
    process(next);
  }

  private void process(Line line) {
    String where = "line " + line.number();
    if (line.tooLong()) {
      write(Replies.errorJson(413, where + " is longer than the limit of " + service.maxBytes() + " bytes (--max-bytes)",
          line.number()));
      return;
    }
    if (line.length() == 0) {
      write(Replies.errorJson(400, where + " is empty; each line must be a JSON object {\"text\": ...}", line.number()));
      return;
    }
    ArticleRequest article;
    try {
      article = ArticleRequest.fromJson(ArticleRequest.utf8(line.bytes(), line.length(), where), where);
    } catch (HttpError e) {
      write(Replies.errorJson(e.status(), e.getMessage(), line.number()));
      return;
    }
    submit(line, article);
  }

  private void submit(Line line, ArticleRequest article) {
    synchronized (lock) {
      if (state == State.FINISHED) {
        return;
      }
    }
    if (!service.offer(() -> analyse(line, article))) {
      service.scheduler().schedule(() -> submit(line, article), RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private void analyse(Line line, ArticleRequest article) {
    synchronized (lock) {
      if (state == State.FINISHED) {
        return;
      }
    }
    byte[] answer;
    try {
      answer = service.analyzeToJsonLine(article);
    } catch (RuntimeException e) {
      answer = lineBytes(Replies.errorJson(500, "the analysis of line " + line.number()
          + " failed inside the pipeline; the server's log has the details", line.number()));
    }
    write(answer);
  }

  private void write(String jsonLine) {
    write(lineBytes(jsonLine));
  }

  /** Writes one answer line (its newline included); reading resumes once it is written. */
  private void write(byte[] line) {
    synchronized (lock) {
      if (state == State.FINISHED) {
        return;
      }
      state = State.WRITING;
    }
    response.write(false, ByteBuffer.wrap(line), Callback.from(this::written, this::writeFailed));
  }

  private static byte[] lineBytes(String jsonLine) {
    return (jsonLine + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private void written() {
    synchronized (lock) {
      if (state == State.FINISHED) {
        return;
      }
      state = State.PROCESSING;
      armDeadline();
    }
    // A new task rather than a call: a long run of lines answered at once must not deepen the stack.
    service.executor().execute(this::pump);
  }

  private void writeFailed(Throwable failure) {
    synchronized (lock) {
      if (state == State.FINISHED) {
        return;
      }
      state = State.FINISHED;
      cancelDeadline();
    }
    callback.failed(failure);
  }

  private void expire() {
    synchronized (lock) {
      switch (state) {
        case FINISHED -> { }
        case WRITING -> { } // the line has its answer; a client that does not take it meets the idle timeout
        case WAITING_FOR_INPUT -> finish(Replies.errorJson(408, "line " + (linesStarted + 1)
            + " did not arrive within the time limit of " + service.timeLimitText() + "; the stream ends here",
            linesStarted + 1));
        case PROCESSING -> finish(timeLimitError());
      }
    }
  }

  private String timeLimitError() {
    return Replies.errorJson(503, "line " + currentLine + " got no result within the time limit of "
        + service.timeLimitText() + "; the stream ends here", currentLine);
  }

  /** Ends the response, after a last error line when there is one. Called with the lock held. */
  private void finish(String lastLine) {
    state = State.FINISHED;
    cancelDeadline();
    ByteBuffer tail = lastLine == null ? BufferUtil.EMPTY_BUFFER : ByteBuffer.wrap(lineBytes(lastLine));
    response.write(true, tail, callback);
  }

  /**
   * Cuts the chunk into lines (LF, with an optional CR before it). A line longer than the limit is
   * skipped to its end and answered 413. Returns a message when the memory budget has no room.
   */
  private String split(ByteBuffer data) {
    while (data.hasRemaining()) {
      byte b = data.get();
      if (b == '\n') {
        completeLine();
      } else if (!partialTooLong) {
        if (partialLength >= service.maxBytes()) {
          partialTooLong = true;
        } else {
          if (partialLength == partial.length && !grow()) {
            return "the service holds too many request bodies at the moment; retry shortly";
          }
          partial[partialLength++] = b;
        }
      }
    }
    return null;
  }

  private void completeLine() {
    int length = partialLength;
    if (length > 0 && partial[length - 1] == '\r') {
      length--;
    }
    lines.add(new Line(++linesStarted, partialTooLong ? new byte[0] : Arrays.copyOf(partial, length), length,
        partialTooLong));
    partialLength = 0;
    partialTooLong = false;
  }

  private boolean grow() {
    long grown = Math.min(service.maxBytes(), Math.max(8192L, partial.length * 2L));
    if (!budget.reserve(grown - partial.length)) {
      return false;
    }
    reserved += grown - partial.length;
    partial = Arrays.copyOf(partial, (int) grown);
    return true;
  }

  private void armDeadline() {
    cancelDeadline();
    deadline = service.scheduler().schedule(this::expire, service.timeLimit());
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.cancel();
      deadline = null;
    }
  }
}
