package io.reportage.quote;

import java.util.Map;

/**
 * How much each decision is worth: a base per rule, scaled by how the speaker is named. The bases
 * order the rules by how often they were right on PolNeAR dev (see the harness's per-rule table);
 * a named speaker is surer than a description, which is surer than a pronoun.
 */
final class AttributionConfidence {
  private static final double DEFAULT = 0.6;
  private static final Map<String, Double> RULES = Map.ofEntries(
      Map.entry("content-speaker-cue", 0.92),
      Map.entry("speaker-cue-quote", 0.9),
      Map.entry("speaker-cue-colon", 0.85),
      Map.entry("colon-intro", 0.8),
      Map.entry("speaker-cue-that", 0.85),
      Map.entry("according-to", 0.85),
      Map.entry("according-to-parenthetical", 0.7),
      Map.entry("survey-lead", 0.8),
      Map.entry("speaker-cue-clause", 0.75),
      Map.entry("parenthetical", 0.75),
      Map.entry("coordinated", 0.75),
      Map.entry("participle", 0.7),
      Map.entry("speaker-cue-question", 0.6),
      Map.entry("speaker-cue-to", 0.55),
      Map.entry("speaker-evaluates", 0.6),
      Map.entry("transcript", 0.85),
      Map.entry("dash-speaker", 0.8),
      Map.entry("same-paragraph", 0.7),
      Map.entry("paragraph-speaker", 0.6),
      Map.entry("previous-paragraph", 0.55),
      Map.entry("headline-dash", 0.8),
      Map.entry("headline-colon", 0.7));

  private AttributionConfidence() {
  }

  static double of(String rule, Speaker speaker) {
    double base = RULES.getOrDefault(rule, DEFAULT);
    return Math.round(base * factor(speaker) * 1000) / 1000.0;
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
