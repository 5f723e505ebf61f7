package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.MentionDraft;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.AttributionWords.WordList;
import io.reportage.text.English;
import java.util.Set;

/**
 * Attributions made by a noun rather than a verb: "Trump's claim that the race is rigged", "the
 * assertion by the ministry that ...", "Smith has repeatedly voiced the belief that ...". The cue is
 * a noun listed in {@code cue-phrases.txt} as {@code noun LEMMA CLASS}; its source is, in that
 * order, a "by" or "from" complement right after it, its possessor (a name or description before
 * "'s", or "his", "her", "its", "their"), or the subject of a verb that only carries the noun
 * ("made the claim", "voiced the belief"). Its content is the "that"-clause right after it; a noun
 * without one ("Trump's comments drew fire") attributes nothing here, as news uses such nouns as
 * often for a topic as for a statement.
 *
 * <p>Every scan is bounded by a few tokens around the cue.
 */
final class NominalFrames {
  /** Tags of the words a possessor is made of. */
  private static final Set<String> POSSESSOR_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
  /** The most words of a possessor that is no name. */
  private static final int MAX_POSSESSOR = 5;
  /** The most words between a possessor and its noun: "Trump's repeated false claim". */
  private static final int MAX_MODIFIERS = 3;

  private final Document doc;
  private final AttributionWords words;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final ClauseBounds bounds;

  NominalFrames(AttributionContext ctx, SubjectFinder subjects, ClauseBounds bounds) {
    this.quoteAt = ctx.quoteAt();
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
    this.ctx = ctx;
    this.subjects = subjects;
    this.bounds = bounds;
  }

  /** The frame a cue noun makes in the sentence {@code [start, end)}, or null. */
  Frame frame(Cue cue, SentenceContext sentence) {
    int start = sentence.start();
    int end = sentence.end();
    Frame frame = new Frame(cue, sentence.index());
    int that = cue.end();
    if (that + 1 < end && (doc.lower(that).equals("by") || doc.lower(that).equals("from"))) {
      // "the claim by the ministry that ...": the source follows.
      NounPhrases.Phrase agent = phrases.startingAt(that + 1, end);
      if (agent == null || agent.end() >= end) {
        return null;
      }
      frame.speaker = resolver.candidate(agent, phrases);
      frame.speakerAfterCue = true;
      frame.cueEnd = cue.end() + 1;
      frame.rule = AttributionRule.NOUN_BY_THAT;
      that = agent.end();
    } else {
      frame.speaker = sourceBefore(cue.start(), start, frame);
    }
    if (frame.speaker == null || !canSpeak(frame.speaker) || that + 1 >= end || !doc.lower(that).equals("that")
        || ctx.verbFollows(that)) {
      // "the claim that was rejected": a relative clause, not the content.
      return null;
    }
    frame.contentStart = that + 1;
    frame.contentEnd = bounds.clauseEnd(frame.contentStart, end, frame.attributionStart());
    if (opensWithAdverbial(start, frame.attributionStart())) {
      frame.contentEnd = commaBefore(frame.contentStart, frame.contentEnd);
    }
    return frame.hasContent() ? frame : null;
  }

  /**
   * Whether the cue stands in a phrase that opens the sentence before its main clause ("Despite
   * Trump's claim that ..., the party ...", "Asked about Trump's claim that ..., she said"): its
   * content then ends at the comma that closes that phrase.
   */
  private boolean opensWithAdverbial(int start, int attributionStart) {
    if (attributionStart <= start) {
      return false;
    }
    String pos = doc.pos(start);
    return "ADP".equals(pos) || "SCONJ".equals(pos) || ("ADJ".equals(pos) || "ADV".equals(pos)) && attributionStart - start <= 2
        || "VERB".equals(pos) && (doc.lower(start).endsWith("ed") || doc.lower(start).endsWith("ing"));
  }

  /**
   * The first comma in {@code [from, to)} outside quotation marks, or one that ends a quotation
   * right before its closing mark ("would ''learn nothing,'' there"); {@code to} when none.
   */
  private int commaBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!doc.norm(k).equals(",")) {
        continue;
      }
      QuoteDraft quote = quoteAt[k];
      if (quote == null) {
        return k;
      }
      if (onlyMarksAfter(k, quote.tokenEnd)) {
        return Math.min(to, quote.tokenEnd);
      }
    }
    return to;
  }

  /** The possessor of the noun at {@code noun}, or the subject of the verb that carries it; null when neither. */
  private Speaker sourceBefore(int noun, int start, Frame frame) {
    int k = noun - 1;
    for (int skipped = 0; k >= start && skipped < MAX_MODIFIERS && isModifier(k); skipped++) {
      k--;
    }
    if (k < start) {
      return null;
    }
    String lower = doc.lower(k);
    if (English.THIRD_PERSON_POSSESSIVES.contains(lower)) {
      frame.rule = AttributionRule.POSSESSOR_NOUN_THAT;
      return resolver.candidate(new NounPhrases.Phrase(k, k + 1, k), phrases);
    }
    if ((lower.equals("'s") || lower.equals("'")) && k - 1 >= start) {
      NounPhrases.Phrase possessor = possessor(k - 1, start);
      if (possessor == null) {
        return null;
      }
      frame.rule = AttributionRule.POSSESSOR_NOUN_THAT;
      return resolver.candidate(possessor, phrases);
    }
    if (!"DET".equals(doc.pos(k)) || k - 1 < start) {
      return null;
    }
    int verb = k - 1;
    if (!words.has(WordList.SUPPORT_VERB, doc.lower(verb)) || !"VERB".equals(doc.pos(verb))) {
      return null;
    }
    Subject subject = subjects.subjectEndingAt(subjects.skipBackOverAuxiliaries(verb - 1, start), start);
    if (subject == null) {
      return null;
    }
    Speaker speaker = resolver.candidate(subject.phrase(), phrases);
    int relative = subject.relative();
    if (relative >= 0) {
      speaker.local = new NounPhrases.Phrase(relative, relative + 1, relative);
    }
    frame.rule = AttributionRule.SUBJECT_VERB_NOUN_THAT;
    return speaker;
  }

  /**
   * The phrase ending at {@code last} before a possessive "'s": the name there ("Donald Trump's"),
   * or the determiners, adjectives and nouns right before it ("the Tulsa police's"), never reaching
   * over a preposition or a verb ("a review of Trump's claim" is Trump's).
   */
  private NounPhrases.Phrase possessor(int last, int start) {
    MentionDraft name = resolver.nameAt(last);
    if (name != null && name.tokenStart >= start && name.tokenEnd == last + 1) {
      return new NounPhrases.Phrase(name.tokenStart, last + 1, last);
    }
    int first = last;
    while (first - 1 >= start && last - first < MAX_POSSESSOR && POSSESSOR_TAGS.contains(doc.pos(first - 1))) {
      first--;
    }
    return phrases.endingAt(last, first);
  }

  /** Whether the tokens after {@code comma} up to {@code quoteEnd} are only closing marks (at most three). */
  private boolean onlyMarksAfter(int comma, int quoteEnd) {
    if (quoteEnd - comma > 4) {
      return false;
    }
    for (int k = comma + 1; k < quoteEnd; k++) {
      if (doc.token(k).chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An adjective, adverb or participle between a possessor and its noun: "Trump's earlier, false
   * claim", "her repeated assertion", "his continuing insistence".
   */
  private boolean isModifier(int t) {
    String pos = doc.pos(t);
    String lower = doc.lower(t);
    return "ADJ".equals(pos) || "ADV".equals(pos) || lower.equals(",")
        || "VERB".equals(pos) && (lower.endsWith("ed") || lower.endsWith("ing"));
  }

  /** Names, pronouns, people and bodies, and documents make claims; other phrases ("the bill's claim") do not here. */
  private static boolean canSpeak(Speaker speaker) {
    return speaker.kind != Speaker.Kind.OTHER;
  }
}
