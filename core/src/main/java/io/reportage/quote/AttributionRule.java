package io.reportage.quote;

/**
 * The rules that decide an attribution: each carries the name written in a quote's {@code rule}
 * field and its base confidence ({@link AttributionConfidence} scales the base by how the speaker
 * is named). The bases order the rules by how often they were right on PolNeAR dev (see the
 * evaluation harness's per-rule table); rules marked {@link AttributionConfidence#UNTUNED} have
 * never been given a base of their own.
 */
enum AttributionRule {
  // A cue and its speaker in the quote's own sentence.
  CONTENT_SPEAKER_CUE("content-speaker-cue", 0.92),
  SPEAKER_CUE_QUOTE("speaker-cue-quote", 0.9),
  SPEAKER_CUE_COLON("speaker-cue-colon", 0.85),
  SPEAKER_CUE_THAT("speaker-cue-that", 0.85),
  SPEAKER_CUE_CLAUSE("speaker-cue-clause", 0.75),
  SPEAKER_CUE_QUESTION("speaker-cue-question", 0.6),
  SPEAKER_CUE_TO("speaker-cue-to", 0.55),
  SPEAKER_CUE_PREPOSITION("speaker-cue-preposition", AttributionConfidence.UNTUNED),
  SPEAKER_CUE_OBJECT("speaker-cue-object", AttributionConfidence.UNTUNED),
  SPEAKER_EVALUATES("speaker-evaluates", 0.6),
  PARENTHETICAL("parenthetical", 0.75),
  AS_CLAUSE("as-clause", AttributionConfidence.UNTUNED),
  ACCORDING_TO("according-to", 0.85),
  ACCORDING_TO_PARENTHETICAL("according-to-parenthetical", 0.7),
  SURVEY_LEAD("survey-lead", 0.8),
  PASSIVE_BY("passive-by", AttributionConfidence.UNTUNED),
  PASSIVE_EXPERIENCER("passive-experiencer", AttributionConfidence.UNTUNED),
  OBJECT_EXPERIENCER("object-experiencer", AttributionConfidence.UNTUNED),
  NOUN_BY_THAT("noun-by-that", AttributionConfidence.UNTUNED),
  POSSESSOR_NOUN_THAT("possessor-noun-that", AttributionConfidence.UNTUNED),
  SUBJECT_VERB_NOUN_THAT("subject-verb-noun-that", AttributionConfidence.UNTUNED),
  // A speaker borrowed from another clause of the sentence.
  COORDINATED("coordinated", 0.75),
  PARTICIPLE("participle", 0.7),
  CONTROLLED("controlled", AttributionConfidence.UNTUNED),
  // The layout around a quote.
  COLON_INTRO("colon-intro", 0.8),
  NAME_COLON("name-colon", AttributionConfidence.UNTUNED),
  DASH_SPEAKER("dash-speaker", 0.8),
  TRANSCRIPT("transcript", 0.85),
  // The conversation in progress.
  CONTINUED_QUOTE("continued-quote", AttributionConfidence.UNTUNED),
  SAME_PARAGRAPH("same-paragraph", 0.7),
  PARAGRAPH_SPEAKER("paragraph-speaker", 0.6),
  PREVIOUS_PARAGRAPH("previous-paragraph", 0.55),
  ALTERNATION("alternation", AttributionConfidence.UNTUNED),
  // Headlines.
  HEADLINE_DASH("headline-dash", 0.8),
  HEADLINE_COLON("headline-colon", 0.7),
  HEADLINE_VERB("headline-verb", AttributionConfidence.UNTUNED);

  private final String jsonName;
  private final double baseConfidence;

  AttributionRule(String jsonName, double baseConfidence) {
    this.jsonName = jsonName;
    this.baseConfidence = baseConfidence;
  }

  /** The name written in the JSON {@code rule} field ("speaker-cue-that"). */
  String jsonName() {
    return jsonName;
  }

  /** The confidence of an attribution by this rule to a named speaker. */
  double baseConfidence() {
    return baseConfidence;
  }

  @Override
  public String toString() {
    return jsonName;
  }
}
