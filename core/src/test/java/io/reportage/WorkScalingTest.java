package io.reportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.testing.CountedStages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards against work that grows faster than the text, stage by stage, by counting work, not time:
 * the pipeline's classes are loaded a second time with a counter at every method call and every
 * turn of a loop, and at the list and string calls whose cost grows with their argument
 * ({@link io.reportage.testing.CountingClassLoader}). On an article four times as long, a linear
 * stage does about four times the work, a quadratic one about sixteen; the check fails above
 * {@value #MAX_RATIO}. The counts do not depend on the machine or its load, so the verdict cannot
 * flip on a busy machine (caches kept across documents, as the tagger's, make a count depend a
 * little on the texts read before; both texts are read after the same warm-up). Work inside the
 * JDK and OpenNLP counts only through the calls listed in the loader. Speed itself is measured by
 * {@code ScalingBenchmark} (JMH).
 */
class WorkScalingTest {
  private static final int SMALL = 100_000;
  private static final int FACTOR = 4;
  /** Linear is 4; quadratic 16: between the two, far from both. */
  private static final double MAX_RATIO = 8.0;
  /** A stage that does less than this on the long text is left out: too little work to judge its growth. */
  private static final long MIN_UNITS = 20_000;

  private static CountedStages stages;

  @BeforeAll
  static void load() {
    stages = CountedStages.defaultPipeline();
    stages.work("Warm-up\n\nThe talks ended, officials said on Friday."); // class initialisation is not the stages' work
  }

  @Test
  void everyStageDoesWorkInProportionToTheText() {
    assertLinear(stages, GeneratedArticles.ofLength(SMALL, 3), GeneratedArticles.ofLength(SMALL * FACTOR, 4));
  }

  /** Text that breaks the rules of prose: unbalanced and mixed marks, cues and names without sentence ends. */
  @Test
  void everyStageDoesWorkInProportionToHostileText() {
    assertLinear(stages, hostile(SMALL, 5), hostile(SMALL * FACTOR, 6));
  }

  /** The check itself: a stage that compares every word with every other, or empties a list from the front, fails it. */
  @Test
  void aQuadraticStageFailsTheCheckAndALinearOnePasses() {
    String small = GeneratedArticles.ofLength(SMALL / 4, 3);
    String large = GeneratedArticles.ofLength(SMALL / 4 * FACTOR, 4);
    assertEquals(List.of(), superlinear(stages.with("io.reportage.testing.samples.LinearSampleStage"), small, large, new StringBuilder()));
    assertEquals(List.of("QuadraticSampleStage"),
        superlinear(stages.with("io.reportage.testing.samples.QuadraticSampleStage"), small, large, new StringBuilder()));
    assertEquals(List.of("ListRemovalSampleStage"),
        superlinear(stages.with("io.reportage.testing.samples.ListRemovalSampleStage"), small, large, new StringBuilder()));
  }

  static String hostile(int length, long seed) {
    String[] pieces = {"“", "”", "\"", "‘", "’", "'", "«", "said", "told", "according to", "Putin", "Anna Petrova",
        "the spokesman", "he", "she", "they", "meeting", "called", ",", "—", "\n\n", "\n", "Mr.", "U.S.", "urged",
        "on Friday", "the latter", "\u0000", "\uD800", "talks"};
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(length + 100);
    while (text.length() < length) {
      text.append(pieces[random.nextInt(pieces.length)]).append(' ');
    }
    return text.toString();
  }

  private static void assertLinear(CountedStages counted, String small, String large) {
    StringBuilder report = new StringBuilder();
    List<String> superlinear = superlinear(counted, small, large, report);
    assertTrue(superlinear.isEmpty(), "On " + FACTOR + "x the text these stages did more than " + MAX_RATIO
        + "x the work, which points to quadratic work: " + superlinear + report);
  }

  /** The stages whose work grows more than {@link #MAX_RATIO} times; {@code report} gets every stage's figures. */
  private static List<String> superlinear(CountedStages counted, String small, String large, StringBuilder report) {
    Map<String, Long> smallWork = counted.work(small);
    Map<String, Long> largeWork = counted.work(large);
    List<String> superlinear = new ArrayList<>();
    for (Map.Entry<String, Long> entry : largeWork.entrySet()) {
      long before = Math.max(smallWork.get(entry.getKey()), 1);
      double ratio = (double) entry.getValue() / before;
      report.append(String.format("%n  %-32s %,14d -> %,14d units  x%.1f", entry.getKey(), before, entry.getValue(), ratio));
      if (entry.getValue() >= MIN_UNITS && ratio > MAX_RATIO) {
        superlinear.add(entry.getKey());
      }
    }
    return superlinear;
  }
}
