package io.reportage.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the harness does to the server, one phase each: steady load, slow clients, oversize
 * bodies, malformed requests, a burst of connections. Every loop is bounded in count and time, and
 * talks only to the loopback address the server was started on.
 */
final class AbusePhases {
  private static final int MIB = 1024 * 1024;

  private final URI base;
  private final int port;

  AbusePhases(URI base) {
    this.base = base;
    this.port = base.getPort();
  }

  /** Outcomes by name ("200", "413", "IOException") with their counts. */
  static final class Outcomes {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String outcome) {
      counts.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    long get(String outcome) {
      LongAdder count = counts.get(outcome);
      return count == null ? 0 : count.sum();
    }

    long total() {
      return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Override
    public String toString() {
      Map<String, Long> sorted = new TreeMap<>();
      counts.forEach((key, count) -> sorted.put(key, count.sum()));
      return sorted.toString();
    }
  }

  record LoadResult(long requests, double seconds, Latencies latencies, Outcomes outcomes) {
    String summary() {
      return String.format("%d requests in %.1f s: %.1f requests/s; p50 %.1f ms, p99 %.1f ms, max %.1f ms; outcomes %s",
          requests, seconds, requests / seconds, latencies.percentileMillis(0.5), latencies.percentileMillis(0.99),
          latencies.maxMillis(), outcomes);
    }
  }

  /** {@code clients} threads post articles as plain text, back to back, for {@code duration}. */
  LoadResult steadyLoad(List<String> articles, int clients, Duration duration) throws Exception {
    Outcomes outcomes = new Outcomes();
    List<Latencies> perClient = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Latencies latencies = new Latencies();
      perClient.add(latencies);
      int client = c;
      running.add(pool.submit(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = client; System.nanoTime() < end; i += clients) {
          String article = articles.get(i % articles.size());
          long sent = System.nanoTime();
          try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/v1/analyze"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
            outcomes.add(String.valueOf(response.statusCode()));
            if (response.statusCode() == 200) {
              latencies.add(System.nanoTime() - sent);
            }
          } catch (IOException | InterruptedException e) {
            outcomes.add(e.getClass().getSimpleName());
          }
        }
        return null;
      }));
    }
    for (Future<?> client : running) {
      client.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new LoadResult(outcomes.total(), seconds, Latencies.merge(perClient), outcomes);
  }

  /**
   * {@code count} clients each declare a 10,000-byte body and send one byte a second, for at most
   * {@code limit}; meanwhile one client posts an article every half second. Returns how the slow
   * ones ended and how the ordinary requests fared.
   */
  String slowClients(int count, Duration limit, String article) throws Exception {
    List<Socket> sockets = new ArrayList<>();
    Outcomes slow = new Outcomes();
    boolean[] ended = new boolean[count];
    for (int i = 0; i < count; i++) {
      Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setSoTimeout(100);
      sockets.add(socket);
      write(socket, "POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + "Content-Length: 10000\r\n\r\nA");
    }
    Latencies ordinary = new Latencies();
    Outcomes ordinaryOutcomes = new Outcomes();
    HttpClient http = HttpClient.newHttpClient();
    long end = System.nanoTime() + limit.toNanos();
    long nextByte = System.nanoTime();
    while (System.nanoTime() < end && !allTrue(ended)) {
      if (System.nanoTime() >= nextByte) {
        for (int i = 0; i < count; i++) {
          if (!ended[i]) {
            String outcome = pollSlow(sockets.get(i));
            if (outcome != null) {
              ended[i] = true;
              slow.add(outcome);
            }
          }
        }
        nextByte += TimeUnit.SECONDS.toNanos(1);
      }
      long sent = System.nanoTime();
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/v1/analyze"))
            .timeout(Duration.ofSeconds(30)).header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(article)).build(), HttpResponse.BodyHandlers.ofString());
        ordinaryOutcomes.add(String.valueOf(response.statusCode()));
        ordinary.add(System.nanoTime() - sent);
      } catch (IOException e) {
        ordinaryOutcomes.add(e.getClass().getSimpleName());
      }
      Thread.sleep(500);
    }
    for (int i = 0; i < count; i++) {
      if (!ended[i]) {
        slow.add("still open at the end");
      }
      sockets.get(i).close();
    }
    return String.format("%d slow clients ended: %s; meanwhile ordinary requests %s, p50 %.1f ms, max %.1f ms", count, slow,
        ordinaryOutcomes, ordinary.percentileMillis(0.5), ordinary.maxMillis());
  }

  /** Sends one more byte; returns the status the server answered, "closed", or null while it waits. */
  private static String pollSlow(Socket socket) {
    try {
      InputStream in = socket.getInputStream();
      if (in.available() > 0) {
        return statusOf(in);
      }
      write(socket, "x");
      return null;
    } catch (IOException e) {
      return "closed by the server";
    }
  }

  /** {@code count} bodies of 11 MiB, half with Content-Length, half chunked, four at a time. */
  String oversizeBodies(int count) throws Exception {
    Outcomes outcomes = new Outcomes();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean chunked = i % 2 == 1;
      sent.add(pool.submit(() -> {
        outcomes.add((chunked ? "chunked " : "declared ") + sendOversize(chunked));
        return null;
      }));
    }
    for (Future<?> future : sent) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return count + " bodies of 11 MiB: " + outcomes;
  }

  private String sendOversize(boolean chunked) {
    byte[] block = new byte[64 * 1024];
    Arrays.fill(block, (byte) 'a');
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      write(socket, "POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + 11 * MIB + "\r\n\r\n"));
      OutputStream out = socket.getOutputStream();
      try {
        for (int sentBytes = 0; sentBytes < 11 * MIB && socket.getInputStream().available() == 0; sentBytes += block.length) {
          if (chunked) {
            out.write((Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          }
          out.write(block);
          if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          }
        }
      } catch (IOException refusedMidway) {
        // the server answered and closed before the body ended: read its answer below
      }
      return statusOf(socket.getInputStream());
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    }
  }

  /** {@code count} malformed requests of several kinds, four at a time. */
  String malformedRequests(int count) throws Exception {
    List<byte[]> bodies = List.of(
        "{\"text\": \"unclosed".getBytes(StandardCharsets.UTF_8),
        "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
        "{\"doc\": \"no text\"}".getBytes(StandardCharsets.UTF_8),
        "{\"text\": \"x\", \"published\": \"yesterday\"}".getBytes(StandardCharsets.UTF_8),
        new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
        "[".repeat(100_000).getBytes(StandardCharsets.UTF_8),
        "{\"text\": \"x\"} trailing".getBytes(StandardCharsets.UTF_8));
    Outcomes outcomes = new Outcomes();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < count; i++) {
      byte[] body = bodies.get(i % bodies.size());
      sent.add(pool.submit(() -> {
        try {
          HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/v1/analyze"))
              .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
          boolean jsonError = response.body().startsWith("{\"error\":{\"status\":" + response.statusCode());
          outcomes.add(response.statusCode() + (jsonError ? "" : " without the JSON error"));
        } catch (IOException | InterruptedException e) {
          outcomes.add(e.getClass().getSimpleName());
        }
        return null;
      }));
    }
    for (Future<?> future : sent) {
      future.get(2, TimeUnit.MINUTES);
    }
    pool.shutdown();
    return count + " malformed JSON bodies: " + outcomes;
  }

  /** Opens {@code count} connections at once, sends GET /healthz on each, then reads every answer. */
  String connectionBurst(int count) throws Exception {
    Outcomes outcomes = new Outcomes();
    List<Socket> sockets = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        try {
          Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
          socket.setSoTimeout(30_000);
          sockets.add(socket);
        } catch (IOException e) {
          outcomes.add("connect " + e.getClass().getSimpleName());
        }
      }
      for (Socket socket : sockets) {
        try {
          write(socket, "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        } catch (IOException e) {
          outcomes.add("send " + e.getClass().getSimpleName());
        }
      }
      for (Socket socket : sockets) {
        try {
          outcomes.add(statusOf(socket.getInputStream()));
        } catch (IOException e) {
          outcomes.add("read " + e.getClass().getSimpleName());
        }
      }
    } finally {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
    return String.format("%d connections at once, GET /healthz on each: %s in %.1f s", count, outcomes,
        (System.nanoTime() - start) / 1e9);
  }

  private static void write(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  /** The status code of the response's first line, or "closed" when there is none. */
  private static String statusOf(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      line.append((char) b);
    }
    String[] parts = line.toString().split(" ");
    return parts.length > 1 ? parts[1] : "closed";
  }

  private static boolean allTrue(boolean[] values) {
    for (boolean value : values) {
      if (!value) {
        return false;
      }
    }
    return true;
  }
}
