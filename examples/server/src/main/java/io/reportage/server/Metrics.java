package io.reportage.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * The service's counters, written in the Prometheus text format (version 0.0.4) at /metrics:
 * requests by route and status, a latency histogram, articles and tokens analysed, refusals for
 * lack of capacity, and the state of the work queue. Thread-safe and lock-free on the request path.
 */
final class Metrics {
  /** Upper bounds of the latency buckets, in seconds. */
  private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final AtomicLongArray bucketCounts = new AtomicLongArray(BUCKETS.length + 1);
  private final LongAdder latencyNanos = new LongAdder();
  private final LongAdder articles = new LongAdder();
  private final LongAdder tokens = new LongAdder();
  private final LongAdder analysisFailures = new LongAdder();
  private final LongAdder refusedBusy = new LongAdder();
  private final IntSupplier waiting;
  private final IntSupplier running;
  private final int capacity;

  /**
   * @param waiting analyses waiting for a thread now
   * @param running analyses running now
   * @param capacity how many may wait
   */
  Metrics(IntSupplier waiting, IntSupplier running, int capacity) {
    this.waiting = waiting;
    this.running = running;
    this.capacity = capacity;
  }

  /** One request finished. */
  void request(String route, int status, long nanos) {
    requests.computeIfAbsent(route + '\u0000' + status, key -> new LongAdder()).increment();
    double seconds = nanos / 1e9;
    int bucket = 0;
    while (bucket < BUCKETS.length && seconds > BUCKETS[bucket]) {
      bucket++;
    }
    bucketCounts.incrementAndGet(bucket);
    latencyNanos.add(nanos);
  }

  /** One article analysed, of this many tokens. */
  void analysed(long tokenCount) {
    articles.increment();
    tokens.add(tokenCount);
  }

  void analysisFailed() {
    analysisFailures.increment();
  }

  /** A request or line refused because the work queue was full. */
  void refusedBusy() {
    refusedBusy.increment();
  }

  /** All counters in the Prometheus text format. */
  String render() {
    StringBuilder out = new StringBuilder(4096);
    header(out, "reportage_http_requests_total", "counter", "HTTP requests answered, by route and status.");
    Map<String, Long> sorted = new TreeMap<>();
    requests.forEach((key, count) -> sorted.put(key, count.sum()));
    sorted.forEach((key, count) -> {
      int split = key.indexOf('\u0000');
      out.append("reportage_http_requests_total{route=\"").append(key, 0, split)
          .append("\",status=\"").append(key, split + 1, key.length()).append("\"} ").append(count).append('\n');
    });

    header(out, "reportage_http_request_duration_seconds", "histogram",
        "Time from a request's first byte to its last answer byte.");
    long cumulative = 0;
    for (int i = 0; i < BUCKETS.length; i++) {
      cumulative += bucketCounts.get(i);
      out.append("reportage_http_request_duration_seconds_bucket{le=\"").append(number(BUCKETS[i])).append("\"} ")
          .append(cumulative).append('\n');
    }
    cumulative += bucketCounts.get(BUCKETS.length);
    out.append("reportage_http_request_duration_seconds_bucket{le=\"+Inf\"} ").append(cumulative).append('\n');
    out.append("reportage_http_request_duration_seconds_sum ").append(number(latencyNanos.sum() / 1e9)).append('\n');
    out.append("reportage_http_request_duration_seconds_count ").append(cumulative).append('\n');

    counter(out, "reportage_articles_analyzed_total", "Articles analysed (a JSON line counts as one).", articles.sum());
    counter(out, "reportage_tokens_analyzed_total", "Tokens in the articles analysed, as Reportage's tokenizer counts them.",
        tokens.sum());
    counter(out, "reportage_analysis_failures_total", "Analyses that failed inside the pipeline (answered 500).",
        analysisFailures.sum());
    counter(out, "reportage_refused_busy_total", "Requests or lines refused with 503 because the work queue was full.",
        refusedBusy.sum());
    gauge(out, "reportage_work_queue_waiting", "Analyses waiting for a thread.", waiting.getAsInt());
    gauge(out, "reportage_work_queue_capacity", "How many analyses may wait before requests are refused.", capacity);
    gauge(out, "reportage_analyses_running", "Analyses running now.", running.getAsInt());
    return out.toString();
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    header(out, name, "counter", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void gauge(StringBuilder out, String name, String help, long value) {
    header(out, name, "gauge", help);
    out.append(name).append(' ').append(value).append('\n');
  }

  private static void header(StringBuilder out, String name, String type, String help) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
  }

  private static String number(double value) {
    String text = String.format(Locale.ROOT, "%.6f", value);
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text + "0" : text;
  }
}
