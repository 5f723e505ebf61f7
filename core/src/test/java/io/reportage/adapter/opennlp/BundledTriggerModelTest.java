package io.reportage.adapter.opennlp;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bundled trigger model is off in the default pipeline (its thresholds decide nothing), so
 * nothing else reads it: this keeps the committed file loadable for those who set thresholds.
 */
class BundledTriggerModelTest {
  @Test
  void theBundledModelLoadsAndTellsFeaturesApart() {
    OpenNlpFeatureScorer scorer = OpenNlpModels.triggerScorer();
    double unknown = scorer.probability(new String[] {"no-such-feature"});
    assertTrue(unknown > 0 && unknown < 1, "a probability, got " + unknown);
    double attack = scorer.probability(new String[] {"type=ATTACK", "src=lexicon|ATTACK", "pos|type=VERB|ATTACK", "wordnet=1"});
    assertNotEquals(unknown, attack, "known features move the probability");
  }
}
