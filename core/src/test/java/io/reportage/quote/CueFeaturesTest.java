package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cue model reads the same features at run time as the trainer wrote: whatever the cue finder
 * asks the model about is a candidate of {@link CueFeatures}, with the very same features.
 */
class CueFeaturesTest {
  private static final String[] SENTENCES = {
      "[PER Ann Lee] said/VERB that the plan failed/VERB .",
      "[PER Tom Hale] , a farmer , attacked/VERB the plan and refused/VERB to vote/VERB .",
      "The council voted/VERB , [PER Ann Lee] told/VERB reporters .",
  };

  @Test
  void theRunTimeAsksAboutCandidatesWithTheTrainersFeatures() {
    HandSentences hand = HandSentences.of(SENTENCES);
    List<String> asked = new ArrayList<>();
    FeatureScorer recording = features -> {
      asked.add(String.join(" ", features));
      return 0.5;
    };
    FrameFinder finder = new FrameFinder(hand.context, recording, AttributionFrameStage.DEFAULT_THRESHOLD);
    for (int s = 0; s < hand.doc.sentenceCount(); s++) {
      finder.find(s);
    }
    Asides asides = new Asides(hand.context);
    SubjectFinder subjects = new SubjectFinder(hand.context, asides);
    CueFeatures features = new CueFeatures(hand.context, subjects, new CueExtent(hand.context, asides),
        new ClauseBounds(hand.context));
    Set<String> trained = new HashSet<>();
    for (int s = 0; s < hand.doc.sentenceCount(); s++) {
      int start = hand.doc.sentenceStart(s);
      int end = hand.doc.sentenceEnd(s);
      for (int t = start; t < end; t++) {
        if (features.isCandidate(t)) {
          trained.add(String.join(" ", features.features(t, start, end)));
        }
      }
    }
    assertFalse(asked.isEmpty(), "the model was asked about the verbs");
    for (String vector : asked) {
      assertTrue(trained.contains(vector), "asked at run time, unknown to the trainer: " + vector);
    }
  }

  @Test
  void theCandidatesOfADocumentAreItsVerbsAndListedForms() {
    HandSentences hand = HandSentences.of(SENTENCES[0]);
    Asides asides = new Asides(hand.context);
    SubjectFinder subjects = new SubjectFinder(hand.context, asides);
    CueFeatures features = new CueFeatures(hand.context, subjects, new CueExtent(hand.context, asides),
        new ClauseBounds(hand.context));
    List<String> candidates = new ArrayList<>();
    for (int t = 0; t < hand.doc.tokenCount(); t++) {
      if (features.isCandidate(t)) {
        candidates.add(hand.doc.token(t));
      }
    }
    assertEquals(List.of("said", "failed"), candidates);
    String[] said = features.features(hand.token("said"), 0, hand.doc.sentenceEnd(0));
    assertTrue(Arrays.asList(said).contains("intro=that"), "\"said\" introduces a that-clause: " + Arrays.toString(said));
  }
}
