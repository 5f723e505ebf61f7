package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;
import java.util.Set;

/**
 * The lookups that every part of attribution shares over one document: its tokens and tags, the
 * lexicons, the noun-phrase reader, the speaker resolver and the quotation mark covering each
 * token, with the small token tests built on them (is this a quote's opening mark, a dash, a verb
 * here). Built once per document; it keeps no state between calls.
 */
final class AttributionContext {
  private final Document doc;
  private final AttributionLexicons lexicons;
  private final NounPhrases phrases;
  private final SpeakerResolver resolver;
  private final QuoteDraft[] quoteAt;
  /** For the opening mark of a title or nickname read as words, the token after its closing mark; else 0. */
  private final int[] plainQuoteEnd;

  /** @param quoteAt the quotation-mark quote covering each token, or null */
  AttributionContext(Document doc, AttributionLexicons lexicons, NounPhrases phrases, SpeakerResolver resolver,
      QuoteDraft[] quoteAt) {
    this.doc = doc;
    this.lexicons = lexicons;
    this.phrases = phrases;
    this.resolver = resolver;
    this.quoteAt = quoteAt;
    this.plainQuoteEnd = new int[doc.tokenCount()];
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.marked && quoteAt[quote.tokenStart] != quote) {
        plainQuoteEnd[quote.tokenStart] = quote.tokenEnd;
      }
    }
  }

  Document doc() {
    return doc;
  }

  AttributionLexicons lexicons() {
    return lexicons;
  }

  NounPhrases phrases() {
    return phrases;
  }

  SpeakerResolver resolver() {
    return resolver;
  }

  /** The quotation-mark quote covering each token, or null (shared, not copied: read only). */
  QuoteDraft[] quoteAt() {
    return quoteAt;
  }

  /** For the opening mark of a title or nickname read as words, the token after its closing mark; else 0. */
  int[] plainQuoteEnd() {
    return plainQuoteEnd;
  }

  /** The sentence {@code s} with these lookups. */
  SentenceContext sentence(int s) {
    return new SentenceContext(this, s, doc.sentenceStart(s), doc.sentenceEnd(s));
  }

  static final Set<String> SPEAKING_SUBJECTS = Set.of("NAME", "PRONOUN", "DESCRIPTION", "DOCUMENT");

  /**
   * Forms of "be", "have" and "do", which carry other verbs rather than attribute anything:
   * English's, with "doing" and the contractions "'ve" and "'d".
   */
  static final Set<String> FUNCTION_VERBS = WordSets.union(English.BE_FORMS, English.BE_CONTRACTIONS,
      English.HAVE_DO_FORMS, Set.of("doing", "'ve", "'d"));

  /** The forms of "be" that make a participle passive ("was told"): English's without "am", with "'re". */
  static final Set<String> BE = WordSets.union(WordSets.without(English.BE_FORMS, "am"), Set.of("'re"));

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

  boolean isDash(int t) {
    String norm = doc.norm(t);
    return norm.equals("\u2014") || norm.equals("\u2013") || norm.equals("--") || norm.equals("\u2015") || norm.equals("-");
  }

  boolean isCommaOrClosing(int t) {
    return doc.norm(t).equals(",") || closesQuote(t) || doc.norm(t).equals(":");
  }

  boolean isSentencePunctuation(int t) {
    String norm = doc.norm(t);
    return (norm.equals(".") || norm.equals("!") || norm.equals("?")) && quoteAt[t] == null;
  }

  boolean onlyPunctuation(int from, int end) {
    for (int t = from; t < end; t++) {
      if (!"PUNCT".equals(doc.pos(t)) || quoteAt[t] != null && !closesQuote(t)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a clause or a quotation follows: a verb, a quote or "that" before the sentence ends. */
  boolean clauseFollows(int from, int end) {
    for (int t = from; t < end; t++) {
      String pos = doc.pos(t);
      if ("VERB".equals(pos) || "AUX".equals(pos) || quoteAt[t] != null || doc.lower(t).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb or auxiliary outside quotation marks stands at {@code t}. */
  boolean startsVerb(int t, int end) {
    if (t >= end || quoteAt[t] != null) {
      return false;
    }
    String pos = doc.pos(t);
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  /** Whether a verb follows {@code t} directly ("said that was wrong": "that" is the subject there). */
  boolean verbFollows(int t) {
    if (t + 1 >= doc.tokenCount() || doc.sentenceOf(t + 1) != doc.sentenceOf(t)) {
      return true;
    }
    String pos = doc.pos(t + 1);
    return ("VERB".equals(pos) || "AUX".equals(pos)) && quoteAt[t + 1] == null;
  }

  boolean isConjunction(int t) {
    String lower = doc.lower(t);
    return lower.equals("and") || lower.equals("but") || lower.equals("or");
  }

  /** Whether a quotation lies in the tokens {@code [start, end)}. */
  boolean quoteIn(int start, int end) {
    for (int k = start; k < end; k++) {
      if (quoteAt[k] != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue form is used as a verb here. The tagger's VERB is trusted; an inflected form it
   * called something else still counts where a noun could not stand: not after a determiner or a
   * possessive, and followed by what follows a verb (a period, a comma, "that", a quotation mark, a
   * pronoun, a determiner, a preposition or an adverb).
   */
  boolean isVerb(int t) {
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
      if ("DET".equals(before) || "ADJ".equals(before) || previous.equals("'s")
          || English.THIRD_PERSON_POSSESSIVES.contains(previous)) {
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

  /** An "-ing" form with no auxiliary of its own: a participle or gerund, which takes no subject. */
  boolean isBareParticiple(int t) {
    return t < doc.tokenCount() && doc.lower(t).endsWith("ing") && !"AUX".equals(doc.pos(t));
  }

  /** A time word that is no part of a name ("May" of Theresa May). */
  boolean isTimeToken(int t) {
    return lexicons.isTimeWord(doc.lower(t)) && resolver.nameAt(t) == null;
  }

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

  /** Extends a cue over the words that belong to it: "said in a statement", "told CNN in an interview". */
  int extendCue(int from, int end) {
    String[] phrase = from < end ? lexicons.phraseAt(doc, from, end) : null;
    if (phrase != null && phrase[0].equals("extends")) {
      return from + Integer.parseInt(phrase[1]);
    }
    return from;
  }

  /** Whether a time word follows within three tokens ("on Friday", "during the briefing on Monday" does not count). */
  boolean timeFollows(int t, int end) {
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

  boolean speaks(NounPhrases.Phrase phrase) {
    return SPEAKING_SUBJECTS.contains(resolver.candidate(phrase, phrases).kind.name());
  }

  /**
   * The closing mark of a quote that ends right before the attribution words, possibly with a comma
   * after it, in the same paragraph; -1 when there is none.
   */
  int quoteJustBefore(int attributionStart) {
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
  boolean governed(QuoteDraft quote) {
    int before = quote.tokenStart - 1;
    if (before < 0 || doc.sentenceOf(before) != doc.sentenceOf(quote.tokenStart)) {
      return false;
    }
    String pos = doc.pos(before);
    return "ADP".equals(pos) || "DET".equals(pos) || doc.lower(before).equals("'s");
  }

  boolean noCommaBetween(int from, int to) {
    for (int k = from; k < to; k++) {
      if (doc.norm(k).equals(",")) {
        return false;
      }
    }
    return true;
  }

  static boolean isPresentParticiple(String lower) {
    return lower.length() > 4 && lower.endsWith("ing");
  }

  static boolean isPastParticiple(String lower) {
    return lower.length() > 3 && (lower.endsWith("ed") || lower.endsWith("en") || lower.endsWith("wn"));
  }

  /** "said", "says", "told": cues whatever the tagger thought of them. */
  static boolean isSay(String value) {
    return value.startsWith("say ") || value.startsWith("tell ");
  }

  /** Whether the cue is a listed noun ("claim", "assertion"), which {@link NominalFrames} reads. */
  boolean isNoun(Cue cue) {
    String[] phrase = lexicons.phraseAt(doc, cue.start(), cue.end());
    return phrase != null && phrase[0].startsWith("noun ") && isNounCue(cue.start());
  }

  /** A listed cue noun counts where the tagger saw a noun that is no verb in disguise ("Trump claims that"). */
  boolean isNounCue(int t) {
    return "NOUN".equals(doc.pos(t)) && !isVerb(t);
  }

  /** Whether the cue is a listed stance adjective, whose subject stands before its linking words. */
  boolean isStance(Cue cue) {
    String[] phrase = lexicons.phraseAt(doc, cue.start(), cue.end());
    return phrase != null && phrase[0].startsWith("stance ");
  }
}
