package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.AttributionWords.WordList;
import io.reportage.text.English;
import java.util.Set;

/**
 * Attributions of a reaction, whose holder is the object rather than the subject: "His remarks
 * angered conservative voters" (rule {@code object-experiencer}: speaker "conservative voters",
 * content "His remarks"), "The plan drew sharp criticism from farmers", "That frustrates many
 * analysts". The mirror of the passive "were angered by", which {@link PassiveRule} reads. Every
 * scan is bounded by a few tokens around the verb.
 */
final class ReactionFrames {

  private final Document doc;
  private final AttributionWords words;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final ClauseBounds bounds;

  ReactionFrames(AttributionContext ctx, SubjectFinder subjects, ClauseBounds bounds) {
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.lexicons = ctx.lexicons();
    this.phrases = ctx.phrases();
    this.resolver = ctx.resolver();
    this.quoteAt = ctx.quoteAt();
    this.ctx = ctx;
    this.subjects = subjects;
    this.bounds = bounds;
  }

  /** The reaction cue at {@code t} ("angered", "drew criticism from"), or null. */
  Cue cue(int t, int start, int end) {
    Cue cue = reactionCue(t, start, end);
    return cue != null ? cue : nominalReactionCue(t, start, end);
  }

  /** Whether {@code cue} is an active verb of feeling or a phrase causing a reaction. */
  boolean isReaction(Cue cue, int start, int end) {
    return isReactionVerb(cue.start(), start) || reactionNounEnd(cue.start(), end) == cue.end();
  }

  /** Objects that can hold an attitude: named, pronoun and described people and bodies. */
  private static final Set<Speaker.Kind> FEELING_OBJECTS = Set.of(Speaker.Kind.NAME, Speaker.Kind.PRONOUN,
      Speaker.Kind.DESCRIPTION);

  /** "angered farmers", "rattled investors": a plural common noun names a group that can feel. */
  private boolean pluralNoun(int t) {
    String lower = doc.lower(t);
    return "NOUN".equals(doc.pos(t)) && lower.endsWith("s") && !lower.endsWith("ss") && !lexicons.isTimeWord(lower);
  }

  /**
   * Whether {@code t} is an active verb of feeling. A capital inside the sentence marks a headline
   * ("Senator Stuns Voters"), whose words are no clause; a bare "upset" is as often the noun ("could
   * yield an upset that ..."), so it counts only after "have".
   */
  private boolean isReactionVerb(int t, int start) {
    String lower = doc.lower(t);
    if (!words.isReactionForm(lower) || t > start && Character.isUpperCase(doc.token(t).charAt(0))) {
      return false;
    }
    return !lower.equals("upset") || t > start && HAVE.contains(doc.lower(t - 1));
  }

  /** Finite forms of "have" before a participle ("has upset"): English's without "having" and "do", with "'s" and "'ve". */
  private static final Set<String> HAVE = WordSets.union(
      WordSets.without(English.HAVE_DO_FORMS, "having", "do", "does", "did"), Set.of("'s", "'ve"));

  private static final Set<String> HOLDER_PREPOSITIONS = Set.of("from", "among", "of");
  /** Adjectives and articles allowed between the verb and its reaction noun ("drew sharp, immediate criticism"). */
  private static final int MAX_REACTION_GAP = 3;

  /**
   * "The plan drew sharp criticism from farmers": the token after "from" when a causing verb at
   * {@code t} takes a reaction noun and its holder, else -1. The holder starts at the returned token.
   */
  private int reactionNounEnd(int t, int end) {
    if (!words.has(WordList.CAUSING_VERB, doc.lower(t))) {
      return -1;
    }
    for (int k = t + 1; k < end - 1 && k <= t + 1 + MAX_REACTION_GAP; k++) {
      if (words.has(WordList.REACTION_NOUN, doc.lower(k))) {
        return HOLDER_PREPOSITIONS.contains(doc.lower(k + 1)) ? k + 2 : -1;
      }
      String pos = doc.pos(k);
      if (!"ADJ".equals(pos) && !"DET".equals(pos) && !"ADV".equals(pos) && !doc.norm(k).equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "The vote rattled party leaders": a cue whatever the cue model thinks, when an active verb of
   * feeling has a subject and a person or body for object; the model, trained on speakers before
   * their verb, rejects most of them. A noun form ("her worries") has no such subject and object.
   */
  private Cue reactionCue(int t, int start, int end) {
    boolean pronounSubject = pronounSubject(t - 1, start) != null;
    if (quoteAt[t] != null || !isReactionVerb(t, start)
        || "NOUN".equals(doc.pos(t)) && doc.lower(t).endsWith("s") && !pronounSubject) {
      return null;
    }
    int before = subjects.skipBackOverAuxiliaries(t - 1, start);
    if (ctx.isPassive(before + 1, t) || subjects.phraseEndingAt(before, start) == null && !pronounSubject
        || feelingObject(t + 1, end) == null) {
      return null;
    }
    return new Cue(t, t + 1, CueFeatures.lemma(doc.lower(t)), CueClass.BELIEF, false);
  }

  /** Pronouns that stand for a thing or a statement and take a singular verb. */
  private static final Set<String> THING_PRONOUNS = Set.of("that", "this", "what");

  /**
   * "That frustrates many analysts", "What worries the farmers is ...": a clause opened by "that",
   * "this" or "what" right before the verb, which is then the subject; before a plural-looking
   * "-s" word it cannot be a determiner ("that worries" is no noun phrase), so the word is a verb.
   */
  private NounPhrases.Phrase pronounSubject(int t, int start) {
    if (t < start || quoteAt[t] != null || !THING_PRONOUNS.contains(doc.lower(t))) {
      return null;
    }
    boolean opens = t == start || "PUNCT".equals(doc.pos(t - 1)) || ctx.isConjunction(t - 1);
    return opens ? new NounPhrases.Phrase(t, t + 1, t) : null;
  }

  /** "The plan drew criticism from farmers": the whole causing phrase is the cue, up to the holder. */
  private Cue nominalReactionCue(int t, int start, int end) {
    int holder = quoteAt[t] == null ? reactionNounEnd(t, end) : -1;
    if (holder < 0) {
      return null;
    }
    int before = subjects.skipBackOverAuxiliaries(t - 1, start);
    if (ctx.isPassive(before + 1, t) || subjects.phraseEndingAt(before, start) == null || feelingObject(holder, end) == null) {
      return null;
    }
    return new Cue(t, holder, CueFeatures.lemma(doc.lower(t)), CueClass.BELIEF, false);
  }

  /**
   * The person or body a verb of feeling acts on, starting at {@code t}, or null. A phrase followed
   * by its own verb is no object: in "she worries he would lose" she feels, about the clause.
   */
  private NounPhrases.Phrase feelingObject(int t, int end) {
    NounPhrases.Phrase object = phrases.startingAt(t, end);
    // "What worries farmers is ...": after "what" the verb that follows is the clause's own "is".
    boolean cleft = object != null && t - 2 >= 0 && doc.lower(t - 2).equals("what") && object.end() < end
        && words.isLinking(doc.lower(object.end()));
    if (object == null || ctx.startsVerb(object.end(), end) && !cleft
        || !FEELING_OBJECTS.contains(resolver.candidate(object, phrases).kind) && !pluralNoun(object.head())) {
      return null;
    }
    return object;
  }

  /**
   * "His remarks angered conservative voters": the object feels, about the subject; in "It worried
   * aides that the polls had slipped" the subject only stands for the that-clause after the object.
   */
  Frame frame(Frame frame, int before, int start, int end) {
    NounPhrases.Phrase object = feelingObject(frame.cue.end(), end);
    Subject found = object == null ? null : subjects.subjectEndingAt(before, start);
    NounPhrases.Phrase subject = found == null ? null : found.phrase();
    int relative = found == null ? -1 : found.relative();
    if (subject == null && object != null) {
      subject = pronounSubject(before, start);
    }
    if (subject == null) {
      return null;
    }
    frame.speaker = resolver.candidate(object, phrases);
    frame.speakerAfterCue = true;
    frame.cueEnd = frame.cue.end();
    frame.rule = AttributionRule.OBJECT_EXPERIENCER;
    int after = object.end();
    if (doc.lower(subject.head()).equals("it") && after + 1 < end && doc.lower(after).equals("that")) {
      frame.contentStart = after + 1;
      frame.contentEnd = bounds.clauseEnd(frame.contentStart, end, frame.cue.start());
    } else if (relative >= 0) {
      // "the plan, which alarmed farmers": the relative pronoun is what they feel about, here.
      frame.contentStart = found.relativeStart();
      frame.contentEnd = relative + 1;
    } else {
      frame.contentStart = subjectPhraseStart(subject.start(), start);
      frame.contentEnd = subject.end();
    }
    return frame.hasContent() ? frame : null;
  }

  /**
   * Where the whole subject begins: the speaker search keeps only the last noun of "the remarks
   * about the strike", but what is felt about is all of it, back to a comma, verb or conjunction.
   */
  private int subjectPhraseStart(int from, int start) {
    int k = from - 1;
    while (k >= start && quoteAt[k] == null && !NOUN_PHRASE_STOPS.contains(doc.pos(k))) {
      k--;
    }
    return k + 1;
  }

  private static final Set<String> NOUN_PHRASE_STOPS = Set.of("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ");
}
