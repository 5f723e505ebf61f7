package io.reportage.quote;

/**
 * Scores a cue candidate: the probability that a word is the cue of an attribution, from the
 * features {@link CueCandidates} gives it. Implementations are immutable and thread-safe; the
 * default profile's is a maxent model trained on PolNeAR train ({@code TrainCueModel}).
 */
@FunctionalInterface
public interface CueScorer {
  /** The probability, between 0 and 1, that the candidate with these features is a cue. */
  double probability(String[] features);
}
