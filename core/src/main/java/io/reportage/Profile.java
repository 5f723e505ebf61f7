package io.reportage;

/** Which models an {@link Extractor} runs. */
public enum Profile {
  /**
   * The default: Apache OpenNLP part-of-speech tagging and Reportage's own name finder, rules and
   * lexicons. Needs nothing beyond reportage-core's dependencies; builds in well under a second.
   */
  FAST,
  /**
   * Named entities from Stanford CoreNLP's CRF classifier. Needs
   * edu.stanford.nlp:stanford-corenlp and its "models" jar on the class path (GPL v3+).
   */
  ACCURATE
}
