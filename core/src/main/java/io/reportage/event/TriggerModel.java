package io.reportage.event;

import io.reportage.quote.FeatureScorer;

/**
 * The learned check on trigger readings: a model giving the probability that a reading names an
 * event of its type, from {@link TriggerFeatures}, and two thresholds. A reading of the trigger
 * lexicon is kept when its probability reaches {@code keep}; a word proposed by its WordNet class
 * alone is admitted when its probability reaches {@code admit}.
 *
 * @param scorer the model; null for none, which keeps every lexicon reading and admits no WordNet candidate
 * @param keep the probability a lexicon reading needs
 * @param admit the probability a WordNet candidate needs
 */
public record TriggerModel(FeatureScorer scorer, double keep, double admit) {
  /**
   * The thresholds of the bundled model, chosen by cross-validation over five folds of M2E2 dev
   * (models/TRAINING-LOG.md): the best setting gained 0.012 trigger F1 over the lexicon's rules, and
   * dropping lexicon readings also dropped events the product reports with their status ("did not
   * attack"), so by default the model weighs nothing and WordNet proposes nothing.
   */
  public static final double DEFAULT_KEEP = 0.0;
  public static final double DEFAULT_ADMIT = 1.0;

  public TriggerModel {
    if (keep < 0 || keep > 1 || admit < 0 || admit > 1) {
      throw new IllegalArgumentException("Thresholds lie between 0 and 1, got keep " + keep + ", admit " + admit);
    }
  }

  /** Whether WordNet candidates are proposed at all: only when some probability can admit them. */
  public boolean admitsCandidates() {
    return admit < 1;
  }

  /** Whether lexicon readings are weighed: only with a model and a threshold above 0. */
  boolean weighsReadings() {
    return scorer != null && keep > 0;
  }

  /** No model: the lexicon's readings stand and WordNet proposes nothing. */
  public static TriggerModel none() {
    return new TriggerModel(null, 0, 1);
  }
}
