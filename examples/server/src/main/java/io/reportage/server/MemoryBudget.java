package io.reportage.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bytes of request bodies the service holds at once, across all requests. Each body is limited
 * by --max-bytes; this limits their sum, so that many large bodies arriving together get 503
 * instead of exhausting the heap. A request keeps what it reserved until it is answered.
 */
final class MemoryBudget {
  private final long limit;
  private final AtomicLong used = new AtomicLong();

  MemoryBudget(long limit) {
    this.limit = limit;
  }

  /** A quarter of the heap the JVM may use: the rest is for the analyses themselves. */
  static MemoryBudget quarterOfHeap() {
    return new MemoryBudget(Runtime.getRuntime().maxMemory() / 4);
  }

  /** Takes {@code bytes} from the budget; false, taking nothing, when they do not fit. */
  boolean reserve(long bytes) {
    while (true) {
      long now = used.get();
      if (now + bytes > limit) {
        return false;
      }
      if (used.compareAndSet(now, now + bytes)) {
        return true;
      }
    }
  }

  void release(long bytes) {
    used.addAndGet(-bytes);
  }

  long used() {
    return used.get();
  }

  long limit() {
    return limit;
  }
}
