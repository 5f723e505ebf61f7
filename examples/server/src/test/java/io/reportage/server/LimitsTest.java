package io.reportage.server;

import io.reportage.json.AnalysisJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Extractor;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep the service standing: body size checked while reading, a bounded queue
 * that answers 503, a time limit per request, and slow clients that cannot hold a thread.
 */
class LimitsTest {
  private static final int MIB = 1024 * 1024;

  /** Bytes allocated so far by every live thread but the caller's. */
  private static long allocatedByOtherThreads() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] ids = Arrays.stream(threads.getAllThreadIds()).filter(id -> id != Thread.currentThread().getId()).toArray();
    return Arrays.stream(threads.getThreadAllocatedBytes(ids)).filter(bytes -> bytes > 0).sum();
  }

  @Test
  void anElevenMebibyteBodyIsRefusedOnItsDeclaredLengthWithoutTheServerAllocatingIt() throws Exception {
    try (TestServer server = TestServer.start()) {
      byte[] block = new byte[64 * 1024];
      Arrays.fill(block, (byte) 'a');
      long before = allocatedByOtherThreads();
      try (RawHttp client = new RawHttp(server.port(), 30_000)) {
        client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: "
            + 11 * MIB + "\r\n\r\n");
        client.send(block);
        // The answer comes while 11 MiB minus 64 KiB are still unsent.
        RawHttp.Response response = client.readResponse();
        String message = ErrorResponsesTest.assertError(response.status(), response.headers().get("content-type"),
            response.body(), 413);
        assertTrue(message.contains("10485760"), message);
        try {
          for (int sent = block.length; sent < 11 * MIB; sent += block.length) {
            client.send(block); // the server may drop the connection instead of reading the rest
          }
        } catch (java.io.IOException closed) {
          // fine: refused
        }
      }
      long allocated = allocatedByOtherThreads() - before;
      assertTrue(allocated < 11L * MIB, "the server allocated " + allocated / 1024 + " KiB for a body it refused");
      assertEquals(200, Http.get(server.uri("/healthz")).statusCode());
    }
  }

  @Test
  void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimitNotWhenItEnds() throws Exception {
    try (TestServer server = TestServer.start(TestServer.options().withMaxBytes(MIB), TestServer.extractor()::analyze)) {
      try (RawHttp client = new RawHttp(server.port(), 30_000)) {
        client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
            + "Transfer-Encoding: chunked\r\n\r\n");
        String block = "word ".repeat(16 * 1024 / 5);
        for (int sent = 0; sent <= MIB; sent += block.length()) {
          client.sendChunk(block);
        }
        // The body has not ended (no last chunk), yet the answer is there.
        RawHttp.Response response = client.readResponse();
        ErrorResponsesTest.assertError(response.status(), response.headers().get("content-type"), response.body(), 413);
      }
      assertEquals(200, Http.get(server.uri("/healthz")).statusCode());
    }
  }

  @Test
  void whenTheQueueIsFullRequestsGet503WithRetryAfterAndTheQueuedOnesStillComplete() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    Extractor extractor = TestServer.extractor();
    ArticleAnalyzer blocking = (text, info) -> {
      started.countDown();
      await(release);
      return extractor.analyze(text, info);
    };
    try (TestServer server = TestServer.start(TestServer.options().withThreads(1).withQueue(1), blocking)) {
      CompletableFuture<HttpResponse<String>> running = postAsync(server, "Running article.");
      assertTrue(started.await(30, TimeUnit.SECONDS), "the first analysis started");
      CompletableFuture<HttpResponse<String>> queued = postAsync(server, "Queued article.");
      waitForQueue(server, 1);
      HttpResponse<String> refused = Http.post(server.uri("/v1/analyze"), "text/plain", "One too many.");
      assertTrue(ErrorResponsesTest.assertError(refused, 503).contains("queue is full"));
      assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
      assertEquals(200, Http.get(server.uri("/healthz")).statusCode(), "health answers while the analysts are busy");
      release.countDown();
      assertEquals(200, running.get(60, TimeUnit.SECONDS).statusCode());
      assertEquals(200, queued.get(60, TimeUnit.SECONDS).statusCode());
      assertTrue(Http.get(server.uri("/metrics")).body().contains("reportage_refused_busy_total 1"));
    }
  }

  /** Waits until /metrics shows the queue holding {@code waiting} analyses. */
  private static void waitForQueue(TestServer server, int waiting) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Http.get(server.uri("/metrics")).body().contains("reportage_work_queue_waiting " + waiting + "\n")) {
      assertTrue(System.nanoTime() < end, "the queue never held " + waiting);
      Thread.sleep(20);
    }
  }

  @Test
  void anAnalysisOverTheTimeLimitIsAnswered503AndTheServerGoesOn() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    Extractor extractor = TestServer.extractor();
    ArticleAnalyzer slow = (text, info) -> {
      if (text.startsWith("slow")) {
        await(never);
      }
      return extractor.analyze(text, info);
    };
    try (TestServer server = TestServer.start(TestServer.options().withTimeLimit(Duration.ofSeconds(1)), slow)) {
      long start = System.nanoTime();
      HttpResponse<String> response = Http.post(server.uri("/v1/analyze"), "text/plain", "slow article");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(ErrorResponsesTest.assertError(response, 503).contains("time limit of 1 s"));
      HttpResponse<String> quick = Http.post(server.uri("/v1/analyze"), "text/plain", "A quick one, he said.");
      assertTrue(millis < 20_000, "answered at the time limit, not when the analysis ends: " + millis + " ms");
      assertEquals(200, quick.statusCode(), quick.body());
      never.countDown();
    }
  }

  @Test
  void anAnalysisLongerThanTheIdleTimeoutIsStillAnswered() throws Exception {
    Extractor extractor = TestServer.extractor();
    ArticleAnalyzer slowButInTime = (text, info) -> {
      sleep(2_500);
      return extractor.analyze(text, info);
    };
    ServerOptions options = TestServer.options().withIdleTimeout(Duration.ofSeconds(1)).withTimeLimit(Duration.ofSeconds(20));
    try (TestServer server = TestServer.start(options, slowButInTime)) {
      String text = "The talks were useful, Peskov said.";
      HttpResponse<String> single = Http.post(server.uri("/v1/analyze"), "text/plain", text);
      assertEquals(200, single.statusCode(), single.body());
      assertEquals(AnalysisJson.toJsonLine(extractor.analyze(text), null) + "\n", single.body());
      HttpResponse<String> lines = Http.post(server.uri("/v1/analyze"), "application/x-ndjson",
          Http.articleJson(text, null, "a") + "\n" + Http.articleJson(text, null, "b") + "\n");
      assertEquals(2, lines.body().lines().filter(line -> line.startsWith("{\"schema\"")).count(), lines.body());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aClientThatStopsSendingItsBodyIsAnswered408AndDisconnected() throws Exception {
    ServerOptions options = TestServer.options().withIdleTimeout(Duration.ofSeconds(1)).withTimeLimit(Duration.ofSeconds(3));
    try (TestServer server = TestServer.start(options, TestServer.extractor()::analyze);
         RawHttp client = new RawHttp(server.port(), 20_000)) {
      client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n");
      client.send("Only ten b");
      RawHttp.Response response = client.readResponse();
      ErrorResponsesTest.assertError(response.status(), response.headers().get("content-type"), response.body(), 408);
      assertTrue(client.closedByServer(), "the connection is closed");
    }
  }

  @Test
  void aClientThatTricklesItsBodyMeetsTheTimeLimit() throws Exception {
    ServerOptions options = TestServer.options().withIdleTimeout(Duration.ofSeconds(5)).withTimeLimit(Duration.ofSeconds(2));
    try (TestServer server = TestServer.start(options, TestServer.extractor()::analyze);
         RawHttp client = new RawHttp(server.port(), 20_000)) {
      client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n");
      long start = System.nanoTime();
      RawHttp.Response response = null;
      // A byte every half second never trips the idle timeout; the time limit ends it.
      for (int i = 0; i < 40 && response == null; i++) {
        try {
          client.send("x");
        } catch (java.io.IOException closed) {
          break;
        }
        Thread.sleep(500);
        if (i >= 3) {
          response = tryRead(client);
        }
      }
      if (response == null) {
        response = client.readResponse();
      }
      String message = ErrorResponsesTest.assertError(response.status(), response.headers().get("content-type"),
          response.body(), 408);
      assertTrue(message.contains("time limit"), message);
      assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 15);
    }
  }

  /** A response when one has arrived; null when none has yet. */
  private static RawHttp.Response tryRead(RawHttp client) throws Exception {
    return client.available() > 0 ? client.readResponse() : null;
  }

  @Test
  void manyStalledClientsDoNotStopOthersFromBeingServed() throws Exception {
    ServerOptions options = TestServer.options().withThreads(1).withIdleTimeout(Duration.ofSeconds(30))
        .withTimeLimit(Duration.ofSeconds(30));
    try (TestServer server = TestServer.start(options, TestServer.extractor()::analyze)) {
      List<RawHttp> stalled = new ArrayList<>();
      try {
        for (int i = 0; i < 100; i++) {
          RawHttp client = new RawHttp(server.port(), 30_000);
          stalled.add(client);
          client.send("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 50000\r\n\r\n"
              + "A beginning");
        }
        // More stalled bodies than the server has threads of any kind: none of them holds one.
        long start = System.nanoTime();
        HttpResponse<String> served = Http.post(server.uri("/v1/analyze"), "text/plain", Articles.examples().get(0).text());
        assertEquals(200, served.statusCode());
        assertEquals(200, Http.get(server.uri("/healthz")).statusCode());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 20, "served without waiting for the stalled");
      } finally {
        for (RawHttp client : stalled) {
          client.close();
        }
      }
    }
  }

  /** Posts on a thread of its own: the common pool may have a single thread on a small machine. */
  private static CompletableFuture<HttpResponse<String>> postAsync(TestServer server, String text) {
    CompletableFuture<HttpResponse<String>> answer = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        answer.complete(Http.post(server.uri("/v1/analyze"), "text/plain", text));
      } catch (Exception e) {
        answer.completeExceptionally(e);
      }
    }, "client-" + text);
    thread.setDaemon(true);
    thread.start();
    return answer;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
