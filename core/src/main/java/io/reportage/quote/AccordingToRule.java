package io.reportage.quote;

import io.reportage.pipeline.Document;

/**
 * The {@code according-to}, {@code according-to-parenthetical} and {@code survey-lead} rules:
 * "According to X, ...", "..., according to X", "In a new poll, 58 percent said yes". The source
 * follows the cue; the content is the clause before or after it.
 */
final class AccordingToRule {
  private final AttributionContext ctx;
  private final ClauseBounds bounds;
  private final CueExtent extent;
  private final Document doc;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  AccordingToRule(AttributionContext ctx, ClauseBounds bounds, CueExtent extent) {
    this.ctx = ctx;
    this.bounds = bounds;
    this.extent = extent;
    this.doc = ctx.doc();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
  }

  /** The frame of the "according to" cue {@code cue} in {@code sentence}, or null. */
  Frame frame(Cue cue, SentenceContext sentence) {
    int s = sentence.index();
    int start = sentence.start();
    int end = sentence.end();
    NounPhrases.Phrase phrase = phrases.startingAt(cue.end(), end);
    NounPhrases.Phrase toComma = phrases.upToComma(cue.end(), end);
    if (toComma != null && (phrase == null || phrase.end() < toComma.end() && !doc.norm(phrase.end()).equals(","))) {
      // The tagger misread the source ("According to conservative/VERB talk/VERB radio host ..."):
      // what stands between "according to" and the comma is the source.
      phrase = toComma;
    }
    if (phrase == null) {
      return null;
    }
    Frame frame = new Frame(cue, s);
    frame.speaker = resolver.candidate(phrase, phrases);
    frame.speakerAfterCue = true;
    frame.rule = cue.cueClass() == CueClass.EVIDENCE ? AttributionRule.SURVEY_LEAD : AttributionRule.ACCORDING_TO;
    boolean leading = cue.start() == start || bounds.onlyIntroBefore(start, cue.start());
    int after = extent.skipAppositive(phrase.end(), end);
    if (leading && after < end && !doc.norm(after).equals(",")) {
      // "According to Rush Limbaugh, the move reeks of ...": a leading phrase ends at its comma; only
      // an appositive closed by a second comma belongs to the source.
      after = phrase.end();
    }
    if (leading && cue.cueClass() == CueClass.EVIDENCE) {
      after = extent.skipParticipleAside(after, end);
    }
    boolean lastInSentence = after >= end || ctx.onlyPunctuation(after, end);
    boolean commaBefore = cue.start() > start && ctx.isCommaOrClosing(cue.start() - 1);
    if (leading && after < end && doc.norm(after).equals(",")) {
      frame.contentStart = after + 1;
      frame.contentEnd = bounds.clauseEnd(after + 1, end, cue.start());
    } else if (commaBefore && lastInSentence) {
      frame.contentStart = bounds.contentStartBefore(start, cue.start() - 1);
      frame.contentEnd = bounds.contentEndBefore(cue.start() - 1);
    } else if (lastInSentence) {
      frame.contentStart = bounds.contentStartBefore(start, cue.start());
      frame.contentEnd = bounds.trimEnd(start, cue.start());
    } else {
      frame.contentStart = start;
      frame.contentEnd = bounds.trimEnd(start, end);
      frame.rule = AttributionRule.ACCORDING_TO_PARENTHETICAL;
    }
    return frame.hasContent() ? frame : null;
  }
}
