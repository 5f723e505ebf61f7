package io.reportage.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks GET /healthz five times a second on a connection of its own, for as long as the harness
 * runs, and keeps what it saw: answers, failures (no 200 within two seconds), the slowest answer.
 */
final class HealthWatch implements AutoCloseable {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI health;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private final Latencies latencies = new Latencies();
  private int failures;
  private String lastFailure = "";

  HealthWatch(URI base) {
    this.health = base.resolve("/healthz");
    thread = new Thread(this::watch, "health-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void watch() {
    while (running.get()) {
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        synchronized (this) {
          if (response.statusCode() == 200) {
            latencies.add(System.nanoTime() - start);
          } else {
            failures++;
            lastFailure = "status " + response.statusCode();
          }
        }
      } catch (Exception e) {
        synchronized (this) {
          failures++;
          lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  synchronized String summary() {
    return String.format("healthz: %d answered, %d failed%s; p50 %.1f ms, p99 %.1f ms, max %.1f ms", latencies.size(),
        failures, failures == 0 ? "" : " (last: " + lastFailure + ")", latencies.percentileMillis(0.5),
        latencies.percentileMillis(0.99), latencies.maxMillis());
  }

  synchronized int failures() {
    return failures;
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.interrupt();
    thread.join(5_000);
  }
}
