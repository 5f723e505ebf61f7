package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the attribution frames of one sentence: each cue outside quotation marks with its speaker
 * and the content it introduces. The layouts, all general patterns of news English:
 * <ul>
 *   <li>{@code speaker-cue-that}: "Peskov stated that ..." (also with "told journalists", "said on
 *       Friday", "recalled, however, that");
 *   <li>{@code speaker-cue-clause}: "Trump said the talks went well";
 *   <li>{@code speaker-cue-quote}: "She said: “...”", "He said, “...”";
 *   <li>{@code content-speaker-cue}: "..., Kremlin spokesman Dmitry Peskov told journalists on
 *       Friday." and "..., said Hugh Hill, a doctor."
 *   <li>{@code parenthetical}: "The talks, he said, went well."
 *   <li>{@code according-to}: "According to X, ..." and "..., according to X";
 *   <li>{@code survey-lead}: "In the latest poll, Clinton leads ..." and "In a new poll, 58 percent
 *       said yes" (the poll reports the speech of its clause); a poll after the clause ("leads by five
 *       points in a Marist poll") where nothing else in the sentence is a cue ({@link SurveyCues});
 *   <li>{@code coordinated}: "... and has insisted that ..." takes the subject of the cue before;
 *   <li>{@code participle}: "..., saying that ..." takes the speaker of the clause it hangs on;
 *   <li>{@code as-clause}: "..., as police have said." and "As experts have pointed out, ...";
 *   <li>{@code passive-experiencer}: "Neither man was impressed by the plan": the subject of a
 *       passive verb of feeling holds the stance, its by-phrase is what it is about;
 *   <li>{@code object-experiencer}: "His remarks angered conservative voters": the object holds the
 *       reaction ({@link ReactionFrames});
 *   <li>{@code controlled}: "took to Twitter to accuse ...", "continued to call for ...": the subject
 *       before the chain of control or raising words speaks.
 * </ul>
 * The speaker may stand behind an appositive or a parenthesis ("Hugh Hill, a doctor, said", "Sen.
 * Marco Rubio (R-Fla.) told"), auxiliaries and adverbs ("has since confirmed"). Content runs to the
 * sentence end, or to a coordinated clause with a cue of its own.
 */
final class FrameFinder {
  private static final Set<String> SPEAKING_SUBJECTS = Set.of("NAME", "PRONOUN", "DESCRIPTION", "DOCUMENT");
  /**
   * The cue probability from which a verb outside the lists counts with a subject of no speaking
   * kind; chosen on PolNeAR dev and train (0.2 to 0.7 tried: 0.3 raises source F1 on both).
   */
  private static final double OTHER_SUBJECT_THRESHOLD = 0.3;
  /** Forms of "be", "have" and "do", which carry other verbs rather than attribute anything. */
  private static final Set<String> FUNCTION_VERBS = Set.of("be", "is", "are", "was", "were", "been", "being", "am",
      "have", "has", "had", "having", "do", "does", "did", "doing", "'s", "'re", "'ve", "'d", "'m");
  /** Tags of words that start no cue, skipped before any word-list lookup. */
  private static final Set<String> NEVER_CUES = Set.of("PUNCT", "DET", "CCONJ", "PRON", "NUM", "SYM", "PART", "INTJ");
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what", "when", "where", "who");
  /** Words other than question words that open what was asked: "Asked about the deal", "Asked to explain". */
  private static final Set<String> QUESTION_OPENERS = Set.of("about", "to", "which", "for");
  private static final Set<String> QUESTION_LEMMAS = Set.of("ask", "wonder", "question", "answer");
  /** Cues that put a question or demand to someone ("was pressed by the host about ..."). */
  private static final Set<String> PRESS_LEMMAS = Set.of("press", "urge", "question", "quiz", "challenge");
  private static final Set<String> TO_LEMMAS = Set.of("urge", "ask", "promise", "vow", "pledge", "threaten", "want",
      "call-for", "tell", "warn", "advise", "persuade", "convince", "expect", "hope", "plan", "propose");
  /**
   * Verbs that state nothing of their own, never cues whatever the model thinks: raising verbs
   * ("she seems to agree", "it appears unlikely"), whose subject belongs to the clause after them,
   * and verbs of effort ("tried to revive the bill", "struggles to raise money"), whose infinitive
   * is something done, not said.
   */
  private static final Set<String> NOT_STATING = Set.of("seem", "seems", "seemed", "seeming", "appear", "appears",
      "appeared", "appearing", "tend", "tends", "tended", "tending", "happen", "happens", "happened", "happening",
      "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "struggle", "struggles",
      "struggled", "struggling");
  private static final Set<String> SKIPPABLE_BEFORE_CUE = Set.of("also", "then", "later", "previously", "once",
      "again", "since", "repeatedly", "recently", "publicly", "privately", "reportedly", "often", "frequently", "never",
      "not", "n't", "has", "have", "had", "would", "will", "did", "does", "do", "could", "may", "might", "should",
      "can", "must", "always", "first", "further", "even", "just", "already", "still", "initially", "earlier",
      "'s", "'re", "'ve", "'d", "'ll", "am", "is", "are", "was", "were", "been", "being", "be", "now", "all", "both",
      "each", "too", "themselves", "himself", "herself", "personally",
      "separately", "simply", "flatly", "falsely", "correctly", "openly", "quietly", "angrily", "bluntly", "told");

  private final Document doc;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;
  /** For the opening mark of a title or nickname read as words, the token after its closing mark; else 0. */
  private final int[] plainQuoteEnd;
  private final FeatureScorer scorer;
  private final double threshold;
  private final NominalFrames nominal;
  private final ReactionFrames reactions;
  private final SurveyCues surveys;
  /** Whether a passive question cue goes on, after its agent, with the question itself ("whether", "about"). */
  private boolean asksAfterAgent(Cue cue, int after, int end) {
    if (after + 1 >= end || !QUESTION_LEMMAS.contains(cue.lemma()) && !PRESS_LEMMAS.contains(cue.lemma())) {
      return false;
    }
    String next = doc.lower(after);
    return QUESTION_WORDS.contains(next) || next.equals("about") || next.equals("to");
  }

  /**
   * Participles of feeling: in "the voters were angered by the ruling" the subject holds the
   * attitude and the agent is what it is about, the reverse of "the plan was rejected by the board".
   */
  private static final Set<String> FEELING_PARTICIPLES = Set.of("impressed", "angered", "alarmed", "rattled",
      "outraged", "startled", "intrigued", "troubled", "disturbed", "shocked", "frustrated", "disappointed",
      "encouraged", "annoyed", "irritated", "offended", "stunned", "surprised", "dismayed", "appalled", "horrified",
      "heartened", "pleased", "delighted", "inspired", "bothered", "unsettled", "unnerved", "puzzled", "baffled",
      "mystified", "scared", "frightened", "terrified", "embarrassed", "infuriated", "enraged", "incensed",
      "reassured", "amused", "insulted", "disgusted", "saddened", "worried", "concerned");

  /** "The voters were angered by the ruling": the subject feels, about what the agent phrase names. */
  private Frame experiencerFrame(Frame frame, int by, int before, int start, int end) {
    NounPhrases.Phrase subject = subjectEndingAt(before, start);
    if (subject == null || relativeOfSubject >= 0) {
      return null;
    }
    frame.speaker = resolver.candidate(subject, phrases);
    frame.cueEnd = by + 1;
    frame.contentStart = by + 1;
    frame.contentEnd = clauseEnd(frame.contentStart, end, frame.cue.start());
    frame.pattern = "passive-experiencer";
    return frame.hasContent() ? frame : null;
  }

  /** The relative pronoun ("who") through which the last subject found was reached, or -1. */
  private int relativeOfSubject = -1;
  /** The first word of the relative phrase that {@link #relativeOfSubject} ends ("many" of "many of whom"). */
  private int relativeStart = -1;

  /**
   * @param quoteAt the quotation-mark quote covering each token, or null
   * @param scorer the cue model, or null to find cues by the word lists alone
   * @param threshold the probability from which the model's candidates are cues
   */
  FrameFinder(Document doc, AttributionLexicons lexicons, NounPhrases phrases, SpeakerResolver resolver, QuoteDraft[] quoteAt,
      FeatureScorer scorer, double threshold) {
    this.plainQuoteEnd = new int[doc.tokenCount()];
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked && quoteAt[quote.tokenStart] != quote) {
        plainQuoteEnd[quote.tokenStart] = quote.tokenEnd;
      }
    }
    this.scorer = scorer;
    this.threshold = threshold;
    this.doc = doc;
    this.lexicons = lexicons;
    this.phrases = phrases;
    this.resolver = resolver;
    this.quoteAt = quoteAt;
    this.nominal = new NominalFrames(doc, phrases, resolver, this, quoteAt);
    this.reactions = new ReactionFrames(doc, lexicons, phrases, resolver, this, quoteAt);
    this.surveys = new SurveyCues(doc, phrases, this, quoteAt);
  }

  /** The frames of sentence {@code s}, in cue order. */
  List<Frame> find(int s) {
    int start = doc.sentenceStart(s);
    int end = doc.sentenceEnd(s);
    List<Cue> cues = cues(start, end);
    if (cues.isEmpty()) {
      return List.of();
    }
    List<Frame> frames = new ArrayList<>(cues.size());
    for (int i = 0; i < cues.size(); i++) {
      Cue cue = cues.get(i);
      Frame frame = cue.sourceAfter() ? accordingTo(cue, s, start, end, cues, i)
          : isNoun(cue) ? nominal.frame(cue, s, start, end) : verbFrame(cue, s, start, end, cues, i, frames);
      if (frame != null) {
        extendOverQuotes(frame);
        frames.add(frame);
      }
    }
    cutAtLaterAttributions(frames);
    markNestedAccordingTo(frames);
    return dropNested(frames);
  }

  /**
   * Of two attributions one inside the other's content, keeps one: news states one attribution per
   * clause, and "Mr. McKinley said that he considered debt a last resort" is Mr. McKinley's
   * statement, not also one of "he" (on PolNeAR dev, dropping the inner ones raises content
   * precision from 0.90 to 0.92 at almost no recall). The stronger cue stays ("As far as whether
   * Sanders senses anger, the senator acknowledged that ..." keeps "acknowledged"); attributions
   * reported through "according to" stay with their "according to".
   */
  private static List<Frame> dropNested(List<Frame> frames) {
    if (frames.size() < 2) {
      return frames;
    }
    List<Frame> kept = new ArrayList<>(frames.size());
    for (Frame frame : frames) {
      boolean drop = false;
      for (Frame other : frames) {
        if (other == frame || other.absorbed || frame.via == other || other.via == frame) {
          continue;
        }
        boolean inside = other.hasContent() && frame.cue.start() >= other.contentStart && frame.cue.start() < other.contentEnd;
        boolean around = frame.hasContent() && other.cue.start() >= frame.contentStart && other.cue.start() < frame.contentEnd;
        // Of two frames one inside the other, the weaker cue goes; of equals, the inner one.
        if (inside && (strength(frame) <= strength(other) || findingOf(other, frame))
            || around && strength(frame) < strength(other) && !findingOf(frame, other)) {
          drop = true;
          break;
        }
      }
      if (!drop) {
        kept.add(frame);
      }
    }
    return kept;
  }

  /** "In a new poll, 58 percent said yes": a leading poll, which reports the clause after its comma. */
  private static boolean surveyLeading(Frame frame) {
    return frame.cue.sourceAfter() && frame.cue.cueClass() == CueClass.EVIDENCE && frame.contentStart > frame.cue.start();
  }

  /**
   * "A poll found that most voters say ..." and "In a new poll, most voters say ...": a document's
   * finding opens with the speech it counts, so the document reports that speech, speaker and all,
   * however strong its cue.
   */
  private static boolean findingOf(Frame outer, Frame inner) {
    return outer.speaker != null && (outer.speaker.kind == Speaker.Kind.DOCUMENT && !outer.speakerAfterCue || surveyLeading(outer))
        && inner.speaker != null && !inner.speakerAfterCue && inner.speaker.phrase.start() >= outer.contentStart
        && inner.speaker.phrase.start() - outer.contentStart <= 4;
  }

  /** How surely a cue introduces what someone said: speech above evidence above belief and judgement. */
  private static int strength(Frame frame) {
    return switch (frame.cue.cueClass()) {
      case SPEECH, ADDRESS, WRITE -> 3;
      case EVIDENCE -> 2;
      default -> 1;
    };
  }

  /** Whether the cue is a listed noun ("claim", "assertion"), which {@link NominalFrames} reads. */
  private boolean isNoun(Cue cue) {
    String[] phrase = lexicons.phraseAt(doc, cue.start(), cue.end());
    return phrase != null && phrase[0].startsWith("noun ") && isNounCue(cue.start());
  }

  /** A listed cue noun counts where the tagger saw a noun that is no verb in disguise ("Trump claims that"). */
  private boolean isNounCue(int t) {
    return "NOUN".equals(doc.pos(t)) && !isVerb(t);
  }

  // ---- cues

  private List<Cue> cues(int start, int end) {
    List<Cue> cues = new ArrayList<>(2);
    boolean quoteInSentence = quoteIn(start, end);
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
        if (kind.startsWith("noun ") && isNounCue(t)) {
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
        if (kind.startsWith("verb ") && (isVerb(t) || auxiliaryBefore(t, start))) {
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
        || !QUESTION_WORDS.contains(doc.lower(t + 1)) && !QUESTION_OPENERS.contains(doc.lower(t + 1))) {
      return start;
    }
    // The question ends at its comma, which may stand inside the marks of a quoted question ("... honest,”").
    for (int k = t + 2; k + 1 < end; k++) {
      if (doc.norm(k).equals(",") && (quoteAt[k] == null || closesQuote(k + 1))) {
        return closesQuote(k + 1) ? k + 2 : k + 1;
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
    boolean listed = value != null && (isVerb(t) || isSay(value));
    if (scorer == null) {
      return listed ? lexiconCue(t, value, 1.0) : null;
    }
    if (quoteAt[t] != null || !listed && (!"VERB".equals(doc.pos(t)) || FUNCTION_VERBS.contains(doc.lower(t)))) {
      return null;
    }
    // Only a word that can have a speaker can be a cue: ask the model about no other.
    int before = skipBackOverAuxiliaries(t - 1, start);
    String subjectKind = subjectKind(t, before, start);
    if (subjectKind.equals("none") && !isPassive(before + 1, t)) {
      return null;
    }
    if (value == null && NOT_STATING.contains(doc.lower(t))) {
      return null;
    }
    // A verb outside the lists is asked about only with a subject before it, or one it shares with
    // the clause before ("... and downplayed", "..., encouraging"): the model accepts few others, and
    // asking costs more than anything else here.
    boolean borrowsSubject = subjectKind.equals("conj") || subjectKind.equals("comma") && doc.lower(t).endsWith("ing");
    boolean otherSubject = subjectKind.equals(Speaker.Kind.OTHER.name());
    // An infinitive at the end of a chain of control or raising words ("continued to call for",
    // "was quick to embrace") has the chain's subject for its own.
    boolean chained = subjectKind.equals("control") && chainSpeaker(before, start) != null;
    if (value == null && !SPEAKING_SUBJECTS.contains(subjectKind) && !borrowsSubject && !otherSubject && !chained) {
      return null;
    }
    double probability = scorer.probability(features(t, start, end, value, subjectKind, quoteInSentence));
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
        : new Cue(t, t + 1, lemma(doc.lower(t)), CueClass.LEARNED, false, probability);
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

  /**
   * What stands before a candidate cue, after its auxiliaries: the kind of the subject phrase
   * ({@link Speaker.Kind} name), or "conj", "comma", "control" (after "to" or "by") or "start"
   * (a speaker may come from elsewhere), or "none".
   */
  private String subjectKind(int t, int before, int start) {
    NounPhrases.Phrase subject = subjectEndingAt(before, start);
    if (subject != null) {
      return resolver.candidate(subject, phrases).kind.name();
    }
    if (before < start) {
      return "start";
    }
    if (isConjunction(before)) {
      return "conj";
    }
    String lower = doc.lower(before);
    if (lower.equals("to") || doc.lower(t).endsWith("ing") && GERUND_PREPOSITIONS.contains(lower)) {
      return "control";
    }
    return doc.norm(before).equals(",") || closesQuote(before) || isDash(before) ? "comma" : "none";
  }

  /** A quotation within a few words after the cue, or closing right before its clause. */
  private boolean quoteNear(int t, int start, int end) {
    for (int k = t + 1; k < end && k <= t + 8; k++) {
      if (opensQuote(k)) {
        return true;
      }
    }
    for (int k = t - 1; k >= start && k >= t - 6; k--) {
      if (closesQuote(k)) {
        return true;
      }
    }
    return false;
  }

  /** A word the cue model is asked about: a verb, or a listed cue form used where a verb could stand. */
  boolean isCandidate(int t) {
    if (quoteAt[t] != null) {
      return false;
    }
    String value = lexicons.verbValue(doc.lower(t));
    return "VERB".equals(doc.pos(t)) || value != null && (isVerb(t) || isSay(value));
  }

  /** The features of candidate {@code t} for training: as {@link #verbCue} computes them, ungated. */
  String[] features(int t, int start, int end) {
    int before = skipBackOverAuxiliaries(t - 1, start);
    return features(t, start, end, lexicons.verbValue(doc.lower(t)), subjectKind(t, before, start), quoteIn(start, end));
  }

  /** Whether a quotation lies in the tokens {@code [start, end)}. */
  private boolean quoteIn(int start, int end) {
    for (int k = start; k < end; k++) {
      if (quoteAt[k] != null) {
        return true;
      }
    }
    return false;
  }

  /** A rough lemma for a verb outside the lists: "attacked" → "attack", "refuses" → "refuse". */
  static String lemma(String lower) {
    if (lower.endsWith("ing") && lower.length() > 5) {
      return lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith("ied") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (lower.endsWith("ed") && lower.length() > 4) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.endsWith("es") && lower.length() > 4 && (lower.endsWith("ses") || lower.endsWith("shes") || lower.endsWith("ches"))) {
      return lower.substring(0, lower.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && lower.length() > 3) {
      return lower.substring(0, lower.length() - 1);
    }
    return lower;
  }

  /**
   * What the cue model reads about candidate {@code t} of the sentence {@code [start, end)}: the
   * word, its lemma, tag and listed class, its neighbours, the kind of subject before it and of
   * phrase after it, and what it introduces (that, a colon, a quotation mark, a clause).
   */
  private String[] features(int t, int start, int end, String value, String subjectKind, boolean quoteInSentence) {
    String lower = doc.lower(t);
    int space = value == null ? -1 : value.indexOf(' ');
    String lemma = value == null ? lemma(lower) : space < 0 ? value : value.substring(0, space);
    String cueClass = value == null ? "none" : space < 0 ? "speech" : value.substring(space + 1);
    NounPhrases.Phrase next = t + 1 < end ? phrases.startingAt(t + 1, end) : null;
    String nextKind = next == null ? "none" : resolver.candidate(next, phrases).kind.name();
    int after = skipAdjuncts(t + 1, end);
    String introduces = after >= end || onlyPunctuation(after, end) ? "end"
        : doc.lower(after).equals("that") ? "that"
        : opensQuote(after) ? "quote"
        : doc.norm(after).equals(":") ? "colon"
        : doc.norm(after).equals(",") && after + 1 < end && opensQuote(after + 1) ? "comma-quote"
        : doc.lower(after).equals("to") ? "to"
        : startsClause(after, end, false) ? "clause" : doc.pos(after);
    boolean quoteBefore = quoteJustBefore(t) >= 0 || quoteJustBefore(skipBackOverAuxiliaries(t - 1, start) + 1) >= 0;
    String suffix = lower.endsWith("ing") ? "ing" : lower.endsWith("ed") ? "ed" : lower.endsWith("s") ? "s" : "base";
    String qb = quoteBefore ? "true" : "false";
    return new String[] {
        FeatureNames.of("w=", lower), FeatureNames.of("lem=", lemma), FeatureNames.of("pos=", doc.pos(t)),
        FeatureNames.of("class=", cueClass), FeatureNames.of("suffix=", suffix),
        "p1=" + (t > start ? doc.lower(t - 1) : "<s>"), FeatureNames.of("pp1=", t > start ? doc.pos(t - 1) : "<s>"),
        "n1=" + (t + 1 < end ? doc.lower(t + 1) : "</s>"), FeatureNames.of("pn1=", t + 1 < end ? doc.pos(t + 1) : "</s>"),
        FeatureNames.of("pn2=", t + 2 < end ? doc.pos(t + 2) : "</s>"),
        FeatureNames.of("subj=", subjectKind), FeatureNames.of("next=", nextKind), FeatureNames.of("intro=", introduces),
        FeatureNames.of("qb=", qb), quoteInSentence ? "qs=true" : "qs=false",
        FeatureNames.of("lem+intro=", lemma, introduces), FeatureNames.of("lem+subj=", lemma, subjectKind),
        FeatureNames.of("class+intro=", cueClass, introduces), FeatureNames.of("subj+intro=", subjectKind, introduces),
        FeatureNames.of("lem+qb=", lemma, qb)};
  }

  /**
   * Whether a cue form is used as a verb here. The tagger's VERB is trusted; an inflected form it
   * called something else still counts where a noun could not stand: not after a determiner or a
   * possessive, and followed by what follows a verb (a period, a comma, "that", a quotation mark, a
   * pronoun, a determiner, a preposition or an adverb).
   */
  private boolean isVerb(int t) {
    String pos = doc.pos(t);
    if ("VERB".equals(pos)) {
      return true;
    }
    String lower = doc.lower(t);
    boolean inflected = lower.endsWith("s") || lower.endsWith("ed") || lower.endsWith("ing");
    if (!inflected || "ADP".equals(pos) || "DET".equals(pos) || "PRON".equals(pos)) {
      return false;
    }
    if (t > 0 && doc.sentenceOf(t - 1) == doc.sentenceOf(t)) {
      String before = doc.pos(t - 1);
      String previous = doc.lower(t - 1);
      if ("DET".equals(before) || "ADJ".equals(before) || previous.equals("'s") || previous.equals("his")
          || previous.equals("her") || previous.equals("their") || previous.equals("its")) {
        return false;
      }
    }
    if (t + 1 >= doc.tokenCount() || doc.sentenceOf(t + 1) != doc.sentenceOf(t)) {
      return true;
    }
    String next = doc.pos(t + 1);
    return "PUNCT".equals(next) || "PRON".equals(next) || "DET".equals(next) || "ADP".equals(next)
        || "ADV".equals(next) || "SCONJ".equals(next) || doc.lower(t + 1).equals("that");
  }

  /**
   * Words that link a subject to a predicate adjective ("were incensed", "seemed sure", "came away
   * convinced"). Not "being": "the partner being supportive" is a small clause inside another's statement.
   */
  static final Set<String> LINKING = Set.of("is", "are", "was", "were", "be", "been", "am", "'re", "'m",
      "seem", "seems", "seemed", "appear", "appears", "appeared", "feel", "feels", "felt", "remain", "remains",
      "remained", "grew", "grow", "grows", "became", "become", "becomes", "away");

  /** Adverbs that may stand between the linking word and the adjective ("were also deeply worried"). */
  private static final int MAX_PREDICATE_ADVERBS = 3;

  /**
   * Whether the listed stance word at {@code t} is a predicate adjective: a linking word stands
   * before it, past a few adverbs. Only then is the stance the subject's ("the senators were
   * incensed that"); an attributive one ("an incensed crowd") attributes nothing.
   */
  private boolean linkedPredicate(int t, int start) {
    int k = t - 1;
    int adverbs = 0;
    while (k >= start && adverbs < MAX_PREDICATE_ADVERBS && ("ADV".equals(doc.pos(k)) || "PART".equals(doc.pos(k)))
        && !LINKING.contains(doc.lower(k))) {
      k--;
      adverbs++;
    }
    return k >= start && LINKING.contains(doc.lower(k));
  }

  /** Before a predicate adjective, steps back over its adverbs and linking words ("came away", "seemed"). */
  private int linkingStart(int t, int start) {
    int stop = Math.max(start, t - MAX_LINKING_WORDS + 1);
    while (t >= stop && quoteAt[t] == null && (LINKING.contains(doc.lower(t)) || "ADV".equals(doc.pos(t))
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

  /** Whether the cue is a listed stance adjective, whose subject stands before its linking words. */
  private boolean isStance(Cue cue) {
    String[] phrase = lexicons.phraseAt(doc, cue.start(), cue.end());
    return phrase != null && phrase[0].startsWith("stance ");
  }

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

  /** "said", "says", "told": cues whatever the tagger thought of them. */
  private static boolean isSay(String value) {
    return value.startsWith("say ") || value.startsWith("tell ");
  }

  // ---- "according to"

  private Frame accordingTo(Cue cue, int s, int start, int end, List<Cue> cues, int index) {
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
    frame.pattern = cue.cueClass() == CueClass.EVIDENCE ? "survey-lead" : "according-to";
    boolean leading = cue.start() == start || onlyIntroBefore(start, cue.start());
    int after = skipAppositive(phrase.end(), end);
    if (leading && after < end && !doc.norm(after).equals(",")) {
      // "According to Rush Limbaugh, the move reeks of ...": a leading phrase ends at its comma; only
      // an appositive closed by a second comma belongs to the source.
      after = phrase.end();
    }
    if (leading && cue.cueClass() == CueClass.EVIDENCE) {
      after = skipParticipleAside(after, end);
    }
    boolean lastInSentence = after >= end || onlyPunctuation(after, end);
    boolean commaBefore = cue.start() > start && isCommaOrClosing(cue.start() - 1);
    if (leading && after < end && doc.norm(after).equals(",")) {
      frame.contentStart = after + 1;
      frame.contentEnd = clauseEnd(after + 1, end, cue.start());
    } else if (commaBefore && lastInSentence) {
      frame.contentStart = contentStartBefore(start, cue.start() - 1);
      frame.contentEnd = contentEndBefore(cue.start() - 1);
    } else if (lastInSentence) {
      frame.contentStart = contentStartBefore(start, cue.start());
      frame.contentEnd = trimEnd(start, cue.start());
    } else {
      frame.contentStart = start;
      frame.contentEnd = trimEnd(start, end);
      frame.pattern = "according-to-parenthetical";
    }
    return frame.hasContent() ? frame : null;
  }

  /**
   * "In the previous poll, conducted in early September, Clinton led": a participle aside after the
   * poll tells how it was made; the finding starts after its closing comma. Returns that comma, or
   * {@code t} where no such aside follows.
   */
  private int skipParticipleAside(int t, int end) {
    if (t + 1 >= end || !doc.norm(t).equals(",") || !"VERB".equals(doc.pos(t + 1)) || !doc.lower(t + 1).endsWith("ed")
        && !doc.lower(t + 1).endsWith("en")) {
      return t;
    }
    int close = closeOfAside(t + 1, end, 11);
    return close < end && doc.norm(close).equals(",") ? close : t;
  }

  /** Whether only a conjunction or an adverb precedes {@code t} in the sentence ("But according to ..."). */
  boolean onlyIntroBefore(int start, int t) {
    if (t - start > 2) {
      return false;
    }
    for (int k = start; k < t; k++) {
      String pos = doc.pos(k);
      if (!"CCONJ".equals(pos) && !"ADV".equals(pos) && !doc.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  // ---- verb cues

  private Frame verbFrame(Cue cue, int s, int start, int end, List<Cue> cues, int index, List<Frame> earlier) {
    Frame frame = new Frame(cue, s);
    int cueEnd = extendCue(cue.end(), end);
    frame.cueEnd = cueEnd;
    boolean stance = isStance(cue);
    int before = skipBackOverAuxiliaries(stance ? linkingStart(cue.start() - 1, start) : cue.start() - 1, start);
    if (reactions.isReaction(cue, start, end) && !isPassive(before + 1, cue.start())) {
      Frame reaction = reactions.frame(frame, before, start, end);
      if (reaction != null) {
        return reaction;
      }
    }
    if (!stance && isPassive(before + 1, cue.start())) {
      return passiveFrame(frame, cue, cueEnd, before, start, end);
    }
    NounPhrases.Phrase subject = subjectEndingAt(before, start);
    if (subject != null && participleAfterComma(cue.start(), before) && !describedSpeaker(subject, before)) {
      // "In 1986, the court blocked ..., citing a threat": a participle after a comma has no subject
      // of its own; only a speaker with its appositive ("Ortiz, a lawyer, citing") stands before it.
      subject = null;
    }
    String layout = null;
    boolean inRelativeClause = false;
    Speaker previousSpeaker = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).speaker;
    if (subject != null && previousSpeaker != null && previousSpeaker.local == previousSpeaker.phrase
        && participleOnPlace(cue.start(), before, subject)) {
      // "she said at a news conference announcing that ...": the participle goes on with the clause's
      // speaker; the place or event before it says nothing.
      frame.speaker = previousSpeaker;
      layout = "participle";
    } else if (subject != null) {
      frame.speaker = resolver.candidate(subject, phrases);
      if (relativeOfSubject >= 0) {
        // "McConnell, who in 2010 said ...": the speaker is McConnell, mentioned here as "who".
        // "which" and "that" stand for things; only a name, a body or a document speaks through them.
        String relative = doc.lower(relativeOfSubject);
        boolean personal = relative.equals("who") || relative.equals("whom") || frame.speaker.kind == Speaker.Kind.NAME
            || frame.speaker.kind == Speaker.Kind.DESCRIPTION || frame.speaker.kind == Speaker.Kind.DOCUMENT;
        if (!personal) {
          return null;
        }
        frame.speaker.local = new NounPhrases.Phrase(relativeStart, relativeOfSubject + 1, relativeOfSubject);
        inRelativeClause = true;
      }
      // "Tom Hale, a delegate supporting Smith, said ...": a participle right after its noun is a
      // reduced relative clause, and what it holds ends with the clause as a relative's does.
      inRelativeClause |= before == subject.end() - 1 && isPresentParticiple(doc.lower(cue.start()));
    } else if (before >= start && isConjunction(before) && coordinatedSpeaker(earlier, start, before) != null) {
      frame.speaker = coordinatedSpeaker(earlier, start, before);
      layout = "coordinated";
    } else if (before >= start && doc.norm(before).equals(",") && doc.lower(cue.start()).endsWith("ing")) {
      // "..., saying" shares the speaker of the clause it hangs on: the cue before, unless that cue
      // sits in a relative clause ("an architect who said ..., saying"), whose speaker is not the sentence's.
      // Any subject will do here: the cue model has judged the participle a cue ("two speechwriters
      // urged ..., arguing that").
      Speaker clauseSpeaker = previousSpeaker != null && previousSpeaker.local == previousSpeaker.phrase ? previousSpeaker
          : sentenceSubject(start, before, true);
      if (clauseSpeaker == null) {
        return null;
      }
      frame.speaker = distributed(clauseSpeaker, before, cue.start());
      layout = "participle";
    } else if (isControlled(cue, before, start)) {
      // "took to Twitter to accuse ...", "began by saying ...", "After saying ..., she was ...":
      // the speaker is the subject of the clause the infinitive or gerund belongs to.
      Speaker controller = controller(cue, start, end, earlier);
      if (controller == null) {
        return null;
      }
      frame.speaker = controller;
      layout = "controlled";
    } else if (before < start && doc.lower(cue.start()).endsWith("ing")) {
      return null;
    } else if ((before < start || isCommaOrClosing(before) || isDash(before)) && (invertible(cue) || reportsAtEnd(cue, cueEnd, end))) {
      NounPhrases.Phrase inverted = phrases.startingAt(cueEnd, end);
      if (inverted == null || phrases.isPronoun(inverted.head()) && !INVERTIBLE_PRONOUNS.contains(doc.lower(inverted.head()))
          || startsVerb(inverted.end(), end)) {
        // "..., said the suing states were exaggerating": a phrase followed by its verb is the
        // subject of the content, not a speaker after the cue.
        return null;
      }
      frame.speaker = resolver.candidate(inverted, phrases);
      frame.speakerAfterCue = true;
      cueEnd = Math.max(cueEnd, extendCue(skipAppositive(inverted.end(), end), end));
    } else {
      return null;
    }
    if (frame.speaker == null) {
      return null;
    }
    frame.speakerBorrowed = layout != null;
    if (layout == null && !frame.speakerAfterCue && !inRelativeClause && asClause(frame, cueEnd, start, end)) {
      return frame;
    }
    int after = frame.speakerAfterCue ? skipAdjuncts(cueEnd, end) : skipAdjuncts(skipAddressee(cue, cueEnd, end), end);
    int attributionStart = frame.attributionStart();
    if (after < end && doc.norm(after).equals(":") && after + 1 == end) {
      // "She said:" closes its sentence; what follows it is the content.
      frame.introducesNext = true;
      frame.pattern = layout != null ? layout : "speaker-cue-colon";
      return frame;
    }
    // The cue ends its sentence when only punctuation follows, or a trailing phrase with no clause
    // ("said at a rally in Ohio."); an object ("called for the repeal of the law") is content.
    boolean finalCue = after >= end || onlyPunctuation(after, end)
        || !clauseFollows(after, end) && "ADP".equals(doc.pos(after));
    int quoteBefore = quoteJustBefore(attributionStart);
    boolean thatFollows = after < end && doc.lower(after).equals("that");
    // A quote in the sentence before counts only when the attribution is all its sentence holds ("Vitter demanded.").
    if (quoteBefore >= 0 && (quoteBefore < start && !finalCue || !canBeStatement(quoteAt[quoteBefore]))) {
      quoteBefore = -1;
    }
    // "Ortiz warned against hackers.", "has been talking about the plan": with nothing said before
    // the attribution, the object of a preposition after the cue is what the stance is about.
    // A participle's comma closes the clause it hangs on, whose content is that clause's own.
    boolean contentBefore = !"participle".equals(layout) && attributionStart - 1 >= start
        && (isCommaOrClosing(attributionStart - 1) || isDash(attributionStart - 1))
        && !frontedPhrase(start, attributionStart - 1);
    if (finalCue && quoteBefore < 0 && !contentBefore && (prepositionalObject(after, end) || referenceObject(cue, after, end))) {
      finalCue = false;
    }
    if (quoteBefore >= 0 && !thatFollows) {
      // "“...,” she said" (also when the sentence splitter put "she said" on its own).
      QuoteDraft quoted = quoteAt[quoteBefore];
      boolean introduced = quoted.tokenStart > start && doc.norm(quoted.tokenStart - 1).equals(":");
      // "McCaskill scolded him: “...,” she said": after a colon the quote alone is the content.
      frame.contentStart = quoteBefore >= start && !introduced ? contentStartBefore(start, quoteBefore) : quoted.tokenStart;
      frame.contentEnd = quoteBefore + 1;
      frame.pattern = layout != null ? layout : "content-speaker-cue";
    } else if (finalCue) {
      int beforeAttribution = coordinatedSubjectStart(attributionStart, start) - 1;
      if (beforeAttribution < start) {
        return null;
      }
      // "describing as “unhinged” a tweet attacking ...": a quote governed by a preposition or an
      // article before it is an object, not what the words after it report.
      boolean objectQuote = closesQuote(beforeAttribution) && governed(quoteAt[beforeAttribution]);
      if ((isCommaOrClosing(beforeAttribution) || isDash(beforeAttribution)) && !objectQuote
          && !frontedPhrase(start, beforeAttribution)) {
        frame.contentStart = contentStartBefore(start, beforeAttribution);
        frame.contentEnd = contentEndBefore(beforeAttribution);
        frame.pattern = layout != null ? layout : "content-speaker-cue";
      } else {
        return null;
      }
    } else {
      int introduced = skipToIntroducer(after, end);
      if (introduced > after) {
        after = introduced;
      }
      String next = doc.lower(after);
      if (next.equals("that") && !verbFollows(after)) {
        frame.contentStart = after + 1;
        frame.pattern = "speaker-cue-that";
      } else if ((next.equals(":") || next.equals(",")) && after + 1 < end && opensQuote(after + 1)) {
        frame.contentStart = after + 1;
        frame.pattern = "speaker-cue-quote";
      } else if (next.equals(":") && after + 1 < end) {
        frame.contentStart = after + 1;
        frame.pattern = "speaker-cue-colon";
      } else if (opensQuote(after)) {
        frame.contentStart = after;
        frame.pattern = "speaker-cue-quote";
      } else if (next.equals(",") && attributionStart > start && isCommaOrClosing(attributionStart - 1)) {
        frame.contentStart = contentStartBefore(start, attributionStart - 1);
        frame.contentEnd = trimEnd(start, end);
        frame.pattern = "parenthetical";
        return frame.contentEnd > frame.contentStart ? frame : null;
      } else if (QUESTION_WORDS.contains(next) && QUESTION_LEMMAS.contains(cue.lemma())) {
        frame.contentStart = after;
        frame.pattern = "speaker-cue-question";
      } else if (next.equals("to") && TO_LEMMAS.contains(cue.lemma())) {
        frame.contentStart = after;
        frame.pattern = "speaker-cue-to";
      } else if (cue.cueClass() == CueClass.EVALUATE && carriesQuoteOrAs(after, end)) {
        frame.contentStart = after;
        frame.pattern = "speaker-evaluates";
      } else if (cue.cueClass() == CueClass.EVALUATE && scorer == null) {
        // Without the cue model a judgement needs a quote or "as" to be an attribution.
        return null;
      } else if (cue.cueClass().takesBareClause() && startsClause(after, end, looseClause(cue))) {
        frame.contentStart = after;
        frame.pattern = "speaker-cue-clause";
      } else if (after == cueEnd && (prepositionalObject(after, end) || referenceObject(cue, after, end))) {
        // The preposition belongs to the cue ("warned against", "talking about").
        frame.cueEnd = after + 1;
        frame.contentStart = after + 1;
        frame.pattern = "speaker-cue-preposition";
      } else if (after < end && !"PUNCT".equals(doc.pos(after)) && !(stance && stanceQualifier(after))) {
        // "angry because ...", "sure to pass", "outraged and mocking": what follows a stance
        // adjective says why or how likely, not what is held.
        // "Graham criticized the party's lack of environmental awareness": a stance on what follows.
        frame.contentStart = after;
        frame.pattern = "speaker-cue-object";
      } else {
        return null;
      }
      boolean object = frame.pattern.equals("speaker-cue-object");
      if (layout != null) {
        frame.pattern = layout;
      }
      frame.contentEnd = clauseEnd(frame.contentStart, end, frame.attributionStart());
      if (inRelativeClause) {
        int opening = frame.speaker.local.start() - 1;
        boolean dashOpened = opening >= 0 && isDash(opening) && !doc.norm(opening).equals("-");
        frame.contentEnd = relativeClauseEnd(frame.contentStart, frame.contentEnd, dashOpened);
      }
      // "spoke in Paris on Tuesday", "campaigned as a populist": a phrase of place, time or manner
      // after the verb says where or how, not what was said.
      if (object && (adjunctOnly(frame.contentStart, frame.contentEnd)
          || speechActReference(cue, frame.contentStart, frame.contentEnd))) {
        return null;
      }
    }
    return frame.hasContent() ? frame : null;
  }

  /** Prepositions a verb of speaking or stance takes its topic or addressee with ("talked to", "spoke about", "commented on the plan"). */
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("to", "of", "with", "about", "on", "against", "over",
      "for", "like", "toward", "towards", "at");

  /**
   * Whether the words from {@code from} to {@code to} are only an adjunct: a coordinated verb phrase
   * ("and left"), or a phrase that opens with a preposition introducing no topic ("in Paris",
   * "during the debate", "as a candidate"; "on" only before a time, "on Tuesday") and holds no verb,
   * quote or "that".
   */
  private boolean adjunctOnly(int from, int to) {
    if (from >= to || quoteAt[from] != null) {
      return false;
    }
    String pos = doc.pos(from);
    // "laughed and said", "paused and wiped a tear": a second verb joined to the cue is no object of it.
    if ("CCONJ".equals(pos)) {
      return true;
    }
    if (!"ADP".equals(pos) && !"SCONJ".equals(pos)) {
      return false;
    }
    String lower = doc.lower(from);
    if (COMPLEMENT_PREPOSITIONS.contains(lower) && !(lower.equals("on") && timeFollows(from + 1, to))) {
      return false;
    }
    return !clauseFollows(from + 1, relativeCommaOrEnd(from + 1, to));
  }

  private static final Set<String> PLACE_TIME_RELATIVES = Set.of("where", "when", "which", "who", "whose");

  /** Where ", where ...", ", which ..." begins a relative clause on the phrase before it; else {@code to}. */
  private int relativeCommaOrEnd(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (quoteAt[k] == null && doc.norm(k).equals(",") && PLACE_TIME_RELATIVES.contains(doc.lower(k + 1))) {
        return k;
      }
    }
    return to;
  }

  /**
   * Verbs that perform a speech act named by their object ("made the remarks", "delivered her
   * speech"), in all their forms: a learned cue carries its word, not its lemma.
   */
  private static final Set<String> PERFORM_FORMS = Set.of("make", "makes", "made", "making", "give", "gives", "gave",
      "given", "giving", "deliver", "delivers", "delivered", "delivering", "issue", "issues", "issued", "issuing",
      "release", "releases", "released", "releasing");
  /** Words after a speech noun that go on to what it says ("comments about", "the point that", "this statement:"). */
  private static final Set<String> TOPIC_OPENERS = Set.of("about", "on", "of", "to", "for", "against", "over", "that", ":");
  /** Nouns naming an act of speech rather than what it says. */
  private static final Set<String> SPEECH_ACT_NOUNS = Set.of("comment", "comments", "remark", "remarks", "statement",
      "statements", "speech", "speeches", "announcement", "pledge", "promise", "vow", "pitch", "address", "appearance");

  /**
   * "Trump made the comments on Friday", "she delivered her acceptance speech": a definite or
   * possessive speech act performed names words reported elsewhere; with nothing about what it says
   * after its noun ("made the point that ...", "gave remarks on trade" carry it), it holds no content.
   */
  private boolean speechActReference(Cue cue, int from, int to) {
    if (!PERFORM_FORMS.contains(cue.lemma()) && !PERFORM_FORMS.contains(doc.lower(cue.start()))
        || from >= to || quoteAt[from] != null) {
      return false;
    }
    String first = doc.lower(from);
    boolean definite = first.equals("the") || first.equals("this") || first.equals("these") || first.equals("those")
        || POSSESSIVE_DETERMINERS.contains(first) || from + 1 < to && isPossessiveMark(doc.lower(from + 1));
    if (!definite) {
      return false;
    }
    // The noun comes within a few words ("the following comment", "his comments Friday").
    int noun = from + 1;
    while (noun < to && noun - from <= 3 && !SPEECH_ACT_NOUNS.contains(doc.lower(noun))) {
      noun++;
    }
    if (noun >= to || noun - from > 3) {
      return false;
    }
    int next = noun + 1;
    return next >= to || quoteAt[next] == null && !TOPIC_OPENERS.contains(doc.lower(next));
  }

  private static boolean isPossessiveMark(String lower) {
    return lower.equals("'s");
  }

  /** Verbs whose "to" takes what they speak of ("referring to", "pointed to", "responded to"), as stems. */
  private static final List<String> REFERENCE_STEMS = List.of("refer", "point", "allud", "respond", "react", "repl");

  /** "referring to the bill": a verb of reference and "to" with the noun phrase spoken of. */
  private boolean referenceObject(Cue cue, int t, int end) {
    if (t + 1 >= end || quoteAt[t] != null || !doc.lower(t).equals("to")) {
      return false;
    }
    String verb = doc.lower(cue.start());
    if (REFERENCE_STEMS.stream().noneMatch(verb::startsWith)) {
      return false;
    }
    NounPhrases.Phrase object = phrases.startingAt(t + 1, end);
    return object != null && !lexicons.isTimeWord(doc.lower(object.head()));
  }

  /**
   * Content said in a relative clause ends with the clause: "Clinton, who has called for higher
   * taxes, attacked the plan" — at the last comma after which a verb goes on (adverbs may come
   * first), the main clause's; an earlier one may close a participle inside the content ("who said
   * the bridge, built in 1950, was unsafe, voted ..."). Returns {@code to} when no such comma comes.
   */
  private int relativeClauseEnd(int from, int to, boolean dashOpened) {
    int closing = closingMark(from, to, dashOpened);
    if (closing >= 0) {
      return trimEnd(from, closing);
    }
    for (int k = to - 2; k > from; k--) {
      if (quoteAt[k] != null || !doc.norm(k).equals(",")) {
        continue;
      }
      int verb = k + 1;
      while (verb < to && verb - k <= 3 && "ADV".equals(doc.pos(verb)) && quoteAt[verb] == null) {
        verb++;
      }
      if (startsVerb(verb, to) && !isBareParticiple(verb)) {
        return trimEnd(from, k);
      }
    }
    return to;
  }

  /**
   * A closing parenthesis not opened within [from, to), or a dash when a dash opened the clause:
   * "Mark Jones (who backs the mayor) spoke", "Jones -- who backs the mayor -- spoke" — a relative
   * clause set off by parentheses or dashes ends at the closing one. Returns -1 when none.
   */
  private int closingMark(int from, int to, boolean dashOpened) {
    int depth = 0;
    for (int k = from; k < to; k++) {
      if (quoteAt[k] != null) {
        continue;
      }
      String norm = doc.norm(k);
      if (dashOpened && depth == 0 && isDash(k) && !norm.equals("-")) {
        return k;
      }
      if (norm.equals("(")) {
        depth++;
      } else if (norm.equals(")")) {
        if (depth == 0) {
          return k;
        }
        depth--;
      }
    }
    return -1;
  }

  /** How far an opening "As X said" clause may run before its comma ("As Ortiz told the Daily News last week,"). */
  private static final int MAX_AS_CLAUSE = 15;

  /**
   * An attribution in an "as" clause reports the main clause: "As many experts have pointed out,
   * Trump is free to ...", "... had a gun, as police have said.", "Ortiz, as she said on Monday,
   * wants a recount." Sets the content of {@code frame} and returns true when "as" stands right
   * before its speaker, opening the sentence or after a comma. Only cues that carry what is said
   * count: "As he spoke, the crowd cheered" tells when, not what.
   */
  private boolean asClause(Frame frame, int cueEnd, int start, int end) {
    int as = frame.attributionStart() - 1;
    CueClass cueClass = frame.cue.cueClass();
    if (as < start || quoteAt[as] != null || !doc.lower(as).equals("as") || cueClass == CueClass.LEARNED
        || cueClass == CueClass.EVALUATE) {
      return false;
    }
    if (as == start || onlyIntroBefore(start, as)) {
      int content = contentAfterAsClause(cueEnd, end);
      if (content < 0) {
        return false;
      }
      frame.contentStart = content;
      frame.contentEnd = clauseEnd(content, end, frame.attributionStart());
      frame.pattern = "as-clause";
      return frame.hasContent();
    }
    if (!doc.norm(as - 1).equals(",") || as - 1 <= start) {
      return false;
    }
    int close = asideEnd(skipAdjuncts(skipAddressee(frame.cue, cueEnd, end), end), end);
    if (close >= end || onlyPunctuation(close, end)) {
      frame.contentStart = contentStartBefore(start, as - 1);
      frame.contentEnd = contentEndBefore(as - 1);
    } else if (doc.norm(close).equals(",") && quoteAt[close] == null && !nounBefore(start, as - 1)) {
      // "If, as I have argued, the plan fails, ...": after a mere opening word the content follows the aside.
      frame.contentStart = close + 1;
      frame.contentEnd = clauseEnd(close + 1, end, frame.attributionStart());
    } else if (doc.norm(close).equals(",") && quoteAt[close] == null) {
      // "Ortiz, as she said on Monday, wants a recount": the sentence around the aside is the content.
      frame.contentStart = contentStartBefore(start, as - 1);
      frame.contentEnd = trimEnd(start, end);
    } else {
      return false;
    }
    frame.pattern = "as-clause";
    return frame.hasContent();
  }

  /** Whether a noun or pronoun stands in {@code [from, to)}; a subordinator the tagger misread ("If/NOUN") is none. */
  private boolean nounBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if ((phrases.isNounLike(k) || phrases.isPronoun(k)) && !SUBORDINATORS.contains(doc.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** The longest trailing phrase of a cue inside an aside ("many times", "in a speech to donors"). */
  private static final int MAX_ASIDE_TAIL = 8;

  /** The comma or sentence end after a verbless phrase from {@code t} ("many times,"); {@code t} when a verb or quote comes first. */
  private int asideEnd(int t, int end) {
    for (int k = t; k < end && k - t <= MAX_ASIDE_TAIL; k++) {
      if (quoteAt[k] != null || startsVerb(k, end)) {
        return t;
      }
      if (doc.norm(k).equals(",") || onlyPunctuation(k, end)) {
        return k;
      }
    }
    return t;
  }

  /**
   * Where the main clause after an opening "As X said" clause starts: after the comma or colon that
   * closes it, or at a quotation opening right after the cue's words; -1 when a verb comes first
   * (the clause has content of its own).
   */
  private int contentAfterAsClause(int cueEnd, int end) {
    for (int k = cueEnd; k + 1 < end && k - cueEnd < MAX_AS_CLAUSE; k++) {
      if (opensQuote(k)) {
        return k;
      }
      String norm = doc.norm(k);
      if (quoteAt[k] == null && (norm.equals(",") || norm.equals(":"))) {
        return k + 1;
      }
      if (startsVerb(k, end)) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the cue is a present participle after a comma, with no auxiliary between ("..., also saying"). */
  private boolean participleAfterComma(int cue, int before) {
    if (before < 0 || !doc.norm(before).equals(",") || !doc.lower(cue).endsWith("ing")) {
      return false;
    }
    for (int k = before + 1; k < cue; k++) {
      if ("AUX".equals(doc.pos(k)) || FUNCTION_VERBS.contains(doc.lower(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the cue is a present participle right after the object of a preposition that cannot
   * speak ("at a news conference announcing"), so that it goes on with the clause before.
   */
  private boolean participleOnPlace(int cue, int before, NounPhrases.Phrase subject) {
    return before == cue - 1 && doc.lower(cue).endsWith("ing") && relativeOfSubject < 0 && subject.start() > 0
        && "ADP".equals(doc.pos(subject.start() - 1)) && !speaks(subject);
  }

  /** Words that take up a plural subject one by one or together before a participle ("..., each saying"). */
  private static final Set<String> DISTRIBUTIVES = Set.of("each", "both", "all");

  /** The clause's speaker, mentioned as "each", "both" or "all" when one stands between comma and cue. */
  private Speaker distributed(Speaker speaker, int comma, int cue) {
    for (int k = comma + 1; k < cue; k++) {
      if (DISTRIBUTIVES.contains(doc.lower(k))) {
        return speaker.mentionedAs(new NounPhrases.Phrase(k, k + 1, k));
      }
    }
    return speaker;
  }

  /** Whether a speaking subject stands before {@code comma} with only a verbless appositive between, no parenthesis. */
  private boolean describedSpeaker(NounPhrases.Phrase subject, int comma) {
    if (relativeOfSubject >= 0 || !speaks(subject)) {
      return false;
    }
    for (int k = subject.end(); k < comma; k++) {
      if ("VERB".equals(doc.pos(k)) || "AUX".equals(doc.pos(k)) || doc.norm(k).equals("(")) {
        return false;
      }
    }
    return true;
  }

  /** Prepositions whose object a stance is about ("warned against", "talking about", "voted for"). */
  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("about", "against", "over", "for");

  /** Whether an object preposition stands at {@code t}, followed by a noun phrase that is no time, outlet or place of speaking. */
  private boolean prepositionalObject(int t, int end) {
    if (t + 1 >= end || quoteAt[t] != null || !OBJECT_PREPOSITIONS.contains(doc.lower(t))) {
      return false;
    }
    NounPhrases.Phrase object = phrases.startingAt(t + 1, end);
    if (object == null || lexicons.isTimeWord(doc.lower(object.head())) || lexicons.isOutlet(doc.lowers(), t + 1, object.end())) {
      return false;
    }
    // "spoke for two hours": a quantity measures the speaking, it is not its subject.
    for (int k = object.start(); k <= object.head(); k++) {
      if ("NUM".equals(doc.pos(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words from the sentence start up to {@code comma} are a fronted prepositional phrase
   * ("In the debate on Saturday, Sanders apologized to ...", "Since the election, donors have
   * rallied behind ..."): it sets the scene and says nothing, so it is never the content of the
   * attribution after it. A clause with a verb of its own may be ("If elected, I will act, he said").
   */
  private boolean frontedPhrase(int start, int comma) {
    int first = contentStartBefore(start, comma);
    if (first >= comma || !"ADP".equals(doc.pos(first)) || quoteAt[first] != null) {
      return false;
    }
    for (int k = first + 1; k < comma; k++) {
      String pos = doc.pos(k);
      if (quoteAt[k] != null || "AUX".equals(pos) || "PUNCT".equals(pos)
          || "VERB".equals(pos) && !doc.lower(k).endsWith("ing")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> GERUND_PREPOSITIONS = Set.of("by", "after", "before", "while", "without", "in", "on",
      "when", "since", "for");

  /**
   * Whether a listed cue is an infinitive ("to say") or a gerund after a preposition or at the
   * sentence start ("by saying", "After saying"), whose subject is that of another clause.
   */
  private boolean isControlled(Cue cue, int before, int start) {
    if (cue.cueClass() == CueClass.LEARNED) {
      return before >= start && chainSpeaker(before, start) != null;
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
          && (governor == start || BE.contains(doc.lower(governor - 1)));
      return !passive;
    }
    return gerund && GERUND_PREPOSITIONS.contains(lower);
  }

  /**
   * The subject a controlled cue shares: in an opening phrase ("After saying ..., she ..."), the
   * phrase after its comma; else the speaker of the cue before it in the sentence, or the
   * sentence's subject.
   */
  private Speaker controller(Cue cue, int start, int end, List<Frame> earlier) {
    int before = skipBackOverAuxiliaries(cue.start() - 1, start);
    NounPhrases.Phrase chain = before >= start ? chainSubject(before, start) : null;
    if (chain != null && isExpletive(chain)) {
      return null;
    }
    Speaker chained = chain != null ? chainSpeaker(before, start) : null;
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
    return sentenceSubject(start, cue.start());
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
  private Speaker chainSpeaker(int to, int start) {
    NounPhrases.Phrase subject = chainSubject(to, start);
    if (subject == null || isExpletive(subject)) {
      return null;
    }
    Speaker speaker = resolver.candidate(subject, phrases);
    return SPEAKING_SUBJECTS.contains(speaker.kind.name()) ? speaker : null;
  }

  /** The phrase before a chain of control or raising words ending in the "to" at {@code to}, or null. */
  private NounPhrases.Phrase chainSubject(int to, int start) {
    if (!doc.lower(to).equals("to") || to - 1 < start || !isChainPredicate(to - 1)) {
      return null;
    }
    int k = to - 1;
    while (k >= start && to - k <= MAX_CHAIN && quoteAt[k] == null && isChainWord(k)) {
      k--;
    }
    return subjectEndingAt(k, start);
  }

  /** "It is hard to see ...": an "it" before the chain stands for the infinitive, not for a speaker. */
  private boolean isExpletive(NounPhrases.Phrase subject) {
    return subject.end() - subject.start() == 1 && EXPLETIVES.contains(doc.lower(subject.start()));
  }

  /** A verb or adjective that may take an infinitive: "refused", "begun", "eager", "able", "set". */
  private boolean isChainPredicate(int k) {
    String pos = doc.pos(k);
    return ("VERB".equals(pos) || "ADJ".equals(pos)) && !FUNCTION_VERBS.contains(doc.lower(k));
  }

  /** A word inside a chain: a predicate, an auxiliary, an adverb, a negation or an inner "to". */
  private boolean isChainWord(int k) {
    String lower = doc.lower(k);
    String pos = doc.pos(k);
    return isChainPredicate(k) || SKIPPABLE_BEFORE_CUE.contains(lower) || "AUX".equals(pos) || "ADV".equals(pos)
        || lower.equals("to") || lower.equals("not");
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

  /**
   * Who speaks through a cue joined by a conjunction: the speaker of the outer statement before it,
   * or, when no attribution came before, the subject of the sentence ("She greeted supporters and
   * told them that ...").
   */
  private Speaker coordinatedSpeaker(List<Frame> earlier, int start, int conjunction) {
    if (!earlier.isEmpty()) {
      return outermost(earlier).speaker;
    }
    Speaker first = firstConjunctSubject(start, conjunction);
    return first != null ? first : sentenceSubject(start, conjunction);
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
      if (quoteAt[k] != null || doc.norm(k).equals(",") || doc.norm(k).equals(";") || isDash(k)) {
        break;
      }
      if ("VERB".equals(doc.pos(k))) {
        verb = k;
      }
    }
    if (verb < 0) {
      return null;
    }
    NounPhrases.Phrase subject = subjectEndingAt(skipBackOverAuxiliaries(verb - 1, start), start);
    if (subject == null || !speaks(subject)) {
      return null;
    }
    Speaker speaker = resolver.candidate(subject, phrases);
    if (relativeOfSubject >= 0) {
      // "the workers, who had marched ... and called for": they speak here as "who".
      if (!doc.lower(relativeOfSubject).equals("who")) {
        return null;
      }
      speaker.local = new NounPhrases.Phrase(relativeOfSubject, relativeOfSubject + 1, relativeOfSubject);
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

  /** Whether a verb or auxiliary outside quotation marks stands at {@code t}. */
  boolean startsVerb(int t, int end) {
    if (t >= end || quoteAt[t] != null) {
      return false;
    }
    String pos = doc.pos(t);
    return "VERB".equals(pos) || "AUX".equals(pos);
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
    return inverted != null && onlyPunctuation(skipAppositive(inverted.end(), end), end)
        && resolver.candidate(inverted, phrases).kind != Speaker.Kind.OTHER;
  }

  /** Extends a cue over the words that belong to it: "said in a statement", "told CNN in an interview". */
  private int extendCue(int from, int end) {
    String[] phrase = from < end ? lexicons.phraseAt(doc, from, end) : null;
    if (phrase != null && phrase[0].equals("extends")) {
      return from + Integer.parseInt(phrase[1]);
    }
    return from;
  }

  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'re");

  /**
   * Whether the cue is a passive participle: a form of "be" among the auxiliaries before it ("was
   * told", "has been described"). Its subject is then who was addressed or described, not who spoke.
   */
  boolean isPassive(int from, int cue) {
    String lower = doc.lower(cue);
    if (lower.endsWith("ing")) {
      return false;
    }
    for (int k = from; k < cue; k++) {
      if (BE.contains(doc.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A passive cue names its speaker after "by"; without one it makes no frame. What is attributed
   * follows the agent when "that" or "as" introduces it ("was described by aides as ..."), else it
   * is the passive subject ("The song was written by Ortiz", "Baker was endorsed by the union").
   */
  private Frame passiveFrame(Frame frame, Cue cue, int cueEnd, int before, int start, int end) {
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
    if (by == cue.end() && FEELING_PARTICIPLES.contains(doc.lower(cue.start()))) {
      return experiencerFrame(frame, by, before, start, end);
    }
    frame.speaker = resolver.candidate(agent, phrases);
    frame.speakerAfterCue = true;
    int after = skipAdjuncts(agent.end(), end);
    frame.pattern = "passive-by";
    boolean introduced = after + 1 < end && (doc.lower(after).equals("that") || doc.lower(after).equals("as"));
    if (!introduced && asksAfterAgent(cue, after, end)) {
      // "Ortiz was asked by a reporter whether she would run": the question is what is attributed,
      // not who was asked.
      frame.contentStart = after;
      frame.contentEnd = clauseEnd(frame.contentStart, end, cue.start());
      return frame.hasContent() ? frame : null;
    }
    if (!introduced) {
      NounPhrases.Phrase subject = subjectEndingAt(before, start);
      if (subject == null || relativeOfSubject >= 0) {
        return null;
      }
      frame.contentStart = subject.start();
      frame.contentEnd = subject.end();
      return frame;
    }
    frame.contentStart = after + 1;
    frame.contentEnd = clauseEnd(frame.contentStart, end, cue.start());
    return frame.hasContent() ? frame : null;
  }

  /** The relative pronoun ("who") through which the last subject found was reached, or -1. */
  int relativeOfLastSubject() {
    return relativeOfSubject;
  }
  /** The first word of the relative phrase {@link #relativeOfLastSubject} ends ("many" of "many of whom"). */
  int relativeStartOfLastSubject() {
    return relativeStart;
  }


  int skipBackOverAuxiliaries(int t, int start) {
    int skipped = 0;
    while (t >= start && skipped < 4 && quoteAt[t] == null) {
      String lower = doc.lower(t);
      String pos = doc.pos(t);
      // "they all said" skips "all"; ", all agreed" has it for subject.
      if (NounPhrases.isQuantifier(lower) && (t == start || "PUNCT".equals(doc.pos(t - 1)))) {
        break;
      }
      if (SKIPPABLE_BEFORE_CUE.contains(lower) || "AUX".equals(pos)
          || "ADV".equals(pos) && !NounPhrases.isQuantifier(lower) && !lower.equals("half")) {
        t--;
        skipped++;
      } else {
        int time = skipBackOverTime(t, start);
        if (time == t) {
          break;
        }
        t = time;
      }
    }
    return t;
  }

  /** The longest time phrase skipped between a subject and its verb ("on the morning of Sept. 12"). */
  private static final int MAX_TIME_PHRASE = 5;

  /**
   * Skips back over a time phrase that ends at {@code t} and stands between a subject and its verb
   * ("The court this month rejected", "Ortiz on Monday said", "Wells Fargo just last week
   * announced"): time words, numbers of dates and the words that link them. Returns {@code t} when
   * no time phrase ends there or no noun or pronoun stands before it to be the subject.
   */
  private int skipBackOverTime(int t, int start) {
    // "an ad this week showing ...": before a bare participle the time phrase ends a noun phrase.
    if (!isTimeToken(t) || isBareParticiple(t + 1)) {
      return t;
    }
    int k = t;
    while (k >= start && t - k < MAX_TIME_PHRASE && quoteAt[k] == null
        && (isTimeToken(k) || "NUM".equals(doc.pos(k)) && resolver.nameAt(k) == null || lexicons.isAdjunct(doc.lower(k)))) {
      k--;
    }
    // Adverbs may stand before the time phrase too ("just this month"): the subject is before them.
    int subject = k;
    while (subject >= start && k - subject < 3 && quoteAt[subject] == null
        && (SKIPPABLE_BEFORE_CUE.contains(doc.lower(subject)) || "ADV".equals(doc.pos(subject)))) {
      subject--;
    }
    return subject >= start && quoteAt[subject] == null && !isTimeToken(subject) && phrases.canEnd(subject) ? k : t;
  }

  /** An "-ing" form with no auxiliary of its own: a participle or gerund, which takes no subject. */
  private boolean isBareParticiple(int t) {
    return t < doc.tokenCount() && doc.lower(t).endsWith("ing") && !"AUX".equals(doc.pos(t));
  }

  /** A time word that is no part of a name ("May" of Theresa May). */
  private boolean isTimeToken(int t) {
    return lexicons.isTimeWord(doc.lower(t)) && resolver.nameAt(t) == null;
  }

  /**
   * The subject phrase ending at {@code t}: behind a parenthesis ("Rubio (R-Fla.)"), an appositive
   * between commas ("Hugh Hill, a doctor,"), or a relative pronoun ("Smith, who ...").
   */
  NounPhrases.Phrase subjectEndingAt(int t, int start) {
    if (t < start || quoteAt[t] != null) {
      return null;
    }
    // Up to three asides between subject and cue: "Rep. Jim Jordan (R-Ohio), an oversight panel member,"
    // or "Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA,".
    for (int round = 0; round < 3 && t >= start; round++) {
      if (doc.norm(t).equals(")")) {
        int open = t - 1;
        while (open > start && t - open < 12 && !doc.norm(open).equals("(")) {
          open--;
        }
        if (open <= start || !doc.norm(open).equals("(")) {
          return null;
        }
        t = open - 1;
      } else if (doc.norm(t).equals(",") && t - 1 > start && doc.norm(t - 1).equals(")")) {
        // "Sen. Jack Reed (D-R.I.), said": a comma after a parenthesis closes no aside of its own.
        t--;
      } else if (doc.norm(t).equals(",")) {
        int comma = t - 1;
        // A relative clause may run long ("Christie, who has campaigned heavily for ... in February, blasted").
        while (comma > start && t - comma < 40 && !doc.norm(comma).equals(",") && quoteAt[comma] == null) {
          comma--;
        }
        if (t - comma > MAX_APPOSITIVE && comma > start && !phrases.isRelative(comma + 1)) {
          return null;
        }
        if (comma <= start || !doc.norm(comma).equals(",") || !isAside(comma + 1, t)) {
          return null;
        }
        t = comma - 1;
      } else if (isDash(t) && !doc.norm(t).equals("-")) {
        // "Tom Baker -- a lawyer for the board, a group that fights the plan -- said"
        int open = t - 1;
        while (open > start && t - open <= MAX_RELATIVE_ASIDE && !isDash(open) && quoteAt[open] == null) {
          open--;
        }
        if (open <= start || !doc.norm(open).equals(doc.norm(t)) || !isAside(open + 1, firstCommaOrEnd(open + 1, t))) {
          return null;
        }
        t = open - 1;
      } else {
        break;
      }
    }
    // "A group representing nurses endorsed": the phrase before the participle is the subject, even
    // where the participle's own object could speak.
    NounPhrases.Phrase modified = subjectBeforeParticiple(t, start);
    if (modified != null) {
      relativeOfSubject = -1;
      return modified;
    }
    return subjectAt(t, start);
  }

  private boolean speaks(NounPhrases.Phrase phrase) {
    return SPEAKING_SUBJECTS.contains(resolver.candidate(phrase, phrases).kind.name());
  }

  /** How far back from the cue a past participle that modifies the subject may stand. */
  private static final int MAX_PARTICIPLE_PHRASE = 8;

  /**
   * The subject before a participle that modifies it ("A poll released Friday shows", "The average
   * of polls taken over two weeks shows", "A union representing nurses endorsed"): the phrase before
   * the participle, when it can speak. Only a verbless run of words may stand between participle and cue.
   */
  private NounPhrases.Phrase subjectBeforeParticiple(int t, int start) {
    for (int p = t; p > start && t - p < MAX_PARTICIPLE_PHRASE; p--) {
      String pos = doc.pos(p);
      if (quoteAt[p] != null || "PUNCT".equals(pos) || "AUX".equals(pos) || "SCONJ".equals(pos) || "PRON".equals(pos)) {
        return null;
      }
      if ("VERB".equals(pos)) {
        if (!isPastParticiple(doc.lower(p)) && !isPresentParticiple(doc.lower(p)) || !phrases.isNounLike(p - 1)) {
          return null;
        }
        NounPhrases.Phrase subject = subjectAt(p - 1, start);
        return subject != null && relativeOfSubject < 0 && speaks(subject) ? subject : null;
      }
    }
    return null;
  }

  private static boolean isPresentParticiple(String lower) {
    return lower.length() > 4 && lower.endsWith("ing");
  }

  private static boolean isPastParticiple(String lower) {
    return lower.length() > 3 && (lower.endsWith("ed") || lower.endsWith("en") || lower.endsWith("wn"));
  }

  /** Words for a part of a group that a relative phrase may start with ("many of whom", "most of which"). */
  private static final Set<String> PARTITIVES = Set.of("many", "some", "most", "all", "several", "few", "both",
      "each", "none", "one", "half", "two", "three", "dozens", "hundreds", "thousands", "millions");

  private NounPhrases.Phrase subjectAt(int t, int start) {
    relativeOfSubject = -1;
    // "who in 2010 said": a year or date after a preposition is an adjunct, the subject stands before it.
    if (t >= start && (lexicons.isTimeWord(doc.lower(t)) || "NUM".equals(doc.pos(t)) && resolver.nameAt(t) == null)) {
      int k = t;
      while (k > start && t - k < 4 && !"ADP".equals(doc.pos(k))) {
        k--;
      }
      // ... but "one in five said" is a share of people, not a date. (A preposition that opens the
      // sentence has no number before it: the walk stops at the sentence's first token.)
      boolean share = k > start && doc.lower(k).equals("in") && "NUM".equals(doc.pos(k - 1));
      if (k > start && "ADP".equals(doc.pos(k)) && !share) {
        t = k - 1;
      }
    }
    if (t >= start && phrases.isRelative(t) && t - 1 >= start) {
      relativeOfSubject = t;
      relativeStart = t;
      // "victims, many of whom say ...": a quantity of the people before the comma speaks.
      if (t - 3 >= start && doc.lower(t - 1).equals("of") && PARTITIVES.contains(doc.lower(t - 2)) && doc.norm(t - 3).equals(",")) {
        relativeStart = t - 2;
        t -= 2;
      }
      // "Mark Jones (who backs the mayor)", "Jones -- who backs the mayor --": a parenthesis or a
      // dash opens a relative clause as a comma does.
      // After a dash "that" more often opens a clause of its own ("-- that he would run"): only "who" and "which".
      boolean dashRelative = isDash(t - 1) && !doc.norm(t - 1).equals("-") && !doc.lower(t).equals("that");
      t = doc.norm(t - 1).equals(",") || doc.norm(t - 1).equals("(") || dashRelative ? t - 2 : t - 1;
    }
    if (t < start || quoteAt[t] != null) {
      return null;
    }
    NounPhrases.Phrase phrase = phrases.endingAt(t, start);
    return phrase == null ? null : nameBeforeDescription(phrase, start);
  }

  private int firstCommaOrEnd(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.norm(k).equals(",")) {
        return k;
      }
    }
    return to;
  }

  /**
   * An aside between commas: an appositive, a prepositional phrase ("at a later press gaggle") or
   * a participle clause ("opening the bridge on Saturday", "asked about the budget").
   */
  private boolean isAside(int from, int to) {
    // "had trouble, however, persuading ...": after a comma a participle hangs on its clause, not on the word before.
    if (isAppositive(from, to) || isParticipleAside(from, to) || isAdverbAside(from, to) && !isBareParticiple(to + 1)) {
      return true;
    }
    if (from >= to || !"ADP".equals(doc.pos(from)) || to - from > 8) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String pos = doc.pos(t);
      if ("VERB".equals(pos) || "AUX".equals(pos) || quoteAt[t] != null) {
        return false;
      }
    }
    return true;
  }

  /** A sentence adverb set off by commas ("Some Democrats, however, question ..."): one or two adverbs. */
  private boolean isAdverbAside(int from, int to) {
    if (from >= to || to - from > 2) {
      return false;
    }
    for (int t = from; t < to; t++) {
      if (!"ADV".equals(doc.pos(t)) || quoteAt[t] != null) {
        return false;
      }
    }
    return true;
  }

  /** The longest participle clause read as an aside. */
  private static final int MAX_PARTICIPLE_ASIDE = 16;

  /** A participle clause with no other verb but participles and infinitives ("speaking to reporters in Ohio"). */
  private boolean isParticipleAside(int from, int to) {
    if (from >= to || to - from > MAX_PARTICIPLE_ASIDE || !"VERB".equals(doc.pos(from))) {
      return false;
    }
    String first = doc.lower(from);
    if (!first.endsWith("ing") && !first.endsWith("ed")) {
      return false;
    }
    for (int t = from + 1; t < to; t++) {
      String pos = doc.pos(t);
      String lower = doc.lower(t);
      boolean nonFinite = "VERB".equals(pos) && (lower.endsWith("ing") || lower.endsWith("ed") || doc.lower(t - 1).equals("to"));
      if (quoteAt[t] != null || "AUX".equals(pos) || "VERB".equals(pos) && !nonFinite || "SCONJ".equals(pos)) {
        return false;
      }
    }
    return true;
  }

  /** "Scott Pruitt, the attorney general of Oklahoma," — a description after a name and a comma describes that name. */
  private NounPhrases.Phrase nameBeforeDescription(NounPhrases.Phrase phrase, int start) {
    int comma = phrase.start() - 1;
    String first = doc.pos(phrase.start());
    if (comma - 1 < start || !doc.norm(comma).equals(",") || !"DET".equals(first) && !"NUM".equals(first)
        || resolver.nameAt(phrase.head()) != null || !closedAside(phrase.end())) {
      return phrase;
    }
    NounPhrases.Phrase name = phrases.endingAt(comma - 1, start);
    return name != null && resolver.nameAt(name.head()) != null ? name : phrase;
  }

  /**
   * Whether a description ends as an aside does, at a comma, dash or relative pronoun: in "In
   * Ohio, the governor said" the description runs straight into the verb and is the subject.
   */
  private boolean closedAside(int after) {
    if (after >= doc.tokenCount()) {
      return false;
    }
    String next = doc.norm(after);
    return next.equals(",") || isDash(after) || phrases.isRelative(after);
  }

  /** An appositive: a verbless phrase ("a doctor", "45") or a relative clause ("who chairs the panel"). */
  private boolean isAppositive(int from, int to) {
    if (from >= to) {
      return false;
    }
    String first = doc.lower(from);
    if (first.equals("who") || first.equals("which") || first.equals("whose")) {
      return to - from <= MAX_RELATIVE_ASIDE;
    }
    // "Mr. Baker, then 38,", "Ortiz, now the mayor,": a time adverb may open the appositive.
    if ((first.equals("then") || first.equals("now")) && from + 1 < to) {
      return isAppositive(from + 1, to);
    }
    String firstPos = doc.pos(from);
    // "Hugh Hill, his doctor,": a possessive opens an appositive as an article does.
    if (!"DET".equals(firstPos) && !"NUM".equals(firstPos) && !POSSESSIVE_DETERMINERS.contains(first)
        && !"ADJ".equals(firstPos) && !"NOUN".equals(firstPos) && !"PROPN".equals(firstPos) && !lexicons.isTitle(first) && lexicons.speakerNoun(first) == null) {
      return false;
    }
    for (int t = from; t < to; t++) {
      String pos = doc.pos(t);
      String lower = doc.lower(t);
      // "the agency that oversees the program": a relative clause may end the appositive.
      if (t > from && RELATIVE_WORDS.contains(lower) && quoteAt[t] == null) {
        return to - from <= MAX_RELATIVE_ASIDE;
      }
      // "one of the states suing the EPA": a participle may modify the appositive's noun.
      boolean participle = "VERB".equals(pos) && t > from && (lower.endsWith("ing") || lower.endsWith("ed"));
      if (("VERB".equals(pos) || "AUX".equals(pos)) && !participle || quoteAt[t] != null) {
        return false;
      }
    }
    return to - from <= MAX_APPOSITIVE;
  }

  private static final Set<String> RELATIVE_WORDS = Set.of("that", "who", "which", "whose");
  private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");
  /** The longest verbless appositive ("an outside adviser to the campaign ... and a professor at ..."). */
  private static final int MAX_APPOSITIVE = 28;
  /** The longest aside holding a relative clause ("who has campaigned heavily for ... in February"). */
  private static final int MAX_RELATIVE_ASIDE = 38;

  /** The subject of the sentence's main clause, after an introductory phrase, for a cue in a participle clause. */
  private Speaker sentenceSubject(int start, int limit) {
    return sentenceSubject(start, limit, false);
  }

  /** As {@link #sentenceSubject(int, int)}; with {@code anyKind}, a document or other noun phrase counts too. */
  private Speaker sentenceSubject(int start, int limit, boolean anyKind) {
    int t = start;
    String pos = doc.pos(t);
    if ("ADP".equals(pos) || "SCONJ".equals(pos) || "ADV".equals(pos)) {
      int comma = t;
      while (comma < limit && comma - t < 12 && !doc.norm(comma).equals(",")) {
        comma++;
      }
      if (comma < limit && doc.norm(comma).equals(",")) {
        t = comma + 1;
      }
    }
    while (t < limit && quoteAt[t] != null) {
      t++;
    }
    NounPhrases.Phrase phrase = phrases.startingAt(t, limit);
    if (phrase == null) {
      return null;
    }
    Speaker speaker = resolver.candidate(phrase, phrases);
    return !anyKind && (speaker.kind == Speaker.Kind.OTHER || speaker.kind == Speaker.Kind.DOCUMENT) ? null : speaker;
  }

  /** Skips the person addressed after "told", "warned", "asked": "told reporters", "told CNN's Jake Tapper". */
  private int skipAddressee(Cue cue, int from, int end) {
    if (cue.cueClass() != CueClass.ADDRESS || from >= end) {
      return from;
    }
    if (phrases.isPronoun(from) || doc.lower(from).equals("him") || doc.lower(from).equals("her")
        || doc.lower(from).equals("them") || doc.lower(from).equals("us") || doc.lower(from).equals("me")) {
      return extendCue(from + 1, end);
    }
    NounPhrases.Phrase addressee = phrases.startingAt(from, end);
    if (addressee == null) {
      return from;
    }
    int after = addressee.end();
    if (after < end && doc.lower(after).equals("'s")) {
      after++;
    }
    // "told MSNBC's “Morning Joe” that": a title in marks is part of the addressee.
    if (after < end && plainQuoteEnd[after] > after) {
      after = plainQuoteEnd[after];
    }
    return extendCue(after, end);
  }

  /** Skips times, adverbs and ", however," between a cue and its content. */
  private int skipAdjuncts(int t, int end) {
    int guard = 0;
    while (t < end && guard++ < 10) {
      String lower = doc.lower(t);
      int extended = extendCue(t, end);
      if (extended > t) {
        t = extended;
      } else if (lexicons.isTimeWord(lower) && !(t + 1 < end && doc.lower(t + 1).equals("'s"))
          || "ADV".equals(doc.pos(t)) && !lower.equals("that") && quoteAt[t] == null
          && !QUESTION_WORDS.contains(lower)) {
        t++;
      } else if (lexicons.isAdjunct(lower) && t + 1 < end && timeFollows(t + 1, end)) {
        t++;
      } else if (lower.equals(",") && t + 2 < end && "ADV".equals(doc.pos(t + 1)) && doc.norm(t + 2).equals(",")) {
        t += 3;
      } else if (lower.equals(",") && asideBeforeThat(t, end) > t) {
        t = asideBeforeThat(t, end);
      } else {
        break;
      }
    }
    return t;
  }

  /** The longest aside between a cue and its "that" ("as did the campaign itself", "in an interview on Sunday"). */
  private static final int MAX_CUE_ASIDE = 10;

  /**
   * "cautioned, as did the campaign itself, that ...", "argued, in a letter to the board, that
   * ...": an aside set off by commas between a cue and the "that" of its content. Returns the
   * position of "that" when the comma at {@code comma} opens such an aside; else {@code comma}.
   */
  private int asideBeforeThat(int comma, int end) {
    for (int k = comma + 2; k + 1 < end && k - comma <= MAX_CUE_ASIDE; k++) {
      if (quoteAt[k] != null || doc.lower(k).equals("that")) {
        return comma;
      }
      if (doc.norm(k).equals(",")) {
        return quoteAt[k + 1] == null && doc.lower(k + 1).equals("that") && !verbFollows(k + 1) ? k + 1 : comma;
      }
    }
    return comma;
  }

  /**
   * Skips a prepositional phrase between a cue and the word that introduces its content ("says on
   * its website that", "said at a rally in Ohio: “...”"). Returns the position of "that", a colon or
   * an opening quote when one comes before any verb within a dozen words; else {@code t}.
   */
  private int skipToIntroducer(int t, int end) {
    if (t >= end || !"ADP".equals(doc.pos(t)) || doc.lower(t).equals("that")) {
      return t;
    }
    for (int k = t + 1; k < end && k - t < 12; k++) {
      String lower = doc.lower(k);
      if (lower.equals("that") || lower.equals(":") || opensQuote(k)) {
        return k;
      }
      String pos = doc.pos(k);
      if ("VERB".equals(pos) || "AUX".equals(pos) || "SCONJ".equals(pos) || quoteAt[k] != null) {
        return t;
      }
    }
    return t;
  }

  /** Whether a time word follows within three tokens ("on Friday", "during the briefing on Monday" does not count). */
  private boolean timeFollows(int t, int end) {
    for (int k = t; k < end && k < t + 3; k++) {
      if (lexicons.isTimeWord(doc.lower(k))) {
        return true;
      }
      if (!"DET".equals(doc.pos(k)) && !"ADJ".equals(doc.pos(k)) && !"NUM".equals(doc.pos(k))) {
        return false;
      }
    }
    return false;
  }

  /**
   * After a phrase: skips an appositive (", a doctor," or ", a doctor." at the sentence end), so
   * that what follows the phrase can be read. Returns where reading goes on.
   */
  private int skipAppositive(int t, int end) {
    if (t >= end || !doc.norm(t).equals(",")) {
      return t;
    }
    int close = closeOfAside(t + 1, end, 11);
    if (close - t >= 12 && close < end && !doc.norm(close).equals(",") && !isSentencePunctuation(close)) {
      // "said Ann Lee, a senior official with the agency that runs the program.": an appositive
      // closed by a relative clause may run long; it counts whole when it closes the sentence.
      int longClose = closeOfAside(close, end, MAX_RELATIVE_ASIDE - 11);
      if (longClose < end && isSentencePunctuation(longClose)) {
        close = longClose;
      }
    }
    if (close < end && close > t + 1 && isAppositive(t + 1, close)) {
      return doc.norm(close).equals(",") && close + 1 < end && !opensQuote(close + 1) ? close + 1 : close;
    }
    return t;
  }

  /** The first comma or sentence punctuation from {@code from}, looking at most {@code limit} words on. */
  private int closeOfAside(int from, int end, int limit) {
    int close = from;
    while (close < end && close - from < limit && !doc.norm(close).equals(",") && !isSentencePunctuation(close)) {
      close++;
    }
    return close;
  }

  private boolean isSentencePunctuation(int t) {
    String norm = doc.norm(t);
    return (norm.equals(".") || norm.equals("!") || norm.equals("?")) && quoteAt[t] == null;
  }

  /** Whether the words from {@code t} start a clause: a subject followed by a verb within a few words. */
  private boolean startsClause(int t, int end, boolean loose) {
    if (quoteAt[t] != null) {
      return true;
    }
    String pos = doc.pos(t);
    if (!"DET".equals(pos) && !"PRON".equals(pos) && !"PROPN".equals(pos) && !"NOUN".equals(pos) && !"NUM".equals(pos)
        && !"ADJ".equals(pos) && resolver.nameAt(t) == null) {
      return false;
    }
    if (loose) {
      return clauseFollows(t + 1, end);
    }
    for (int k = t + 1; k < end && k < t + 10; k++) {
      String p = doc.pos(k);
      if ("VERB".equals(p) || "AUX".equals(p)) {
        return true;
      }
      boolean mark = quoteAt[k] != null && (quoteAt[k].tokenStart == k || quoteAt[k].tokenEnd == k + 1);
      if ("PUNCT".equals(p) && !doc.lower(k).equals("'s") && !mark || "SCONJ".equals(p)) {
        return false;
      }
    }
    return false;
  }

  /** Speech and writing verbs take a bare clause so often that any following subject and verb will do. */
  private static boolean looseClause(Cue cue) {
    return cue.cueClass() == CueClass.SPEECH || cue.cueClass() == CueClass.WRITE;
  }

  private boolean carriesQuoteOrAs(int from, int end) {
    for (int t = from; t < end && t < from + 12; t++) {
      if (quoteAt[t] != null || doc.lower(t).equals("as")) {
        return true;
      }
    }
    return false;
  }

  /** Where content that starts at {@code from} ends: the sentence end without its final period. */
  int clauseEnd(int from, int end, int attributionStart) {
    return trimEnd(from, subordinateClauseEnd(attributionStart, from, end));
  }

  private boolean noCommaBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SUBORDINATORS = Set.of("when", "if", "as", "after", "before", "because", "although",
      "though", "while", "since", "once", "until", "whether", "unless");

  /**
   * Content said in a subordinate clause ends with that clause: "So when Patriot signaled that it
   * would make a deal, Mr. Barrett said ...", "..., but before city officials had weighed in with any
   * explanation, Trump said ..." — the clause closes at the comma before the main clause's subject
   * and verb. The clause is subordinate when a subordinator stands just before its attribution
   * words, or opens the sentence.
   */
  private int subordinateClauseEnd(int attributionStart, int from, int end) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(attributionStart));
    boolean subordinate = false;
    for (int k = sentenceStart; k < attributionStart && k < sentenceStart + 3; k++) {
      subordinate |= SUBORDINATORS.contains(doc.lower(k)) && quoteAt[k] == null;
    }
    // Right before a speaker and its cue, "after" or "before" joins a clause whatever the tagger
    // called it (it often reads them as prepositions).
    for (int k = Math.max(sentenceStart, attributionStart - 2); k < attributionStart; k++) {
      subordinate |= SUBORDINATORS.contains(doc.lower(k)) && quoteAt[k] == null && noCommaBetween(k, attributionStart);
    }
    // "In a statement announcing the pick, the union called ...": a cue in an opening prepositional
    // phrase says nothing past the phrase's comma.
    subordinate |= "ADP".equals(doc.pos(sentenceStart)) && noCommaBetween(sentenceStart, attributionStart);
    if (!subordinate) {
      return end;
    }
    for (int k = from; k < end; k++) {
      if (quoteAt[k] == null && doc.norm(k).equals(",") && k + 1 < end && startsClause(k + 1, end, false)) {
        return k;
      }
    }
    return end;
  }

  /**
   * Content ends where a later attribution of the same sentence is joined on by a conjunction:
   * "... depends on Washington's initiative and has insisted that ...", "X said A, but Y said B".
   * Only cues that made frames cut; a cue verb that introduces nothing ("reaffirmed Moscow's
   * readiness") stays inside the content.
   */
  private void cutAtLaterAttributions(List<Frame> frames) {
    for (int i = 0; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      for (int k = i + 1; k < frames.size(); k++) {
        Frame later = frames.get(k);
        int cue = later.cue.start();
        if (cue <= frame.contentStart || cue >= frame.contentEnd) {
          continue;
        }
        // Scan from the later frame's own subject when it stands inside this content ("... and
        // Clinton said"), so that a subject "Trump and Putin" is not read as two clauses.
        boolean ownSubject = later.speaker != null && !later.speakerAfterCue && later.speaker.phrase.start() > frame.contentStart
            && later.speaker.phrase.start() < cue;
        int conjunction = conjunctionBefore(frame.contentStart, ownSubject ? later.speaker.phrase.start() : cue);
        if (conjunction >= 0 && conjunction < frame.contentEnd) {
          frame.contentEnd = trimEnd(frame.contentStart, conjunction);
          break;
        }
        // "..., saying ...": a participle clause hangs on the sentence, not on the content before it.
        if ("participle".equals(later.pattern) && cue - 1 > frame.contentStart && cue - 1 < frame.contentEnd
            && doc.norm(cue - 1).equals(",")) {
          frame.contentEnd = trimEnd(frame.contentStart, cue - 1);
          break;
        }
        // "Clinton had told police that she did not want the escort, the source added": the later
        // attribution claims the words before it, the earlier one's content stops there.
        int attribution = later.attributionStart();
        if (later.hasContent() && later.contentEnd <= attribution && attribution > frame.contentStart
            && attribution < frame.contentEnd) {
          frame.contentEnd = trimEnd(frame.contentStart, attribution);
          break;
        }
      }
    }
  }

  /** Whether a verb follows {@code t} directly ("said that was wrong": "that" is the subject there). */
  boolean verbFollows(int t) {
    if (t + 1 >= doc.tokenCount() || doc.sentenceOf(t + 1) != doc.sentenceOf(t)) {
      return true;
    }
    String pos = doc.pos(t + 1);
    return ("VERB".equals(pos) || "AUX".equals(pos)) && quoteAt[t + 1] == null;
  }

  /**
   * Words that join a second statement to the first ("X said A, though she acknowledged B"): the
   * first content ends before them when a later cue follows.
   */
  private static final Set<String> CONTRASTING = Set.of("while", "though", "although", "whereas");

  /**
   * Words that open a second clause with its own subject ("X unveiled a list, as Y cited ...",
   * "... when they claimed ...", "..., which RT pointed to"): a later attribution after them is a
   * statement of its own, not part of the first content. Not "because": the reason a speaker gives
   * is most often part of what is reported ("she said she left because she feared ...").
   */
  private static final Set<String> CLAUSE_OPENERS = Set.of("as", "when", "after", "since", "before");

  /**
   * Relative pronouns after a comma or dash open a clause about the object ("cited a report, which
   * the agency disputed"); without one they restrict it and belong to the content ("said anyone who
   * complains is wrong").
   */
  private static final Set<String> RELATIVES = Set.of("which", "who");

  private boolean isClauseMark(int t) {
    String norm = doc.norm(t);
    return quoteAt[t] == null && (norm.equals(",") || norm.equals("--") || norm.equals("\u2014"));
  }

  /** A conjunction or semicolon at most four words before a cue, with only a subject or auxiliaries between; -1 when none. */
  private int conjunctionBefore(int from, int cue) {
    for (int k = cue - 1; k >= from && k >= cue - 5; k--) {
      if (quoteAt[k] != null) {
        return -1;
      }
      String lower = doc.lower(k);
      // "he had since apologized": after an auxiliary, "since" is an adverb of the same clause.
      boolean adverb = CLAUSE_OPENERS.contains(lower) && k > from && "AUX".equals(doc.pos(k - 1));
      if (!adverb && (lower.equals("and") || lower.equals("but") || lower.equals(";") || CONTRASTING.contains(lower)
          || CLAUSE_OPENERS.contains(lower) || RELATIVES.contains(lower) && k > from && isClauseMark(k - 1))) {
        // "shootings and protests demands": two common nouns joined by "and" are one subject.
        boolean nounsJoined = lower.equals("and") && k - 1 >= from && !doc.norm(k - 1).equals(",")
            && phrases.isNounLike(k - 1) && k + 1 < doc.tokenCount() && phrases.isNounLike(k + 1) && !phrases.isPronoun(k + 1)
            && resolver.nameAt(k + 1) == null;
        return k > from && !nounsJoined ? k : -1;
      }
      if (adverb || SKIPPABLE_BEFORE_CUE.contains(lower)) {
        continue;
      }
      String pos = doc.pos(k);
      if ("VERB".equals(pos) || "SCONJ".equals(pos) || lower.equals("that") || lower.equals("to")
          || "PART".equals(pos) && !lower.equals("not") && !lower.equals("n't")) {
        return -1;
      }
    }
    return -1;
  }

  /** The end of content before {@code limit}, without a final period or comma (closing quote marks stay). */
  private int trimEnd(int from, int limit) {
    int end = limit;
    while (end > from) {
      String norm = doc.norm(end - 1);
      if ((norm.equals(".") || norm.equals(",") || norm.equals(";") || norm.equals(":") || norm.equals("\u2014")
          || norm.equals("--") || norm.equals("-")) && quoteAt[end - 1] == null) {
        end--;
      } else {
        break;
      }
    }
    return end;
  }

  /** Content that ends at the comma, dash or closing mark {@code mark} before the attribution words. */
  private int contentEndBefore(int mark) {
    return quoteAt[mark] != null ? mark + 1 : trimEnd(0, mark + 1);
  }

  /** Where content before an attribution starts: the sentence start, after an introductory "But" or "And". */
  private int contentStartBefore(int start, int mark) {
    int t = start;
    String first = doc.lower(t);
    if (t < mark && quoteAt[t] == null && (first.equals("but") || first.equals("and") || first.equals("so")
        || first.equals("yet") || first.equals("or"))) {
      t++;
    }
    return t;
  }

  /**
   * The closing mark of a quote that ends right before the attribution words, possibly with a comma
   * after it, in the same paragraph; -1 when there is none.
   */
  private int quoteJustBefore(int attributionStart) {
    int t = attributionStart - 1;
    if (t < 0 || doc.paragraphOf(t) != doc.paragraphOf(attributionStart)) {
      return -1;
    }
    if (closesQuote(t)) {
      return t;
    }
    return doc.norm(t).equals(",") && t > 0 && closesQuote(t - 1) ? t - 1 : -1;
  }

  /**
   * Whether a quote can be what a following "she said" reports: it opens its clause, or follows its
   * subject ("Russia “will not back down,” the aide said"); not when it is the object of a word
   * before it ("a box labeled “medical problem,” a doctor typed", "on “Face the Nation,” Ryan said").
   */
  boolean canBeStatement(QuoteDraft quote) {
    int before = quote.tokenStart - 1;
    if (before < 0 || doc.sentenceOf(before) != doc.sentenceOf(quote.tokenStart)) {
      return true;
    }
    String norm = doc.norm(before);
    if (norm.equals(":") || norm.equals(",") || norm.equals("\u2014") || norm.equals("--") || norm.equals("(")) {
      return true;
    }
    String pos = doc.pos(before);
    return "CCONJ".equals(pos) || phrases.isNounLike(before) && !doc.lower(before).equals("'s") || phrases.isPronoun(before);
  }

  /** Whether the word before a quote is a preposition or an article that governs it. */
  private boolean governed(QuoteDraft quote) {
    int before = quote.tokenStart - 1;
    if (before < 0 || doc.sentenceOf(before) != doc.sentenceOf(quote.tokenStart)) {
      return false;
    }
    String pos = doc.pos(before);
    return "ADP".equals(pos) || "DET".equals(pos) || doc.lower(before).equals("'s");
  }

  /** Whether a clause or a quotation follows: a verb, a quote or "that" before the sentence ends. */
  private boolean clauseFollows(int from, int end) {
    for (int t = from; t < end; t++) {
      String pos = doc.pos(t);
      if ("VERB".equals(pos) || "AUX".equals(pos) || quoteAt[t] != null || doc.lower(t).equals("that")) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyPunctuation(int from, int end) {
    for (int t = from; t < end; t++) {
      if (!"PUNCT".equals(doc.pos(t)) || quoteAt[t] != null && !closesQuote(t)) {
        return false;
      }
    }
    return true;
  }

  boolean isConjunction(int t) {
    String lower = doc.lower(t);
    return lower.equals("and") || lower.equals("but") || lower.equals("or");
  }

  private boolean isCommaOrClosing(int t) {
    return doc.norm(t).equals(",") || closesQuote(t) || doc.norm(t).equals(":");
  }

  private boolean isDash(int t) {
    String norm = doc.norm(t);
    return norm.equals("\u2014") || norm.equals("\u2013") || norm.equals("--") || norm.equals("\u2015") || norm.equals("-");
  }

  /** Whether {@code t} is the opening mark of a quote. */
  boolean opensQuote(int t) {
    QuoteDraft quote = quoteAt[t];
    return quote != null && quote.tokenStart == t;
  }

  /** Whether {@code t} is the closing mark of a quote. */
  boolean closesQuote(int t) {
    QuoteDraft quote = quoteAt[t];
    return quote != null && quote.closed && quote.tokenEnd == t + 1;
  }

  /** Content that starts or ends inside a quotation takes the whole quotation (a quote the sentence splitter cut). */
  private void extendOverQuotes(Frame frame) {
    if (!frame.hasContent()) {
      return;
    }
    QuoteDraft first = quoteAt[frame.contentStart];
    if (first != null && first.tokenStart < frame.contentStart) {
      frame.contentStart = first.tokenStart;
    }
    QuoteDraft last = quoteAt[frame.contentEnd - 1];
    if (last != null && last.tokenEnd > frame.contentEnd && last.tokenStart >= frame.contentStart) {
      frame.contentEnd = last.tokenEnd;
    }
  }

  /**
   * "According to Ushakov, Putin stressed that ...": speech inside the content of a leading
   * "according to" frame is reported through it; the outer frame then only lends its speaker
   * ({@code via}). A trailing "according to" ("X said Y, according to Z"), or an inner cue that is no
   * verb of speech ("declined", "believes"), makes the outer frame the attribution.
   */
  private static void markNestedAccordingTo(List<Frame> frames) {
    for (Frame outer : frames) {
      if (!outer.cue.sourceAfter() || outer.cue.cueClass() == CueClass.EVIDENCE) {
        continue;
      }
      for (Frame inner : frames) {
        if (inner != outer && !inner.cue.sourceAfter() && inner.speaker != null && !inner.speakerAfterCue
            && inner.speaker.phrase.start() >= outer.contentStart && inner.cue.start() < outer.contentEnd
            && inner.speaker.phrase.start() - outer.contentStart <= 2) {
          // "X said Y, according to Z": a trailing "according to" reports the whole clause, speech
          // and speaker included, as Z's account; a leading one only names who passed it on.
          if (!inner.cue.cueClass().isSpeech() || inner.cue.start() < outer.cue.start()) {
            // "The firm declined the offer, according to an executive": a deed, a thought or a
            // judgement reported through "according to" is the according-to source's report.
            inner.absorbed = true;
          } else {
            inner.via = outer;
            outer.absorbed = true;
          }
        }
      }
    }
  }
}
