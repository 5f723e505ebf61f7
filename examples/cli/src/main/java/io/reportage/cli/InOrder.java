package io.reportage.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs a piece of work on each item with a number of threads and hands the results over in the
 * items' order, on the calling thread. At most a window of items (twice the threads) is in flight,
 * so memory stays bounded however many items there are: a folder of a million articles holds only
 * a few analyses at a time.
 */
final class InOrder {
  private InOrder() {
  }

  /**
   * @param consumer receives each item's index and result, in order, on the calling thread
   * @throws RuntimeException or Error the work threw, after the work in flight is abandoned
   */
  static <T, R> void forEach(List<T> items, int threads, Function<T, R> work, BiConsumer<Integer, R> consumer) {
    if (threads <= 1) {
      for (int i = 0; i < items.size(); i++) {
        consumer.accept(i, work.apply(items.get(i)));
      }
      return;
    }
    int window = threads * 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "reportage-worker");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>(window);
      int submitted = 0;
      for (int delivered = 0; delivered < items.size(); delivered++) {
        while (submitted < items.size() && inFlight.size() < window) {
          T item = items.get(submitted++);
          inFlight.addLast(pool.submit(() -> work.apply(item)));
        }
        consumer.accept(delivered, result(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for an analysis", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
