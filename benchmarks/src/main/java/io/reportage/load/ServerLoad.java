package io.reportage.load;

import io.reportage.corpus.SharedCorpora;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Load and abuse harness of reportage-server. Starts {@code reportage-server.jar} in its own JVM
 * with {@code -Xmx512m} on a free loopback port, then: 16 clients post PolNeAR dev articles back
 * to back for 60 s (requests/s, p50/p99 latency, errors); then slow clients, 11 MiB bodies,
 * malformed JSON and a burst of 1,000 connections. /healthz is asked five times a second
 * throughout; the run fails (exit code 1) if it ever goes unanswered or the server dies.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.load.ServerLoad [--seconds 60] [--clients 16]
 *     [--jar examples/server/target/reportage-server.jar] [--heap 512m] [--slow 200] [--burst 1000]
 * </pre>
 * Run from the project root with ../shared beside it (or -Dreportage.shared=...). Everything goes
 * to 127.0.0.1 only, every phase is bounded in count and time, and the server is stopped at the end.
 */
public final class ServerLoad {
  private ServerLoad() {
  }

  public static void main(String[] args) throws Exception {
    int seconds = 60;
    int clients = 16;
    int slow = 200;
    int burst = 1000;
    String heap = "512m";
    Path jar = Path.of("examples/server/target/reportage-server.jar");
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--slow" -> slow = Integer.parseInt(args[i + 1]);
        case "--burst" -> burst = Integer.parseInt(args[i + 1]);
        case "--heap" -> heap = args[i + 1];
        case "--jar" -> jar = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build it with mvn -q -B -DskipTests package");
    }
    if (seconds < 1 || seconds > 600 || clients < 1 || clients > 256 || slow > 2000 || burst > 5000) {
      throw new IllegalArgumentException("Out of bounds: --seconds 1..600, --clients 1..256, --slow ≤ 2000, --burst ≤ 5000");
    }
    List<String> articles = polnearDev();
    int port = freePort();
    Path log = Files.createTempFile("reportage-server-load", ".log");
    int timeLimit = 10;
    Process server = new ProcessBuilder("java", "-Xmx" + heap, "-jar", jar.toString(), "--port", String.valueOf(port),
        "--time-limit", String.valueOf(timeLimit))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    boolean healthy = false;
    try {
      waitUntilUp(base, server);
      System.out.printf("reportage-server: -Xmx%s, port %d, --time-limit %d s, %d processors; log %s%n", heap, port,
          timeLimit, Runtime.getRuntime().availableProcessors(), log);
      System.out.printf("corpus: %d PolNeAR dev articles%n%n", articles.size());
      AbusePhases phases = new AbusePhases(base);
      try (HealthWatch health = new HealthWatch(base)) {
        System.out.println("load:       " + phases.steadyLoad(articles, clients, Duration.ofSeconds(seconds)).summary());
        System.out.println("slow:       " + phases.slowClients(slow, Duration.ofSeconds(timeLimit + 5L), articles.get(0)));
        System.out.println("oversize:   " + phases.oversizeBodies(20));
        System.out.println("malformed:  " + phases.malformedRequests(1000));
        System.out.println("burst:      " + phases.connectionBurst(burst));
        Thread.sleep(1000);
        boolean alive = server.isAlive();
        int finalStatus = status(base.resolve("/healthz"));
        System.out.println();
        System.out.println(health.summary());
        System.out.println("afterwards: server " + (alive ? "running" : "DEAD") + ", /healthz " + finalStatus);
        System.out.println(metricsSummary(base));
        healthy = alive && finalStatus == 200 && health.failures() == 0;
      }
    } finally {
      server.destroy();
      server.waitFor();
    }
    System.out.println(healthy ? "PASS: /healthz answered throughout and afterwards"
        : "FAIL: /healthz went unanswered or the server died (see the log)");
    System.exit(healthy ? 0 : 1);
  }

  private static List<String> polnearDev() throws IOException {
    Path directory = SharedCorpora.corpus("polnear/dev/text");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void waitUntilUp(URI base, Process server) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < end) {
      if (!server.isAlive()) {
        throw new IllegalStateException("The server exited with " + server.exitValue());
      }
      if (status(base.resolve("/healthz")) == 200) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("The server did not answer /healthz within 120 s");
  }

  private static int status(URI uri) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** The server's own counters, without comments and empty series. */
  private static String metricsSummary(URI base) throws Exception {
    String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    StringBuilder out = new StringBuilder("server metrics:\n");
    metrics.lines().filter(line -> !line.startsWith("#") && !line.contains("_bucket"))
        .forEach(line -> out.append("  ").append(line).append('\n'));
    return out.toString().stripTrailing();
  }
}
