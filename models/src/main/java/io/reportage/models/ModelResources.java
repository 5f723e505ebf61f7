package io.reportage.models;

import java.io.InputStream;

/** The binary model files Reportage loads, as classpath resources. */
public final class ModelResources {
  /** OpenNLP's UD English EWT part-of-speech model, from org.apache.opennlp:opennlp-models-pos-en. */
  public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /**
   * The weights of {@link #POS_MODEL} in Reportage's compact form, which loads several times faster
   * (converted by ConvertPosModel in reportage-benchmarks; see models/README.md).
   */
  public static final String POS_WEIGHTS = "io/reportage/models/pos/opennlp-en-ud-ewt-pos-1.3-2.5.4.weights.gz";
  /**
   * The English name finder trained by this project on CoNLL-2003 train (see models/README.md for
   * how it was built and under which terms).
   */
  public static final String NAME_FINDER_MODEL = "io/reportage/models/ner/reportage-ner-en.bin";
  /** The gazetteers the name finder's features read, frozen with {@link #NAME_FINDER_MODEL}. */
  public static final String NAME_FINDER_PLACES = "io/reportage/models/ner/places.txt";
  public static final String NAME_FINDER_NATIONALITIES = "io/reportage/models/ner/nationalities.txt";
  public static final String NAME_FINDER_ORGANIZATION_WORDS = "io/reportage/models/ner/organization-words.txt";
  public static final String NAME_FINDER_GIVEN_NAMES = "io/reportage/models/ner/first-names.txt";
  public static final String NAME_FINDER_SPEECH_VERBS = "io/reportage/models/ner/speech-verbs.txt";
  /** Word clusters the name finder reads, frozen with {@link #NAME_FINDER_MODEL}. */
  public static final String NAME_FINDER_WORD_CLUSTERS = "io/reportage/models/ner/word-clusters.bin";

  /**
   * The cue model: which words introduce an attribution, a maxent model trained by this project on
   * PolNeAR train (see models/README.md).
   */
  public static final String CUE_MODEL = "io/reportage/models/quote/reportage-cue-en.bin";
  /**
   * The confidence model: how likely an attribution is right, a maxent model trained by this
   * project on PolNeAR train (see models/README.md).
   */
  public static final String CONFIDENCE_MODEL = "io/reportage/models/quote/reportage-confidence-en.bin";

  /**
   * The trigger model: how likely a reading of an event word names an event of its type, a maxent
   * model trained by this project on M2E2 dev (see models/README.md).
   */
  public static final String TRIGGER_MODEL = "io/reportage/models/event/reportage-trigger-en.bin";

  private ModelResources() {
  }

  /** Whether a model resource is on the class path. */
  public static boolean exists(String resource) {
    return ModelResources.class.getClassLoader().getResource(resource) != null;
  }

  /** Opens a model resource; the caller closes the stream. */
  public static InputStream open(String resource) {
    InputStream in = ModelResources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The model " + resource
          + " is missing from the class path: is reportage-models on it?");
    }
    return in;
  }
}
