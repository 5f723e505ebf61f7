package io.reportage.server;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * Reads a request body without holding a thread while the client is slow: it reads what has
 * arrived, then asks Jetty to call it again when more comes. The size limit is checked on every
 * chunk, so a body over the limit is refused once the limit is passed, never buffered whole.
 */
final class BodyReader implements Runnable {
  /** Where the body, or the reason there is none, goes. Called once. */
  interface Sink {
    void body(byte[] bytes, int length);

    void failed(int status, String message);
  }

  /** The most allocated before the bytes have arrived: a declared length is a promise, not bytes. */
  private static final int FIRST_BUFFER = 64 * 1024;

  private final Request request;
  private final long maxBytes;
  private final MemoryBudget budget;
  private final BooleanSupplier abandoned;
  private final Sink sink;
  private byte[] buffer = new byte[0];
  private int length;
  private volatile long reserved;

  /**
   * @param budget the bytes all requests may hold; what this body takes is given back when the
   *     request completes, whatever its outcome
   * @param abandoned true once the exchange was answered otherwise (its time limit passed): reading stops
   */
  BodyReader(Request request, long maxBytes, MemoryBudget budget, BooleanSupplier abandoned, Sink sink) {
    this.request = request;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.abandoned = abandoned;
    this.sink = sink;
    Request.addCompletionListener(request, failure -> budget.release(reserved));
  }

  @Override
  public void run() {
    while (!abandoned.getAsBoolean()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        Throwable failure = chunk.getFailure();
        sink.failed(statusOf(failure), messageOf(failure));
        return;
      }
      ByteBuffer data = chunk.getByteBuffer();
      int size = data.remaining();
      if (length + (long) size > maxBytes) {
        chunk.release();
        sink.failed(413, tooLarge(maxBytes));
        return;
      }
      if (!ensureCapacity(length + size)) {
        chunk.release();
        sink.failed(503, "the service holds too many request bodies at the moment; retry shortly");
        return;
      }
      data.get(buffer, length, size);
      length += size;
      boolean last = chunk.isLast();
      chunk.release();
      if (last) {
        sink.body(buffer, length);
        return;
      }
    }
  }

  static String tooLarge(long maxBytes) {
    return "the body is larger than the limit of " + maxBytes + " bytes (--max-bytes)";
  }

  /** Grows by doubling, never past the limit; false when the budget has no room. */
  private boolean ensureCapacity(int needed) {
    if (needed <= buffer.length) {
      return true;
    }
    long declared = request.getLength();
    long first = declared > 0 ? Math.min(declared, FIRST_BUFFER) : 8192;
    long grown = Math.min(maxBytes, Math.max(needed, Math.max(first, buffer.length * 2L)));
    if (!budget.reserve(grown - buffer.length)) {
      return false;
    }
    reserved += grown - buffer.length;
    buffer = Arrays.copyOf(buffer, (int) grown);
    return true;
  }

  static int statusOf(Throwable failure) {
    if (failure instanceof HttpException http) {
      return http.getCode();
    }
    if (failure instanceof TimeoutException) {
      return 408;
    }
    return 400;
  }

  static String messageOf(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return "the request body stopped arriving (idle timeout)";
    }
    if (failure instanceof HttpException http && http.getReason() != null) {
      return "the request body could not be read: " + http.getReason();
    }
    return "the request body could not be read";
  }
}
