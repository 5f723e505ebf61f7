package io.reportage.text;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reads as verbs the present-tense verbs that the tagger took for plural nouns. News states what
 * people do in the present ("the campaign plans to ...", "Lynch notes they ...", "Cruz endorses
 * Trump"), and a word like "plans", "notes" or "endorses" is a noun as often as a verb, so the
 * tagger often calls it a noun. Attribution and events find their verbs by tag, so they missed
 * these. A lower-case word ending in "-s", tagged NOUN, becomes a VERB when it stands between a
 * subject and what only a verb takes:
 * <ul>
 *   <li>before it, a name, a noun or a subject pronoun, and no determiner, adjective or possessive
 *       that would make the word the head of a noun phrase ("the plans", "her notes");
 *   <li>after it, "to" and a verb ("plans to employ"), "that" ("notes that"), a personal pronoun
 *       ("notes they"), a determiner ("demands an apology") or a capitalised name ("endorses Trump").
 * </ul>
 * The word after "to" is read as a verb too where a verb that takes an infinitive stands before
 * "to" ("declined to comment.", "refused to comment on the report"), as the tagger reads "comment"
 * there as a noun object of "to".
 *
 * <p>First, the short attribution clause after a closing quotation mark is retagged by
 * {@link AfterQuoteClauseTags} ("“...,” insists Smith.").
 *
 * <p>Then, over the corrected tags, it marks the nouns that events read as verbs
 * ({@link Document#isVerbalNoun(int)}) without retagging them, because attribution must not see
 * them as verbs: a noun right after a form of "be" or "have", a modal or "to" ("were shot", "had
 * ambushed"); a noun ending in "-ed" (participles; nouns ending so are rare among event words); a
 * noun with a noun, name or subject pronoun before it and a determiner, number, name or object
 * pronoun after it, the shape of subject, verb and object ("Police detain a protester").
 *
 * <p>The order of its work is fixed: retag, then give the retagged tokens their verb lemma and
 * chunk the document again (a noun read as a verb no longer heads a noun chunk), then mark verbal
 * nouns. Run after the entity stages, which were trained on the tagger's own output, and before
 * attribution and events.
 *
 * <p>Reads {@link Layer#TOKENS}, {@link Layer#SENTENCES}, {@link Layer#POS}, {@link Layer#LEMMAS} and
 * {@link Layer#NOUN_CHUNKS}; provides {@link Layer#CORRECTED_POS}, the same column corrected in place
 * with the lemmas and noun chunks of the retagged words brought up to date, and the verbal nouns.
 */
public final class VerbTagCorrectionStage implements Stage {
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "who",
      "which");
  private static final Set<String> OBJECT_WORDS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
      "them", "us", "me", "his", "their", "its", "our", "my");
  private static final Set<String> NOT_VERBS = Set.of("news", "series", "species", "politics", "economics", "ethics",
      "this", "thus", "always", "perhaps", "whereas", "various", "previous", "serious", "famous", "status", "bus",
      "census", "campus", "virus", "bonus", "focus", "consensus", "crisis", "basis", "analysis", "thesis", "emphasis");

  /** Verbs that take "to" and an infinitive, never "to" and a noun; by lemma. */
  private static final Set<String> INFINITIVE_VERBS = Set.of("decline", "refuse", "try", "fail", "vow", "pledge",
      "threaten", "hope", "want", "plan", "intend", "seek", "decide", "attempt");

  /** Words before a noun that make it a participle or an infinitive ("were shot", "to march"). */
  private static final Set<String> BEFORE_VERB = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "to", "get", "got");
  private static final Set<String> SUBJECT_BEFORE_VERB = Set.of("i", "we", "you", "they", "he", "she", "it", "who");
  private static final Set<String> OBJECT_AFTER_VERB = Set.of("him", "her", "them", "us", "me", "it");

  private final Lemmatizer lemmatizer;

  /** @param lemmatizer gives a retagged token its lemma as a verb */
  public VerbTagCorrectionStage(Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.POS, Layer.LEMMAS, Layer.NOUN_CHUNKS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.CORRECTED_POS);
  }

  @Override
  public void apply(Document doc) {
    String[] tags = null;
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int first = doc.sentenceStart(s);
      int last = doc.sentenceEnd(s);
      for (int t = first; t + 1 < last; t++) {
        if (AfterQuoteClauseTags.closingMark(doc, t)) {
          tags = retag(doc, tags, t, doc.pos(t));
          AfterQuoteClauseTags.correct(doc, tags, t, last);
        }
      }
      for (int t = first + 1; t + 1 < last; t++) {
        if (infinitiveAfter(doc, t, last)) {
          tags = retag(doc, tags, t, "PART");
          tags[t + 1] = "VERB";
        } else if (readsAsVerb(doc, t, last)) {
          tags = retag(doc, tags, t, "VERB");
        }
      }
    }
    if (tags != null) {
      for (int t = 0; t < tags.length; t++) {
        if (!tags[t].equals(doc.pos(t))) {
          doc.setLemma(t, lemmatizer.lemma(doc.lower(t), tags[t]));
        }
      }
      doc.setPos(tags);
      NounChunkStage.chunk(doc);
    }
    markVerbalNouns(doc);
  }

  private static void markVerbalNouns(Document doc) {
    boolean[] verbal = new boolean[doc.tokenCount()];
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int first = doc.sentenceStart(s);
      int last = doc.sentenceEnd(s);
      for (int t = first; t < last; t++) {
        verbal[t] = nounReadsAsVerb(doc, t, first, last);
      }
    }
    doc.setVerbalNouns(verbal);
  }

  /** Whether the token, tagged as a common noun, reads as a verb in its sentence {@code [first, last)}. */
  static boolean nounReadsAsVerb(Document doc, int token, int first, int last) {
    if (!"NOUN".equals(doc.pos(token))) {
      return false;
    }
    String word = doc.lower(token);
    if (token > first && BEFORE_VERB.contains(doc.lower(token - 1))) {
      return true;
    }
    if (word.endsWith("ed") && word.length() > 4) {
      return true;
    }
    if (token <= first || token + 1 >= last) {
      return false;
    }
    String before = doc.pos(token - 1);
    boolean subject = "NOUN".equals(before) || "PROPN".equals(before) || SUBJECT_BEFORE_VERB.contains(doc.lower(token - 1));
    String after = doc.pos(token + 1);
    boolean object = "DET".equals(after) || "NUM".equals(after) || "PROPN".equals(after)
        || OBJECT_AFTER_VERB.contains(doc.lower(token + 1));
    return subject && object;
  }

  /** The tags with token {@code t} retagged, copied from the document on the first change. */
  private static String[] retag(Document doc, String[] tags, int t, String tag) {
    String[] copy = tags;
    if (copy == null) {
      copy = new String[doc.tokenCount()];
      for (int k = 0; k < copy.length; k++) {
        copy[k] = doc.pos(k);
      }
    }
    copy[t] = tag;
    return copy;
  }

  /** "declined to comment": "to" after a verb that takes an infinitive, and a singular noun that ends the clause. */
  private static boolean infinitiveAfter(Document doc, int t, int last) {
    if (!doc.lower(t).equals("to") || !"VERB".equals(doc.pos(t - 1)) || !INFINITIVE_VERBS.contains(doc.lemma(t - 1))
        || !"NOUN".equals(doc.pos(t + 1)) || doc.lower(t + 1).endsWith("s")) {
      return false;
    }
    if (t + 2 >= last) {
      return true;
    }
    String after = doc.pos(t + 2);
    return "PUNCT".equals(after) || "ADP".equals(after);
  }

  private static boolean readsAsVerb(Document doc, int t, int last) {
    if (!"NOUN".equals(doc.pos(t))) {
      return false;
    }
    String token = doc.token(t);
    String lower = doc.lower(t);
    if (lower.length() < 4 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("'s")
        || lower.endsWith("’s") || !Character.isLowerCase(token.charAt(0)) || NOT_VERBS.contains(lower)) {
      return false;
    }
    String before = doc.pos(t - 1);
    boolean subject = "PROPN".equals(before) || "NOUN".equals(before) || SUBJECT_PRONOUNS.contains(doc.lower(t - 1));
    if (!subject) {
      return false;
    }
    String next = doc.lower(t + 1);
    String nextPos = doc.pos(t + 1);
    if (next.equals("to")) {
      return t + 2 < last && "VERB".equals(doc.pos(t + 2));
    }
    return next.equals("that") || OBJECT_WORDS.contains(next) || "DET".equals(nextPos) && !next.equals("that")
        || Character.isUpperCase(doc.token(t + 1).charAt(0)) && !"PUNCT".equals(nextPos);
  }
}
