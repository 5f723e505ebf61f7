package io.reportage.text;

import io.reportage.pipeline.Document;
import java.util.Set;

/**
 * Corrects the tags of the short attribution clause that follows a closing quotation mark
 * ("“...,” insists Smith.", "“...,” adds Jones, the coach.", "“...,” Trump tweeted."). The tagger
 * reads a word after a closing mark as if it opened a sentence, and news puts its speech verbs
 * there in forms that are nouns as often as verbs: an inverted present tense ("insists", "adds",
 * "notes" become plural nouns) and a past after a name ("Trump tweeted" becomes an adjective and a
 * preposition). Attribution finds its cues by tag, so it missed these clauses.
 *
 * <p>Two layouts, by position and inflection (no list of verbs; only closed-class words and a few
 * nouns that end in "-s" are set aside), right after a closing mark:
 * <ul>
 *   <li>inverted: a lower-case word ending in "-s" or "-ed" followed by what opens a noun phrase (a
 *       capitalised word, a determiner, a pronoun) that no verb follows is the verb: "insists
 *       Smith", "tweeted a user"; "retired general Lloyd Newton said" keeps its adjective;
 *   <li>name first: a run of capitalised words, then a lower-case word ending in "-ed" that no noun
 *       follows, or in "-s" that ends the clause: the run is a name and the word its verb ("Trump
 *       tweeted last week", "Smith insists."); "Trump supporters chanted" keeps its noun.
 * </ul>
 * A closing mark is a double quotation mark written against the word or punctuation before it.
 */
final class AfterQuoteClauseTags {
  private static final Set<String> NOT_VERBS = Set.of("news", "series", "politics", "economics", "always",
      "perhaps", "various", "previous", "serious", "famous", "status", "thus", "this", "its", "his", "hers",
      "ours", "theirs", "yours", "was", "is", "has", "does", "as", "us", "less", "unless", "yes");
  private static final Set<String> PHRASE_TAGS = Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON");
  private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("DET", "PRON", "PROPN", "NUM");

  /** How many capitalised words a name before its verb may have ("Sen. John Smith Jr."). */
  private static final int MAX_NAME_WORDS = 5;

  private AfterQuoteClauseTags() {
  }

  /** Retags in {@code tags} the clause after a closing mark at {@code mark}, within the sentence ending at {@code last}. */
  static void correct(Document doc, String[] tags, int mark, int last) {
    int t = mark + 1;
    if (t + 1 >= last) {
      return;
    }
    String word = doc.token(t);
    if (Character.isLowerCase(word.charAt(0))) {
      if (inflectedVerb(doc, t) && opensNounPhrase(doc, tags, t + 1) && !verbAfterPhrase(tags, t + 1, last)) {
        tags[t] = "VERB";
      }
      return;
    }
    int k = t;
    while (k < last && k - t < MAX_NAME_WORDS && capitalisedWord(doc, k)) {
      k++;
    }
    if (k == t || k >= last || !Character.isLowerCase(doc.token(k).charAt(0)) || !inflectedVerb(doc, k)
        || "VERB".equals(tags[k]) || "AUX".equals(tags[k])) {
      return;
    }
    String lower = doc.lower(k);
    boolean clauseEnds = k + 1 >= last || "PUNCT".equals(tags[k + 1]);
    boolean verb = lower.endsWith("ed") ? k + 1 >= last || !"NOUN".equals(tags[k + 1]) : clauseEnds;
    if (!verb) {
      return;
    }
    tags[k] = "VERB";
    for (int n = t; n < k; n++) {
      if (!"PROPN".equals(tags[n])) {
        tags[n] = "PROPN";
      }
    }
  }

  /** Whether token {@code t} is a double quotation mark that closes: written against what precedes it, not what follows. */
  static boolean closingMark(Document doc, int t) {
    String token = doc.token(t);
    if (token.length() != 1 || t == 0) {
      return false;
    }
    char c = token.charAt(0);
    if (c != '"' && c != '\u201D') {
      return false;
    }
    boolean attachedBefore = doc.tokenStart(t) == doc.tokenEnd(t - 1);
    boolean attachedAfter = t + 1 < doc.tokenCount() && doc.tokenStart(t + 1) == doc.tokenEnd(t);
    return attachedBefore && !attachedAfter;
  }

  private static boolean inflectedVerb(Document doc, int t) {
    String lower = doc.lower(t);
    if (lower.length() < 4 || NOT_VERBS.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return lower.endsWith("ed") || lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is");
  }

  /**
   * Whether a verb follows the noun phrase opening at {@code t}: then the word before the phrase
   * modifies it ("“...,” retired Air Force general Lloyd Newton said") rather than inverts it.
   */
  private static boolean verbAfterPhrase(String[] tags, int t, int last) {
    int k = t;
    while (k < last && PHRASE_TAGS.contains(tags[k])) {
      k++;
    }
    return k < last && ("VERB".equals(tags[k]) || "AUX".equals(tags[k]));
  }

  private static boolean opensNounPhrase(Document doc, String[] tags, int t) {
    String token = doc.token(t);
    return Character.isUpperCase(token.charAt(0)) && !"PUNCT".equals(tags[t])
        || NOUN_PHRASE_OPENERS.contains(tags[t]) && !"PUNCT".equals(tags[t]);
  }

  private static boolean capitalisedWord(Document doc, int t) {
    String token = doc.token(t);
    return Character.isUpperCase(token.charAt(0));
  }
}
