package io.reportage.adapter.corenlp;

/**
 * Whether Stanford CoreNLP's code and its English models can be loaded. Names no CoreNLP type, so
 * that it can run, and explain what is missing, when CoreNLP is not on the class path.
 */
public final class CoreNlpAvailability {
  /** The Maven coordinates of CoreNLP's code. */
  public static final String CODE_ARTIFACT = "edu.stanford.nlp:stanford-corenlp:4.5.10";
  /** The Maven coordinates of CoreNLP's models, a jar of about 470 MB. */
  public static final String MODELS_ARTIFACT = "edu.stanford.nlp:stanford-corenlp:4.5.10:models";
  /** The file name of the models jar, for class paths built by hand. */
  public static final String MODELS_JAR = "stanford-corenlp-4.5.10-models.jar";
  /** The class that decodes the CRF. */
  static final String CLASSIFIER_CLASS = "edu.stanford.nlp.ie.crf.CRFClassifier";
  /** The CoNLL-2003 model: PERSON, ORGANIZATION, LOCATION and MISC, with distributional similarity features. */
  public static final String CONLL_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private CoreNlpAvailability() {
  }

  /**
   * Checks that the CRF classifier and its CoNLL model can be loaded through {@code loader}.
   *
   * @throws IllegalStateException naming the Maven dependencies to add when either is missing
   */
  public static void requireCrf(ClassLoader loader) {
    boolean code = true;
    try {
      Class.forName(CLASSIFIER_CLASS, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      code = false;
    }
    boolean models = loader.getResource(CONLL_MODEL) != null;
    if (code && models) {
      return;
    }
    String missing = !code && !models ? "Stanford CoreNLP and its models are" : !code ? "Stanford CoreNLP is"
        : "The Stanford CoreNLP models jar is";
    throw new IllegalStateException("Profile.ACCURATE needs Stanford CoreNLP's CRF name finder (" + CONLL_MODEL
        + "), but " + missing + " not on the class path. Add both dependencies: " + CODE_ARTIFACT + " and "
        + MODELS_ARTIFACT + " (in Maven, the same artifact with <classifier>models</classifier>: " + MODELS_JAR
        + ", about 470 MB), or use Profile.FAST. CoreNLP and its models are licensed under the GPL v3 or later.");
  }
}
