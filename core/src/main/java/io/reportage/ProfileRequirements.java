package io.reportage;

import java.util.List;

/**
 * Checks, when an extractor is built, that the class path holds what a profile needs, so that a
 * missing jar fails at once with the dependency to add rather than at the first article. Only
 * resource names are looked up: no CoreNLP type is touched here.
 */
final class ProfileRequirements {
  static final String CORENLP_COORDINATES = "edu.stanford.nlp:stanford-corenlp:4.5.10";
  static final String CORENLP_CLASS = "edu/stanford/nlp/pipeline/StanfordCoreNLP.class";
  /** The CRF classifiers of the CoreNLP models jar; the ACCURATE profile reads one of them. */
  static final List<String> CORENLP_NER_MODELS = List.of(
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
      "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");

  private ProfileRequirements() {
  }

  /** @throws IllegalStateException naming the dependency to add when the profile's models are missing */
  static void check(Profile profile, ClassLoader loader) {
    if (profile != Profile.ACCURATE) {
      return;
    }
    if (loader.getResource(CORENLP_CLASS) == null) {
      throw new IllegalStateException("The ACCURATE profile needs Stanford CoreNLP on the class path: add the Maven "
          + "dependencies " + CORENLP_COORDINATES + " and " + CORENLP_COORDINATES + ":models (classifier \"models\", "
          + "GPL v3+), or use Profile.FAST");
    }
    if (CORENLP_NER_MODELS.stream().allMatch(model -> loader.getResource(model) == null)) {
      throw new IllegalStateException("The ACCURATE profile needs the CoreNLP models jar on the class path, which "
          + "holds its NER classifier (" + CORENLP_NER_MODELS.get(0) + "): beside " + CORENLP_COORDINATES
          + " add the Maven dependency " + CORENLP_COORDINATES + ":models, that is "
          + CORENLP_COORDINATES + " with <classifier>models</classifier> (stanford-corenlp-4.5.10-models.jar, "
          + "about 470 MB, GPL v3+), or put that jar on the class path: java -cp reportage.jar:"
          + "stanford-corenlp-4.5.10-models.jar io.reportage.cli.ReportageCli --profile accurate FILE");
    }
  }
}
