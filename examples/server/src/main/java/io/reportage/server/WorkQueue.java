package io.reportage.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The analysis threads and the bounded queue in front of them. When the queue is full, {@link #offer}
 * says no at once, so the service answers 503 instead of piling up work it cannot do in time.
 */
final class WorkQueue implements AutoCloseable {
  private final ThreadPoolExecutor executor;
  private final ArrayBlockingQueue<Runnable> waiting;
  private final AtomicInteger running = new AtomicInteger();

  WorkQueue(int threads, int capacity) {
    waiting = new ArrayBlockingQueue<>(capacity);
    AtomicInteger number = new AtomicInteger();
    ThreadFactory factory = task -> {
      Thread thread = new Thread(task, "analysis-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, waiting, factory,
        new ThreadPoolExecutor.AbortPolicy());
    executor.prestartAllCoreThreads();
  }

  /** Queues the task; false when the queue is full (or the service is stopping). */
  boolean offer(Runnable task) {
    try {
      executor.execute(() -> {
        running.incrementAndGet();
        try {
          task.run();
        } finally {
          running.decrementAndGet();
        }
      });
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  int waiting() {
    return waiting.size();
  }

  int running() {
    return running.get();
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
