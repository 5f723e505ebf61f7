package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.List;
import java.util.Set;

/**
 * Speakers a cue borrows from another clause: the subject of a chain or of an opening phrase for an
 * infinitive or gerund ({@code controlled}), the speaker before a conjunction ({@code coordinated}),
 * and the clause's speaker taken up by "each", "both" or "all".
 */
final class SharedSpeakers {
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final ControlChains chains;
  private final Document doc;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;

  SharedSpeakers(AttributionContext ctx, SubjectFinder subjects, ControlChains chains) {
    this.ctx = ctx;
    this.subjects = subjects;
    this.chains = chains;
    this.doc = ctx.doc();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
  }

  /**
   * Whether a listed cue is an infinitive ("to say") or a gerund after a preposition or at the
   * sentence start ("by saying", "After saying"), whose subject is that of another clause.
   */
  boolean isControlled(Cue cue, int before, int start) {
    if (cue.cueClass() == CueClass.LEARNED) {
      return before >= start && chains.chainSpeaker(before, start) != null;
    }
    boolean gerund = doc.lower(cue.start()).endsWith("ing");
    if (before < start) {
      return gerund;
    }
    String lower = doc.lower(before);
    if (lower.equals("to") && !gerund) {
      // "Asked to comment, Peskov stated ...": after a passive participle the infinitive is what
      // someone else asked for, not said.
      int governor = before - 1;
      boolean passive = governor >= start && doc.lower(governor).endsWith("ed")
          && (governor == start || AttributionContext.BE.contains(doc.lower(governor - 1)));
      return !passive;
    }
    return gerund && CueFeatures.GERUND_PREPOSITIONS.contains(lower);
  }

  /**
   * The subject a controlled cue shares: in an opening phrase ("After saying ..., she ..."), the
   * phrase after its comma; else the speaker of the cue before it in the sentence, or the
   * sentence's subject.
   */
  Speaker controller(Cue cue, int start, int end, List<Frame> earlier) {
    int before = subjects.skipBackOverAuxiliaries(cue.start() - 1, start);
    NounPhrases.Phrase chain = before >= start ? chains.chainSubject(before, start) : null;
    if (chain != null && chains.isExpletive(chain)) {
      return null;
    }
    Speaker chained = chain != null ? chains.chainSpeaker(before, start) : null;
    if (chained != null) {
      return chained;
    }
    boolean opening = cue.start() - start <= 2;
    if (opening) {
      int comma = cue.end();
      while (comma < end && comma - cue.end() < 25 && !doc.norm(comma).equals(",")) {
        comma++;
      }
      if (comma + 1 >= end || !doc.norm(comma).equals(",")) {
        return null;
      }
      NounPhrases.Phrase subject = phrases.startingAt(comma + 1, end);
      if (subject == null) {
        return null;
      }
      Speaker speaker = resolver.candidate(subject, phrases);
      return speaker.kind == Speaker.Kind.NAME || speaker.kind == Speaker.Kind.PRONOUN
          || speaker.kind == Speaker.Kind.DESCRIPTION ? speaker : null;
    }
    if (!earlier.isEmpty()) {
      Speaker previous = earlier.get(earlier.size() - 1).speaker;
      if (previous != null && previous.local == previous.phrase) {
        return previous;
      }
    }
    return subjects.sentenceSubject(start, cue.start());
  }

  /**
   * Who speaks through a cue joined by a conjunction: the speaker of the outer statement before it,
   * or, when no attribution came before, the subject of the sentence ("She greeted supporters and
   * told them that ...").
   */
  Speaker coordinatedSpeaker(List<Frame> earlier, int start, int conjunction) {
    if (!earlier.isEmpty()) {
      return outermost(earlier).speaker;
    }
    Speaker first = firstConjunctSubject(start, conjunction);
    return first != null ? first : subjects.sentenceSubject(start, conjunction);
  }

  /** How far before its conjunction the first of two joined verbs may stand. */
  private static final int MAX_FIRST_CONJUNCT = 20;

  /**
   * The subject of the first verb of the clause that the conjunction continues ("Protesters have
   * marched through the city and called for ..."): the verb is the first one after the clause's
   * opening comma or the sentence start. Null when none speaks.
   */
  private Speaker firstConjunctSubject(int start, int conjunction) {
    int verb = -1;
    for (int k = conjunction - 1; k >= start && conjunction - k <= MAX_FIRST_CONJUNCT; k--) {
      if (quoteAt[k] != null || doc.norm(k).equals(",") || doc.norm(k).equals(";") || ctx.isDash(k)) {
        break;
      }
      if ("VERB".equals(doc.pos(k))) {
        verb = k;
      }
    }
    if (verb < 0) {
      return null;
    }
    Subject subject = subjects.subjectEndingAt(subjects.skipBackOverAuxiliaries(verb - 1, start), start);
    if (subject == null || !ctx.speaks(subject.phrase())) {
      return null;
    }
    Speaker speaker = resolver.candidate(subject.phrase(), phrases);
    int relative = subject.relative();
    if (relative >= 0) {
      // "the workers, who had marched ... and called for": they speak here as "who".
      if (!doc.lower(relative).equals("who")) {
        return null;
      }
      speaker.local = new NounPhrases.Phrase(relative, relative + 1, relative);
    }
    return speaker;
  }

  /**
   * The latest of the sentence's frames that stands in no other's content: "Ortiz said he would
   * order a review and warned ..." coordinates "warned" with "said", not with "order".
   */
  private static Frame outermost(List<Frame> earlier) {
    for (int i = earlier.size() - 1; i > 0; i--) {
      Frame candidate = earlier.get(i);
      boolean inside = false;
      for (int k = 0; k < i && !inside; k++) {
        Frame other = earlier.get(k);
        inside = other.hasContent() && candidate.cue.start() >= other.contentStart && candidate.cue.start() < other.contentEnd;
      }
      if (!inside) {
        return candidate;
      }
    }
    return earlier.get(0);
  }

  /** The clause's speaker, mentioned as "each", "both" or "all" when one stands between comma and cue. */
  Speaker distributed(Speaker speaker, int comma, int cue) {
    for (int k = comma + 1; k < cue; k++) {
      if (DISTRIBUTIVES.contains(doc.lower(k))) {
        return speaker.mentionedAs(new NounPhrases.Phrase(k, k + 1, k));
      }
    }
    return speaker;
  }

  /** Words that take up a plural subject one by one or together before a participle ("..., each saying"). */
  private static final Set<String> DISTRIBUTIVES = Set.of("each", "both", "all");
}
