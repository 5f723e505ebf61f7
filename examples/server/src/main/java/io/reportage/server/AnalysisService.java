package io.reportage.server;

import io.reportage.json.AnalysisJson;
import io.reportage.Analysis;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a request needs to get an article analysed: the analyzer, the bounded work queue, the
 * limits, the metrics, and Jetty's scheduler and threads for time limits and continuations.
 * The answer is written by the library's own serializer, so it is byte for byte the library's JSON.
 */
final class AnalysisService {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisService.class);

  private final ArticleAnalyzer analyzer;
  private final WorkQueue work;
  private final Metrics metrics;
  private final TokenCounter tokens = new TokenCounter();
  private final ServerOptions options;
  private final Scheduler scheduler;
  private final Executor executor;

  AnalysisService(ArticleAnalyzer analyzer, WorkQueue work, Metrics metrics, ServerOptions options, Scheduler scheduler,
      Executor executor) {
    this.analyzer = analyzer;
    this.work = work;
    this.metrics = metrics;
    this.options = options;
    this.scheduler = scheduler;
    this.executor = executor;
  }

  /**
   * Analyses on the calling thread and writes the "reportage/1" object on one line, with a final
   * newline. A failure inside the pipeline is logged here with its stack trace, which the client
   * never sees, and rethrown.
   */
  byte[] analyzeToJsonLine(ArticleRequest article) {
    Analysis analysis;
    try {
      analysis = analyzer.analyze(article.text(), article.info());
    } catch (RuntimeException e) {
      metrics.analysisFailed();
      LOG.error("The analysis of a {}-character article failed", article.text().length(), e);
      throw e;
    }
    metrics.analysed(tokens.count(article.text()));
    return (AnalysisJson.toJsonLine(analysis, article.doc()) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Queues an analysis task; false when the queue is full. */
  boolean offer(Runnable task) {
    return work.offer(task);
  }

  Metrics metrics() {
    return metrics;
  }

  long maxBytes() {
    return options.maxBytes();
  }

  Duration timeLimit() {
    return options.timeLimit();
  }

  /** "60 s", for messages. */
  String timeLimitText() {
    return options.timeLimit().toSeconds() + " s";
  }

  Scheduler scheduler() {
    return scheduler;
  }

  Executor executor() {
    return executor;
  }
}
