package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per frame rule, on sentences built by hand and read by the word lists alone: no tagger
 * and no cue model, so that retraining a model cannot change what these rules find.
 */
class FrameRulesTest {
  /** The frame whose cue is {@code cue}, as "rule | speaker | content". */
  private static String frameOf(String sentence, String cue) {
    HandSentences hand = HandSentences.of(sentence);
    List<Frame> frames = hand.frames();
    for (Frame frame : frames) {
      if (hand.doc.token(frame.cue.start()).equals(cue)) {
        String speaker = frame.speaker == null ? "-" : hand.text(frame.speaker.local.start(), frame.speaker.local.end());
        return frame.rule.jsonName() + " | " + speaker + " | " + hand.text(frame.contentStart, frame.contentEnd);
      }
    }
    throw new AssertionError("No frame with the cue \"" + cue + "\" in \"" + sentence + "\": " + frames);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      speaker-cue-that           # [PER Ann Lee] said/VERB that the plan failed/VERB .              # said      # speaker-cue-that | Ann Lee | the plan failed
      speaker-cue-clause         # [PER Ann Lee] said/VERB the plan failed/VERB .                   # said      # speaker-cue-clause | Ann Lee | the plan failed
      according-to (leading)     # According to [PER Ann Lee] , the plan failed/VERB .              # According # according-to | Ann Lee | the plan failed
      according-to (trailing)    # The plan failed/VERB , according to [PER Ann Lee] .              # according # according-to | Ann Lee | The plan failed
      as-clause                  # As/SCONJ [PER Ann Lee] said/VERB , the plan failed/VERB .        # said      # as-clause | Ann Lee | the plan failed
      coordinated                # [PER Ann Lee] said/VERB the plan failed/VERB and warned/VERB that the vote counted/VERB . # warned # coordinated | Ann Lee | the vote counted
      passive-by                 # The plan was/AUX criticized/VERB by [PER Ann Lee] .              # criticized # passive-by | Ann Lee | The plan
      object-experiencer         # The plan angered/VERB the farmers .                              # angered   # object-experiencer | the farmers | The plan
      """)
  void eachRuleFindsItsSpeakerAndContent(String rule, String sentence, String cue, String expected) {
    assertEquals(expected, frameOf(sentence.strip(), cue.strip()), rule);
  }

  @Test
  void aFrameCarriesItsRuleWithItsBaseConfidence() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] said/VERB that the plan failed/VERB .");
    List<Frame> frames = hand.frames();
    assertEquals(1, frames.size(), "one cue, one frame: " + frames);
    Frame frame = frames.get(0);
    assertEquals(AttributionRule.SPEAKER_CUE_THAT, frame.rule);
    assertNotNull(frame.speaker);
    assertEquals(0.85, AttributionConfidence.of(frame.rule, frame.speaker), 1e-9, "a named speaker keeps the whole base");
  }

  @Test
  void aVerbOutsideTheListsMakesNoFrameWithoutTheCueModel() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] painted/VERB the fence .");
    assertTrue(hand.frames().isEmpty(), "\"painted\" is no listed cue");
  }
}
