package io.reportage.quote;

/**
 * One attribution a cue makes in a sentence: the cue, its speaker and the content it introduces,
 * as token ranges. Built by {@link FrameFinder}; quotes are then assigned to frames.
 */
final class Frame {
  final Cue cue;
  /** The end of the cue with the words that extend it ("said in a statement"). */
  int cueEnd;
  Speaker speaker;
  /** Whether the speaker follows the cue ("said Smith", "according to Smith"). */
  boolean speakerAfterCue;
  /**
   * Whether the speaker is the subject of another clause ("..., she said, adding ...", "and has
   * insisted"): the attribution words here are then the cue alone.
   */
  boolean speakerBorrowed;
  int contentStart;
  int contentEnd;
  /** The rule that found the frame, from how speaker, cue and content were laid out. */
  AttributionRule rule;
  /** The "according to" frame through which this one is reported, or null. */
  Frame via;
  /** Set on an "according to" frame whose content is itself an attribution; it then only lends its speaker as {@link #via}. */
  boolean absorbed;
  /** Set when the cue ends its sentence with a colon: the content is what follows ("She said:" + quote). */
  boolean introducesNext;
  final int sentence;

  Frame(Cue cue, int sentence) {
    this.cue = cue;
    this.cueEnd = cue.end();
    this.sentence = sentence;
  }

  boolean hasContent() {
    return contentEnd > contentStart;
  }

  /** The first token of the attribution words: the speaker or the cue, whichever comes first. */
  int attributionStart() {
    return speakerAfterCue || speakerBorrowed || speaker == null ? cue.start() : Math.min(cue.start(), speaker.phrase.start());
  }

  /** The token after the attribution words. */
  int attributionEnd() {
    return speakerAfterCue && !speakerBorrowed && speaker != null ? Math.max(cueEnd, speaker.phrase.end()) : cueEnd;
  }

  @Override
  public String toString() {
    return "Frame[" + cue + " " + speaker + " content [" + contentStart + ", " + contentEnd + ") " + rule + "]";
  }
}
