package io.reportage.quote;

/**
 * A yes-or-no model over string features: the probability of "yes" for a candidate. Attribution
 * asks two: whether a word is a cue ({@link CueCandidates} gives its features) and whether an
 * attribution is right ({@link ConfidenceFeatures}). Implementations are immutable and thread-safe;
 * the default profile's are maxent models trained on PolNeAR train ({@code TrainCueModel},
 * {@code TrainConfidenceModel}).
 */
@FunctionalInterface
public interface FeatureScorer {
  /** The probability, between 0 and 1, of "yes" for a candidate with these features. */
  double probability(String[] features);
}
