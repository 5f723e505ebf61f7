package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.quote.AttributionWords.WordList;
import io.reportage.text.English;

/**
 * Passive cues ({@code passive-by}, {@code passive-experiencer}): "was described by aides as ...",
 * "The song was written by Ortiz", "Ortiz was asked by a reporter whether ..."; and the passive of
 * feeling, "Neither man was impressed by the plan", whose subject holds the stance.
 */
final class PassiveRule {
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final ClauseBounds bounds;
  private final CueExtent extent;
  private final Document doc;
  private final AttributionWords words;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;

  PassiveRule(AttributionContext ctx, SubjectFinder subjects, ClauseBounds bounds, CueExtent extent) {
    this.ctx = ctx;
    this.subjects = subjects;
    this.bounds = bounds;
    this.extent = extent;
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
  }

  /** Whether a passive question cue goes on, after its agent, with the question itself ("whether", "about"). */
  private boolean asksAfterAgent(Cue cue, int after, int end) {
    if (after + 1 >= end || !words.has(WordList.QUESTION_VERB, cue.lemma()) && !words.has(WordList.PRESS_VERB, cue.lemma())) {
      return false;
    }
    String next = doc.lower(after);
    return English.QUESTION_WORDS.contains(next) || next.equals("about") || next.equals("to");
  }




  /** "The voters were angered by the ruling": the subject feels, about what the agent phrase names. */
  private Frame experiencerFrame(Frame frame, int by, int before, int start, int end) {
    Subject subject = subjects.subjectEndingAt(before, start);
    if (subject == null || subject.viaRelative()) {
      return null;
    }
    frame.speaker = resolver.candidate(subject.phrase(), phrases);
    frame.cueEnd = by + 1;
    frame.contentStart = by + 1;
    frame.contentEnd = bounds.clauseEnd(frame.contentStart, end, frame.cue.start());
    frame.rule = AttributionRule.PASSIVE_EXPERIENCER;
    return frame.hasContent() ? frame : null;
  }

  /**
   * A passive cue names its speaker after "by"; without one it makes no frame. What is attributed
   * follows the agent when "that" or "as" introduces it ("was described by aides as ..."), else it
   * is the passive subject ("The song was written by Ortiz", "Baker was endorsed by the union").
   */
  Frame passiveFrame(Frame frame, Cue cue, int cueEnd, int before, int start, int end) {
    int by = cueEnd;
    while (by < end && by - cueEnd < 3 && !doc.lower(by).equals("by")) {
      by++;
    }
    if (by >= end || !doc.lower(by).equals("by")) {
      return null;
    }
    NounPhrases.Phrase agent = phrases.startingAt(by + 1, end);
    if (agent == null) {
      return null;
    }
    if (by == cue.end() && words.has(WordList.FEELING_PARTICIPLE, doc.lower(cue.start()))) {
      return experiencerFrame(frame, by, before, start, end);
    }
    frame.speaker = resolver.candidate(agent, phrases);
    frame.speakerAfterCue = true;
    int after = extent.skipAdjuncts(agent.end(), end);
    frame.rule = AttributionRule.PASSIVE_BY;
    boolean introduced = after + 1 < end && (doc.lower(after).equals("that") || doc.lower(after).equals("as"));
    if (!introduced && asksAfterAgent(cue, after, end)) {
      // "Ortiz was asked by a reporter whether she would run": the question is what is attributed,
      // not who was asked.
      frame.contentStart = after;
      frame.contentEnd = bounds.clauseEnd(frame.contentStart, end, cue.start());
      return frame.hasContent() ? frame : null;
    }
    if (!introduced) {
      Subject subject = subjects.subjectEndingAt(before, start);
      if (subject == null || subject.viaRelative()) {
        return null;
      }
      frame.contentStart = subject.phrase().start();
      frame.contentEnd = subject.phrase().end();
      return frame;
    }
    frame.contentStart = after + 1;
    frame.contentEnd = bounds.clauseEnd(frame.contentStart, end, cue.start());
    return frame.hasContent() ? frame : null;
  }
}
