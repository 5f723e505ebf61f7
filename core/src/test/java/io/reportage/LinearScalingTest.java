package io.reportage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;
import io.reportage.pipeline.Stage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guards against work that grows faster than the text, stage by stage: each stage's CPU time on an
 * article four times as long must grow far less than the sixteen-fold a quadratic stage shows.
 *
 * <p>Not a speed test (speed is measured in JMH): the bound is a generous ratio between two runs
 * of the same code in the same JVM, measured in this thread's CPU time so that other processes,
 * garbage-collector and compiler threads do not count, and the best of several runs is taken. A
 * stage whose time on the long article stays under {@value #NOISE_FLOOR_MS} ms is too quick to
 * judge and is left out.
 */
class LinearScalingTest {
  private static final int SMALL = 150_000;
  private static final int FACTOR = 4;
  /** Linear is 4; quadratic 16. Far from both, so that noise cannot flip the verdict. */
  private static final double MAX_RATIO = 9.0;
  private static final long NOISE_FLOOR_MS = 30;
  private static final int RUNS = 3;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Test
  void everyStageGrowsLinearlyWithTheText() {
    assertLinear(GeneratedArticles.ofLength(SMALL, 3), GeneratedArticles.ofLength(SMALL * FACTOR, 4));
  }

  /** Text that breaks the rules of prose: unbalanced and mixed marks, cues and names without sentence ends. */
  @Test
  void everyStageGrowsLinearlyOnHostileText() {
    assertLinear(hostile(SMALL, 5), hostile(SMALL * FACTOR, 6));
  }

  static String hostile(int length, long seed) {
    String[] pieces = {"“", "”", "\"", "‘", "’", "'", "«", "said", "told", "according to", "Putin", "Anna Petrova",
        "the spokesman", "he", "she", "they", "meeting", "called", ",", "—", "\n\n", "\n", "Mr.", "U.S.", "urged",
        "on Friday", "the latter", "\u0000", "\uD800", "talks"};
    java.util.Random random = new java.util.Random(seed);
    StringBuilder text = new StringBuilder(length + 100);
    while (text.length() < length) {
      text.append(pieces[random.nextInt(pieces.length)]).append(' ');
    }
    return text.toString();
  }

  private void assertLinear(String small, String large) {
    Pipeline pipeline = PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null);
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      stageTimes(pipeline, small);
    }
    Map<String, Long> smallTimes = best(pipeline, small);
    Map<String, Long> largeTimes = best(pipeline, large);
    List<String> superlinear = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, Long> entry : largeTimes.entrySet()) {
      double largeMs = entry.getValue() / 1e6;
      double smallMs = Math.max(smallTimes.get(entry.getKey()), 1) / 1e6;
      double ratio = largeMs / smallMs;
      report.append(String.format("%n  %-32s %8.1f ms -> %8.1f ms  x%.1f", entry.getKey(), smallMs, largeMs, ratio));
      if (largeMs >= NOISE_FLOOR_MS && ratio > MAX_RATIO) {
        superlinear.add(entry.getKey());
      }
    }
    assertTrue(superlinear.isEmpty(), "On " + FACTOR + "x the text these stages took more than " + MAX_RATIO
        + "x the time, which points to quadratic work: " + superlinear + report);
  }

  private Map<String, Long> best(Pipeline pipeline, String text) {
    Map<String, Long> best = new LinkedHashMap<>();
    for (int run = 0; run < RUNS; run++) {
      stageTimes(pipeline, text).forEach((stage, nanos) -> best.merge(stage, nanos, Math::min));
    }
    return best;
  }

  /** Each stage's CPU time in this thread, in nanoseconds, in pipeline order. */
  private Map<String, Long> stageTimes(Pipeline pipeline, String text) {
    Map<String, Long> times = new LinkedHashMap<>();
    Document doc = new Document(text, ArticleInfo.none());
    for (Stage stage : pipeline.stages()) {
      long started = threads.getCurrentThreadCpuTime();
      stage.apply(doc);
      times.merge(stage.name(), threads.getCurrentThreadCpuTime() - started, Long::sum);
    }
    return times;
  }
}
