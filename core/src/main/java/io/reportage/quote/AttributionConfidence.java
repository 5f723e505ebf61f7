package io.reportage.quote;

/**
 * How much each decision is worth: the base of its rule ({@link AttributionRule#baseConfidence()}),
 * scaled by how the speaker is named. A named speaker is surer than a description, which is surer
 * than a pronoun.
 */
final class AttributionConfidence {
  /** The base of a rule never tuned on data of its own. */
  static final double UNTUNED = 0.6;

  private AttributionConfidence() {
  }

  static double of(AttributionRule rule, Speaker speaker) {
    return Math.round(rule.baseConfidence() * factor(speaker) * 1000) / 1000.0;
  }

  private static double factor(Speaker speaker) {
    if (speaker == null) {
      return 0.5;
    }
    return switch (speaker.kind) {
      case NAME -> 1.0;
      case DESCRIPTION, DOCUMENT -> 0.95;
      case PRONOUN -> speaker.entity != null ? 0.9 : 0.7;
      case OTHER -> 0.75;
    };
  }
}
