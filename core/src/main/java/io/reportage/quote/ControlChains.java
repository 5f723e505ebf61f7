package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.Set;

/**
 * Chains of control or raising words before an infinitive ("Protesters continued to", "She was
 * quick to", "He won't be able to"): the subject before the chain speaks through the infinitive.
 */
final class ControlChains {
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final Document doc;
  private final NounPhrases phrases;
  private final AttributionWords words;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;

  ControlChains(AttributionContext ctx, SubjectFinder subjects) {
    this.ctx = ctx;
    this.subjects = subjects;
    this.doc = ctx.doc();
    this.phrases = ctx.phrases();
    this.words = ctx.lexicons().words();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
  }

  /** Pronouns that stand for the infinitive after the chain rather than for anyone: "It is easy to". */
  private static final Set<String> EXPLETIVES = Set.of("it", "this", "that", "there");

  /** How many words a chain of control or raising words may span: "would not be able to", "appears set to". */
  private static final int MAX_CHAIN = 8;

  /**
   * The speaker of an infinitive whose "to" stands at {@code to}, ending a chain of control or
   * raising words after the subject ("Protesters continued to", "The paper is expected to", "She
   * was quick to", "He won't be able to", "seemed ready to"): the phrase before the chain, when it
   * names someone who speaks. Null when the word before "to" is no verb or adjective: an object
   * ("urged voters to") or a noun ("a plan to") leaves the infinitive to someone else.
   */
  Speaker chainSpeaker(int to, int start) {
    NounPhrases.Phrase subject = chainSubject(to, start);
    if (subject == null || isExpletive(subject)) {
      return null;
    }
    Speaker speaker = resolver.candidate(subject, phrases);
    return AttributionContext.SPEAKING_SUBJECTS.contains(speaker.kind.name()) ? speaker : null;
  }

  /** The phrase before a chain of control or raising words ending in the "to" at {@code to}, or null. */
  NounPhrases.Phrase chainSubject(int to, int start) {
    if (!doc.lower(to).equals("to") || to - 1 < start || !isChainPredicate(to - 1)) {
      return null;
    }
    int k = to - 1;
    while (k >= start && to - k <= MAX_CHAIN && quoteAt[k] == null && isChainWord(k)) {
      k--;
    }
    return subjects.phraseEndingAt(k, start);
  }

  /** "It is hard to see ...": an "it" before the chain stands for the infinitive, not for a speaker. */
  boolean isExpletive(NounPhrases.Phrase subject) {
    return subject.end() - subject.start() == 1 && EXPLETIVES.contains(doc.lower(subject.start()));
  }

  /** A verb or adjective that may take an infinitive: "refused", "begun", "eager", "able", "set". */
  private boolean isChainPredicate(int k) {
    String pos = doc.pos(k);
    return ("VERB".equals(pos) || "ADJ".equals(pos)) && !AttributionContext.FUNCTION_VERBS.contains(doc.lower(k));
  }

  /** A word inside a chain: a predicate, an auxiliary, an adverb, a negation or an inner "to". */
  private boolean isChainWord(int k) {
    String lower = doc.lower(k);
    String pos = doc.pos(k);
    return isChainPredicate(k) || SubjectFinder.skipsBeforeCue(words, lower) || "AUX".equals(pos) || "ADV".equals(pos)
        || lower.equals("to") || lower.equals("not");
  }
}
