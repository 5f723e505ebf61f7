package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.AttributionWords.WordList;
import io.reportage.text.English;
import java.util.List;
import java.util.Set;

/**
 * The rules of a verb or stance cue and its subject ({@code speaker-cue-that}, {@code
 * speaker-cue-clause}, {@code speaker-cue-quote}, {@code speaker-cue-colon}, {@code
 * content-speaker-cue}, {@code parenthetical}, {@code speaker-cue-question}, {@code speaker-cue-to},
 * {@code speaker-evaluates}, {@code speaker-cue-preposition}, {@code speaker-cue-object}), with the
 * layouts that borrow a speaker ({@code coordinated}, {@code participle}, {@code controlled}); passive,
 * reaction and "as" cues go to their own rules.
 */
final class VerbFrameRule {
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final ClauseBounds bounds;
  private final CueExtent extent;
  private final ReactionFrames reactions;
  private final PassiveRule passive;
  private final AsClauseRule asClause;
  private final SharedSpeakers shared;
  private final ContentObjects objects;
  private final boolean learnedCues;
  private final Document doc;
  private final AttributionWords words;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;
  private final QuoteClosingSentence closingSentence;

  VerbFrameRule(AttributionContext ctx, SubjectFinder subjects, ClauseBounds bounds, CueExtent extent,
      ReactionFrames reactions, PassiveRule passive, AsClauseRule asClause, SharedSpeakers shared,
      ContentObjects objects, boolean learnedCues) {
    this.ctx = ctx;
    this.subjects = subjects;
    this.bounds = bounds;
    this.extent = extent;
    this.reactions = reactions;
    this.passive = passive;
    this.asClause = asClause;
    this.shared = shared;
    this.objects = objects;
    this.learnedCues = learnedCues;
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
    this.closingSentence = new QuoteClosingSentence(ctx);
  }


  /**
   * The frame of the verb or stance cue {@code cue} in {@code sentence}, or null; {@code earlier}
   * holds the frames of the sentence's cues before it, whose speakers a coordinated verb or a
   * participle may share.
   */
  Frame frame(Cue cue, SentenceContext sentence, List<Frame> earlier) {
    int s = sentence.index();
    int start = sentence.start();
    int end = sentence.end();
    Frame frame = new Frame(cue, s);
    int cueEnd = ctx.extendCue(cue.end(), end);
    frame.cueEnd = cueEnd;
    boolean stance = ctx.isStance(cue);
    int before = subjects.skipBackOverAuxiliaries(stance ? linkingStart(cue.start() - 1, start) : cue.start() - 1, start);
    if (reactions.isReaction(cue, start, end) && !ctx.isPassive(before + 1, cue.start())) {
      Frame reaction = reactions.frame(frame, before, start, end);
      if (reaction != null) {
        return reaction;
      }
    }
    if (!stance && ctx.isPassive(before + 1, cue.start())) {
      return passive.passiveFrame(frame, cue, cueEnd, before, start, end);
    }
    Subject found = subjects.subjectEndingAt(before, start);
    NounPhrases.Phrase subject = found == null ? null : found.phrase();
    if (subject != null && participleAfterComma(cue.start(), before) && !describedSpeaker(found, before)) {
      // "In 1986, the court blocked ..., citing a threat": a participle after a comma has no subject
      // of its own; only a speaker with its appositive ("Ortiz, a lawyer, citing") stands before it.
      subject = null;
    }
    AttributionRule layout = null;
    boolean inRelativeClause = false;
    Speaker previousSpeaker = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).speaker;
    if (subject != null && previousSpeaker != null && previousSpeaker.local == previousSpeaker.phrase
        && participleOnPlace(cue.start(), before, found)) {
      // "she said at a news conference announcing that ...": the participle goes on with the clause's
      // speaker; the place or event before it says nothing.
      frame.speaker = previousSpeaker;
      layout = AttributionRule.PARTICIPLE;
    } else if (subject != null) {
      frame.speaker = resolver.candidate(subject, phrases);
      if (found.viaRelative()) {
        // "McConnell, who in 2010 said ...": the speaker is McConnell, mentioned here as "who".
        // "which" and "that" stand for things; only a name, a body or a document speaks through them.
        String relative = doc.lower(found.relative());
        boolean personal = relative.equals("who") || relative.equals("whom") || frame.speaker.kind == Speaker.Kind.NAME
            || frame.speaker.kind == Speaker.Kind.DESCRIPTION || frame.speaker.kind == Speaker.Kind.DOCUMENT;
        if (!personal) {
          return null;
        }
        frame.speaker.local = new NounPhrases.Phrase(found.relativeStart(), found.relative() + 1, found.relative());
        inRelativeClause = true;
      }
      // "Tom Hale, a delegate supporting Smith, said ...": a participle right after its noun is a
      // reduced relative clause, and what it holds ends with the clause as a relative's does.
      inRelativeClause |= before == subject.end() - 1 && AttributionContext.isPresentParticiple(doc.lower(cue.start()));
    } else if (before >= start && ctx.isConjunction(before) && shared.coordinatedSpeaker(earlier, start, before) != null) {
      frame.speaker = shared.coordinatedSpeaker(earlier, start, before);
      layout = AttributionRule.COORDINATED;
    } else if (before >= start && doc.norm(before).equals(",") && doc.lower(cue.start()).endsWith("ing")) {
      // "..., saying" shares the speaker of the clause it hangs on: the cue before, unless that cue
      // sits in a relative clause ("an architect who said ..., saying"), whose speaker is not the sentence's.
      // Any subject will do here: the cue model has judged the participle a cue ("two speechwriters
      // urged ..., arguing that").
      Speaker clauseSpeaker = previousSpeaker != null && previousSpeaker.local == previousSpeaker.phrase ? previousSpeaker
          : subjects.sentenceSubject(start, before, true);
      if (clauseSpeaker == null) {
        return null;
      }
      frame.speaker = shared.distributed(clauseSpeaker, before, cue.start());
      layout = AttributionRule.PARTICIPLE;
    } else if (shared.isControlled(cue, before, start)) {
      // "took to Twitter to accuse ...", "began by saying ...", "After saying ..., she was ...":
      // the speaker is the subject of the clause the infinitive or gerund belongs to.
      Speaker controller = shared.controller(cue, start, end, earlier);
      if (controller == null) {
        return null;
      }
      frame.speaker = controller;
      layout = AttributionRule.CONTROLLED;
    } else if (before < start && doc.lower(cue.start()).endsWith("ing")) {
      return null;
    } else if ((before < start || ctx.isCommaOrClosing(before) || ctx.isDash(before)) && (invertible(cue) || reportsAtEnd(cue, cueEnd, end))) {
      NounPhrases.Phrase inverted = phrases.startingAt(cueEnd, end);
      if (inverted == null || phrases.isPronoun(inverted.head()) && !INVERTIBLE_PRONOUNS.contains(doc.lower(inverted.head()))
          || ctx.startsVerb(inverted.end(), end)) {
        // "..., said the suing states were exaggerating": a phrase followed by its verb is the
        // subject of the content, not a speaker after the cue.
        return null;
      }
      frame.speaker = resolver.candidate(inverted, phrases);
      frame.speakerAfterCue = true;
      cueEnd = Math.max(cueEnd, ctx.extendCue(extent.skipAppositive(inverted.end(), end), end));
    } else {
      return null;
    }
    if (frame.speaker == null) {
      return null;
    }
    frame.speakerBorrowed = layout != null;
    if (layout == null && !frame.speakerAfterCue && !inRelativeClause && asClause.asClause(frame, cueEnd, start, end)) {
      return frame;
    }
    int after = frame.speakerAfterCue ? extent.skipAdjuncts(cueEnd, end) : extent.skipAdjuncts(extent.skipAddressee(cue, cueEnd, end), end);
    int attributionStart = frame.attributionStart();
    if (after < end && doc.norm(after).equals(":") && after + 1 == end) {
      // "She said:" closes its sentence; what follows it is the content.
      frame.introducesNext = true;
      frame.rule = layout != null ? layout : AttributionRule.SPEAKER_CUE_COLON;
      return frame;
    }
    // The cue ends its sentence when only punctuation follows, or a trailing phrase with no clause
    // ("said at a rally in Ohio."); an object ("called for the repeal of the law") is content.
    boolean finalCue = after >= end || ctx.onlyPunctuation(after, end)
        || !ctx.clauseFollows(after, end) && "ADP".equals(doc.pos(after));
    int quoteBefore = ctx.quoteJustBefore(attributionStart);
    boolean thatFollows = after < end && doc.lower(after).equals("that");
    // A quote in the sentence before counts only when the attribution is all its sentence holds ("Vitter demanded."),
    // or opens it right after the closing mark and introduces nothing of its own ({@link QuoteClosingSentence}).
    if (quoteBefore >= 0 && (quoteBefore < start && !finalCue && !closingSentence.reports(quoteBefore, attributionStart, start, cueEnd, end)
        || !ctx.canBeStatement(quoteAt[quoteBefore]))) {
      quoteBefore = -1;
    }
    // "Ortiz warned against hackers.", "has been talking about the plan": with nothing said before
    // the attribution, the object of a preposition after the cue is what the stance is about.
    // A participle's comma closes the clause it hangs on, whose content is that clause's own.
    boolean contentBefore = layout != AttributionRule.PARTICIPLE && attributionStart - 1 >= start
        && (ctx.isCommaOrClosing(attributionStart - 1) || ctx.isDash(attributionStart - 1))
        && !bounds.frontedPhrase(start, attributionStart - 1);
    if (finalCue && quoteBefore < 0 && !contentBefore && (objects.prepositionalObject(after, end) || objects.referenceObject(cue, after, end))) {
      finalCue = false;
    }
    if (quoteBefore >= 0 && !thatFollows) {
      // "“...,” she said" (also when the sentence splitter put "she said" on its own).
      QuoteDraft quoted = quoteAt[quoteBefore];
      boolean introduced = quoted.tokenStart > start && doc.norm(quoted.tokenStart - 1).equals(":");
      // "McCaskill scolded him: “...,” she said": after a colon the quote alone is the content.
      frame.contentStart = quoteBefore >= start && !introduced ? bounds.contentStartBefore(start, quoteBefore) : quoted.tokenStart;
      frame.contentEnd = quoteBefore + 1;
      frame.rule = layout != null ? layout : AttributionRule.CONTENT_SPEAKER_CUE;
    } else if (finalCue) {
      int beforeAttribution = coordinatedSubjectStart(attributionStart, start) - 1;
      if (beforeAttribution < start) {
        return null;
      }
      // "describing as “unhinged” a tweet attacking ...": a quote governed by a preposition or an
      // article before it is an object, not what the words after it report.
      boolean objectQuote = ctx.closesQuote(beforeAttribution) && ctx.governed(quoteAt[beforeAttribution]);
      if ((ctx.isCommaOrClosing(beforeAttribution) || ctx.isDash(beforeAttribution)) && !objectQuote
          && !bounds.frontedPhrase(start, beforeAttribution)) {
        frame.contentStart = bounds.contentStartBefore(start, beforeAttribution);
        frame.contentEnd = bounds.contentEndBefore(beforeAttribution);
        frame.rule = layout != null ? layout : AttributionRule.CONTENT_SPEAKER_CUE;
      } else {
        return null;
      }
    } else {
      int introduced = extent.skipToIntroducer(after, end);
      if (introduced > after) {
        after = introduced;
      }
      String next = doc.lower(after);
      if (next.equals("that") && !ctx.verbFollows(after)) {
        frame.contentStart = after + 1;
        frame.rule = AttributionRule.SPEAKER_CUE_THAT;
      } else if ((next.equals(":") || next.equals(",")) && after + 1 < end && ctx.opensQuote(after + 1)) {
        frame.contentStart = after + 1;
        frame.rule = AttributionRule.SPEAKER_CUE_QUOTE;
      } else if (next.equals(":") && after + 1 < end) {
        frame.contentStart = after + 1;
        frame.rule = AttributionRule.SPEAKER_CUE_COLON;
      } else if (ctx.opensQuote(after)) {
        frame.contentStart = after;
        frame.rule = AttributionRule.SPEAKER_CUE_QUOTE;
      } else if (next.equals(",") && attributionStart > start && ctx.isCommaOrClosing(attributionStart - 1)) {
        frame.contentStart = bounds.contentStartBefore(start, attributionStart - 1);
        frame.contentEnd = bounds.trimEnd(start, end);
        frame.rule = AttributionRule.PARENTHETICAL;
        return frame.contentEnd > frame.contentStart ? frame : null;
      } else if (English.QUESTION_WORDS.contains(next) && words.has(WordList.QUESTION_VERB, cue.lemma())) {
        frame.contentStart = after;
        frame.rule = AttributionRule.SPEAKER_CUE_QUESTION;
      } else if (next.equals("to") && words.has(WordList.TO_VERB, cue.lemma())) {
        frame.contentStart = after;
        frame.rule = AttributionRule.SPEAKER_CUE_TO;
      } else if (cue.cueClass() == CueClass.EVALUATE && objects.carriesQuoteOrAs(after, end)) {
        frame.contentStart = after;
        frame.rule = AttributionRule.SPEAKER_EVALUATES;
      } else if (cue.cueClass() == CueClass.EVALUATE && !learnedCues) {
        // Without the cue model a judgement needs a quote or "as" to be an attribution.
        return null;
      } else if (cue.cueClass().takesBareClause() && bounds.startsClause(after, end, looseClause(cue))) {
        frame.contentStart = after;
        frame.rule = AttributionRule.SPEAKER_CUE_CLAUSE;
      } else if (after == cueEnd && (objects.prepositionalObject(after, end) || objects.referenceObject(cue, after, end))) {
        // The preposition belongs to the cue ("warned against", "talking about").
        frame.cueEnd = after + 1;
        frame.contentStart = after + 1;
        frame.rule = AttributionRule.SPEAKER_CUE_PREPOSITION;
      } else if (after < end && !"PUNCT".equals(doc.pos(after)) && !(stance && stanceQualifier(after))) {
        // "angry because ...", "sure to pass", "outraged and mocking": what follows a stance
        // adjective says why or how likely, not what is held.
        // "Graham criticized the party's lack of environmental awareness": a stance on what follows.
        frame.contentStart = after;
        frame.rule = AttributionRule.SPEAKER_CUE_OBJECT;
      } else {
        return null;
      }
      boolean object = frame.rule == AttributionRule.SPEAKER_CUE_OBJECT;
      if (layout != null) {
        frame.rule = layout;
      }
      frame.contentEnd = bounds.clauseEnd(frame.contentStart, end, frame.attributionStart());
      if (inRelativeClause) {
        int opening = frame.speaker.local.start() - 1;
        boolean dashOpened = opening >= 0 && ctx.isDash(opening) && !doc.norm(opening).equals("-");
        frame.contentEnd = bounds.relativeClauseEnd(frame.contentStart, frame.contentEnd, dashOpened);
      }
      // "spoke in Paris on Tuesday", "campaigned as a populist": a phrase of place, time or manner
      // after the verb says where or how, not what was said.
      if (object && (objects.adjunctOnly(frame.contentStart, frame.contentEnd)
          || objects.speechActReference(cue, frame.contentStart, frame.contentEnd))) {
        return null;
      }
    }
    return frame.hasContent() ? frame : null;
  }

  /** Whether the cue is a present participle after a comma, with no auxiliary between ("..., also saying"). */
  private boolean participleAfterComma(int cue, int before) {
    if (before < 0 || !doc.norm(before).equals(",") || !doc.lower(cue).endsWith("ing")) {
      return false;
    }
    for (int k = before + 1; k < cue; k++) {
      if ("AUX".equals(doc.pos(k)) || AttributionContext.FUNCTION_VERBS.contains(doc.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the cue is a present participle right after the object of a preposition that cannot
   * speak ("at a news conference announcing"), so that it goes on with the clause before.
   */
  private boolean participleOnPlace(int cue, int before, Subject found) {
    NounPhrases.Phrase subject = found.phrase();
    return before == cue - 1 && doc.lower(cue).endsWith("ing") && !found.viaRelative() && subject.start() > 0
        && "ADP".equals(doc.pos(subject.start() - 1)) && !ctx.speaks(subject);
  }

  /** Whether a speaking subject stands before {@code comma} with only a verbless appositive between, no parenthesis. */
  private boolean describedSpeaker(Subject subject, int comma) {
    if (subject.viaRelative() || !ctx.speaks(subject.phrase())) {
      return false;
    }
    for (int k = subject.phrase().end(); k < comma; k++) {
      if ("VERB".equals(doc.pos(k)) || "AUX".equals(doc.pos(k)) || doc.norm(k).equals("(")) {
        return false;
      }
    }
    return true;
  }

  /** The pronouns that may follow an inverted cue ("said he"); "said it" is an object, not a speaker. */
  private static final Set<String> INVERTIBLE_PRONOUNS = Set.of("he", "she", "they");

  /** Only verbs of saying and writing put their speaker after them ("said Smith", "wrote the critic"). */
  private static boolean invertible(Cue cue) {
    CueClass cueClass = cue.cueClass();
    return cueClass == CueClass.SPEECH || cueClass == CueClass.WRITE || cueClass == CueClass.ADDRESS;
  }

  /**
   * "..., reported the Herald.": a verb of reporting or finding inverts too, but only when its
   * speaker closes the sentence; "..., found the weapon in the car" has an object there.
   */
  private boolean reportsAtEnd(Cue cue, int cueEnd, int end) {
    if (cue.cueClass() != CueClass.EVIDENCE) {
      return false;
    }
    NounPhrases.Phrase inverted = phrases.startingAt(cueEnd, end);
    return inverted != null && ctx.onlyPunctuation(extent.skipAppositive(inverted.end(), end), end)
        && resolver.candidate(inverted, phrases).kind != Speaker.Kind.OTHER;
  }

  /**
   * Where a subject joined to another by "and" or "or" starts ("..., teachers and union officials
   * said."): the first conjunct's start, else {@code attributionStart} itself.
   */
  private int coordinatedSubjectStart(int attributionStart, int start) {
    int conjunction = attributionStart - 1;
    if (conjunction - 1 < start || quoteAt[conjunction] != null
        || !doc.lower(conjunction).equals("and") && !doc.lower(conjunction).equals("or")) {
      return attributionStart;
    }
    NounPhrases.Phrase first = phrases.endingAt(conjunction - 1, start);
    return first != null && first.start() > start ? first.start() : attributionStart;
  }

  /** Speech and writing verbs take a bare clause so often that any following subject and verb will do. */
  private static boolean looseClause(Cue cue) {
    return cue.cueClass() == CueClass.SPEECH || cue.cueClass() == CueClass.WRITE;
  }

  /** Before a predicate adjective, steps back over its adverbs and linking words ("came away", "seemed"). */
  private int linkingStart(int t, int start) {
    int stop = Math.max(start, t - MAX_LINKING_WORDS + 1);
    while (t >= stop && quoteAt[t] == null && (words.isLinking(doc.lower(t)) || "ADV".equals(doc.pos(t))
        || "PART".equals(doc.pos(t)) || "came".equals(doc.lower(t)) || "come".equals(doc.lower(t)))) {
      t--;
    }
    return t;
  }

  /** The most words stepped over between a predicate adjective and its subject ("have also long been"). */
  private static final int MAX_LINKING_WORDS = 6;

  /** Whether the word after a stance adjective begins a reason, a likelihood or a coordination rather than its object. */
  private boolean stanceQualifier(int t) {
    String lower = doc.lower(t);
    String pos = doc.pos(t);
    return lower.equals("to") || "CCONJ".equals(pos)
        || "SCONJ".equals(pos) && !lower.equals("that") && !lower.equals("whether") && !lower.equals("if");
  }
}
