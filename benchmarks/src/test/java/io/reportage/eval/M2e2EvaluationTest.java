package io.reportage.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Extractor;
import io.reportage.corpus.M2e2;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Keeps the M2E2 dev scores from falling below what they reach today. */
class M2e2EvaluationTest {
  @Test
  void devScoresDoNotRegress() throws Exception {
    Path dev = Path.of(System.getProperty("reportage.shared", "../shared")).resolve("corpora/m2e2/dev.jsonl");
    Assumptions.assumeTrue(Files.exists(dev), "M2E2 dev is not in ../shared/corpora; skipping its check");
    M2e2Evaluation.Scores scores = M2e2Evaluation.score(M2e2.read(dev), Extractor.create());
    assertTrue(scores.classification.f1() >= 0.51, "trigger classification F1 fell to " + scores.classification);
    assertTrue(scores.arguments.f1() >= 0.25, "argument F1 fell to " + scores.arguments);
  }
}
