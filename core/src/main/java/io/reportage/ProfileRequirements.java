package io.reportage;

import io.reportage.adapter.corenlp.CoreNlpAvailability;
import java.util.List;

/**
 * Checks, when an extractor is built, that the class path holds what a profile needs, so that a
 * missing jar fails at once with the dependency to add rather than at the first article. Only
 * resource names are looked up: no CoreNLP type is touched here.
 */
final class ProfileRequirements {
  /** The CRF classifiers of the CoreNLP models jar; the ACCURATE profile reads one of them. */
  static final List<String> CORENLP_NER_MODELS = List.of(
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  private ProfileRequirements() {
  }

  /**
   * @throws IllegalStateException naming the dependencies to add when the profile's models are missing
   *     (for ACCURATE: {@link CoreNlpAvailability#requireCrf}, the check its recognizer relies on)
   */
  static void check(Profile profile, ClassLoader loader) {
    if (profile == Profile.ACCURATE) {
      CoreNlpAvailability.requireCrf(loader);
    }
  }
}
