package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;

/** Writes an attribution decision into a quote draft, the one place where drafts get their speaker. */
final class Attributions {
  private Attributions() {
  }

  /**
   * Gives {@code quote} the speaker, the cue of {@code frame} (when there is one), the speaker of
   * {@code via} as the entity it is reported through, the rule and its confidence.
   */
  static void set(Document doc, QuoteDraft quote, Speaker speaker, Frame frame, Frame via, AttributionRule rule) {
    quote.speaker = speaker.entity == null ? null : speaker.entity.canonical();
    quote.speakerMention = doc.span(speaker.local.start(), speaker.local.end());
    quote.speakerMentionDraft = speaker.mention;
    quote.cue = frame == null ? null : doc.span(frame.cue.start(), frame.cueEnd);
    quote.via = via == null || via.speaker == null || via.speaker.entity == null ? null : via.speaker.entity.canonical();
    quote.rule = rule.jsonName();
    quote.confidence = AttributionConfidence.of(rule, speaker);
    quote.cueProbability = frame == null ? 1 : frame.cue.probability();
  }

  /** Gives {@code quote} what {@code from} was given, under another rule, with confidence scaled by {@code factor}. */
  static void copy(QuoteDraft from, QuoteDraft quote, AttributionRule rule, double factor, boolean keepCue) {
    quote.speaker = from.speaker;
    quote.speakerMention = from.speakerMention;
    quote.speakerMentionDraft = from.speakerMentionDraft;
    quote.cue = keepCue ? from.cue : null;
    quote.via = from.via;
    quote.rule = rule.jsonName();
    quote.cueProbability = from.cueProbability;
    quote.confidence = Math.round(Math.min(from.confidence, AttributionConfidence.of(rule, null) * 2) * factor * 1000) / 1000.0;
  }
}
