package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.quote.AttributionWords.WordList;
import io.reportage.text.English;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the cues of a sentence outside quotation marks: listed phrases ("according to", cue nouns,
 * stance adjectives, multi-word verbs), reactions ({@link ReactionFrames}), polls ({@link
 * SurveyCues}) and single verbs, which the cue model judges where one is loaded.
 */
final class CueFinder {
  private final AttributionContext ctx;
  private final SubjectFinder subjects;
  private final ControlChains chains;
  private final CueFeatures cueFeatures;
  private final ReactionFrames reactions;
  private final SurveyCues surveys;
  private final FeatureScorer scorer;
  private final double threshold;
  private final Document doc;
  private final AttributionWords words;
  private final AttributionLexicons lexicons;
  private final QuoteDraft[] quoteAt;

  CueFinder(AttributionContext ctx, SubjectFinder subjects, ControlChains chains, CueFeatures cueFeatures,
      ReactionFrames reactions, SurveyCues surveys, FeatureScorer scorer, double threshold) {
    this.ctx = ctx;
    this.subjects = subjects;
    this.chains = chains;
    this.cueFeatures = cueFeatures;
    this.reactions = reactions;
    this.surveys = surveys;
    this.scorer = scorer;
    this.threshold = threshold;
    this.doc = ctx.doc();
    this.words = ctx.lexicons().words();
    this.lexicons = ctx.lexicons();
    this.quoteAt = ctx.quoteAt();
  }

  /**
   * The cue probability from which a verb outside the lists counts with a subject of no speaking
   * kind; chosen on PolNeAR dev and train (0.2 to 0.7 tried: 0.3 raises source F1 on both).
   */
  private static final double OTHER_SUBJECT_THRESHOLD = 0.3;

  /** Tags of words that start no cue, skipped before any word-list lookup. */
  private static final Set<String> NEVER_CUES = Set.of("PUNCT", "DET", "CCONJ", "PRON", "NUM", "SYM", "PART", "INTJ");

  /** Words other than question words that open what was asked: "Asked about the deal", "Asked to explain". */
  private static final Set<String> QUESTION_OPENERS = Set.of("about", "to", "which", "for");


  /** The cues of the sentence {@code [start, end)}, in text order. */
  List<Cue> cues(int start, int end) {
    List<Cue> cues = new ArrayList<>(2);
    boolean quoteInSentence = ctx.quoteIn(start, end);
    for (int t = questionLeadEnd(start, end); t < end; t++) {
      Cue reaction = reactions.cue(t, start, end);
      if (reaction != null) {
        cues.add(reaction);
        t = reaction.end() - 1;
        continue;
      }
      if (quoteAt[t] != null || NEVER_CUES.contains(doc.pos(t))) {
        continue;
      }
      String[] phrase = lexicons.phraseAt(doc, t, end);
      if (phrase != null) {
        String kind = phrase[0];
        int length = Integer.parseInt(phrase[1]);
        if (kind.equals("source-after")) {
          cues.add(new Cue(t, t + length, "according-to", CueClass.SPEECH, true));
          t += length - 1;
          continue;
        }
        if (kind.startsWith("noun ") && ctx.isNounCue(t)) {
          String[] parts = kind.split("\\s+");
          cues.add(new Cue(t, t + length, parts[1], CueClass.parse(parts.length > 2 ? parts[2] : "speech"), false));
          t += length - 1;
          continue;
        }
        if (kind.startsWith("stance ") && linkedPredicate(t, start)) {
          String[] parts = kind.split("\\s+");
          cues.add(new Cue(t, t + length, parts[1], CueClass.parse(parts.length > 2 ? parts[2] : "belief"), false));
          t += length - 1;
          continue;
        }
        if (kind.startsWith("verb ") && (ctx.isVerb(t) || auxiliaryBefore(t, start))) {
          String[] parts = kind.split("\\s+");
          cues.add(new Cue(t, t + length, parts[1], CueClass.parse(parts.length > 2 ? parts[2] : "speech"), false));
          t += length - 1;
          continue;
        }
      }
      Cue cue = verbCue(t, start, end, quoteInSentence);
      if (cue != null) {
        cues.add(cue);
      }
    }
    surveys.addTo(cues, start, end);
    return cues;
  }

  /**
   * "Asked whether the mayor is honest, 64 percent said yes": a sentence that opens with "asked" and
   * the question reports what the interviewer asked, with no speaker in the sentence; the verbs of the
   * question ("if she wanted ...") say nothing of the speaker of the main clause. Returns the token
   * after the question's comma, or {@code start} where the sentence opens otherwise.
   */
  private int questionLeadEnd(int start, int end) {
    int t = start;
    if (t < end && doc.lower(t).equals("when")) {
      t++;
    }
    if (t + 1 >= end || !doc.lower(t).equals("asked")
        || !English.QUESTION_WORDS.contains(doc.lower(t + 1)) && !QUESTION_OPENERS.contains(doc.lower(t + 1))) {
      return start;
    }
    // The question ends at its comma, which may stand inside the marks of a quoted question ("... honest,”").
    for (int k = t + 2; k + 1 < end; k++) {
      if (doc.norm(k).equals(",") && (quoteAt[k] == null || ctx.closesQuote(k + 1))) {
        return ctx.closesQuote(k + 1) ? k + 2 : k + 1;
      }
    }
    return start;
  }

  /**
   * The cue a single word makes, or null. Without a cue model, a listed cue verb used as a verb is
   * one; with a model, every verb and listed form is a candidate and the model's probability
   * decides, so that the model can both reject a listed verb in a context where it introduces
   * nothing and accept a verb the lists lack ("refuses", "attacked").
   */
  private Cue verbCue(int t, int start, int end, boolean quoteInSentence) {
    if (attributive(t, start, end)) {
      return null;
    }
    String value = lexicons.verbValue(doc.lower(t));
    boolean listed = value != null && (ctx.isVerb(t) || AttributionContext.isSay(value));
    if (scorer == null) {
      return listed ? lexiconCue(t, value, 1.0) : null;
    }
    if (quoteAt[t] != null || !listed && (!"VERB".equals(doc.pos(t)) || AttributionContext.FUNCTION_VERBS.contains(doc.lower(t)))) {
      return null;
    }
    // Only a word that can have a speaker can be a cue: ask the model about no other.
    int before = subjects.skipBackOverAuxiliaries(t - 1, start);
    String subjectKind = cueFeatures.subjectKind(t, before, start);
    if (subjectKind.equals("none") && !ctx.isPassive(before + 1, t)) {
      return null;
    }
    if (value == null && words.has(WordList.NOT_STATING, doc.lower(t))) {
      return null;
    }
    // A verb outside the lists is asked about only with a subject before it, or one it shares with
    // the clause before ("... and downplayed", "..., encouraging"): the model accepts few others, and
    // asking costs more than anything else here.
    boolean borrowsSubject = subjectKind.equals("conj") || subjectKind.equals("comma") && doc.lower(t).endsWith("ing");
    boolean otherSubject = subjectKind.equals(Speaker.Kind.OTHER.name());
    // An infinitive at the end of a chain of control or raising words ("continued to call for",
    // "was quick to embrace") has the chain's subject for its own.
    boolean chained = subjectKind.equals("control") && chains.chainSpeaker(before, start) != null;
    if (value == null && !AttributionContext.SPEAKING_SUBJECTS.contains(subjectKind) && !borrowsSubject && !otherSubject && !chained) {
      return null;
    }
    double probability = scorer.probability(cueFeatures.features(t, start, end, value, subjectKind, quoteInSentence));
    // A common noun that names no speaker ("a union representing flight attendants endorsed", "most
    // of the lawmakers present voted") speaks only when the model is surer than for a named one.
    if (value == null && otherSubject && probability < Math.max(threshold, OTHER_SUBJECT_THRESHOLD)) {
      return null;
    }
    // A listed verb next to a quotation introduces it whatever the model thinks of the verb alone.
    if (probability < threshold && !(listed && quoteNear(t, start, end))) {
      return null;
    }
    return value != null ? lexiconCue(t, value, probability)
        : new Cue(t, t + 1, CueFeatures.lemma(doc.lower(t)), CueClass.LEARNED, false, probability);
  }

  /**
   * A participle between an article or a possessive and its noun describes the noun ("Ortiz's
   * repeated assertion that", "the revised estimate"): an adjective, whatever its tag, and no cue.
   */
  private boolean attributive(int t, int start, int end) {
    if (t <= start || t + 1 >= end || quoteAt[t + 1] != null || !"NOUN".equals(doc.pos(t + 1))) {
      return false;
    }
    String lower = doc.lower(t);
    String before = doc.lower(t - 1);
    return (lower.endsWith("ed") || lower.endsWith("ing")) && ("DET".equals(doc.pos(t - 1)) || before.equals("'s"));
  }

  private static Cue lexiconCue(int t, String value, double probability) {
    int space = value.indexOf(' ');
    String lemma = space < 0 ? value : value.substring(0, space);
    String cueClass = space < 0 ? "speech" : value.substring(space + 1);
    return new Cue(t, t + 1, lemma, CueClass.parse(cueClass), false, probability);
  }

  /** A quotation within a few words after the cue, or closing right before its clause. */
  private boolean quoteNear(int t, int start, int end) {
    for (int k = t + 1; k < end && k <= t + 8; k++) {
      if (ctx.opensQuote(k)) {
        return true;
      }
    }
    for (int k = t - 1; k >= start && k >= t - 6; k--) {
      if (ctx.closesQuote(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the listed stance word at {@code t} is a predicate adjective: a linking word stands
   * before it, past a few adverbs. Only then is the stance the subject's ("the senators were
   * incensed that"); an attributive one ("an incensed crowd") attributes nothing.
   */
  private boolean linkedPredicate(int t, int start) {
    int k = t - 1;
    int adverbs = 0;
    while (k >= start && adverbs < MAX_PREDICATE_ADVERBS && ("ADV".equals(doc.pos(k)) || "PART".equals(doc.pos(k)))
        && !words.isLinking(doc.lower(k))) {
      k--;
      adverbs++;
    }
    return k >= start && words.isLinking(doc.lower(k));
  }

  /** Adverbs that may stand between the linking word and the adjective ("were also deeply worried"). */
  private static final int MAX_PREDICATE_ADVERBS = 3;

  /**
   * "Republicans have expressed concern": the tagger may read a listed phrase's participle as an
   * adjective; after "have" or "has" it is the verb all the same.
   */
  private boolean auxiliaryBefore(int t, int start) {
    if (t - 1 < start || !doc.lower(t).endsWith("ed")) {
      return false;
    }
    String previous = doc.lower(t - 1);
    return previous.equals("have") || previous.equals("has") || previous.equals("had") || previous.equals("'ve");
  }
}
