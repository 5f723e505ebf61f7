package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.text.English;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Quotation marks that mark no one's words: a nickname inside a name (Joaquin “Shorty” Ramos), a
 * so-called word, and a title (“Face the Nation”, a “Commander-in-Chief Forum”): a few words in title case after an
 * article, a possessive or "on", or before the noun they name. These stay unattributed.
 */
final class NotSpeech {
  private static final int MAX_TITLE_TOKENS = 8;
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
      "for", "by", "with", "from", "is", "it", "'s", ",", ".", "!", "?", ":", "-", "(", ")");
  /** Words before a quoted title, with the listed naming participles ("a film titled"). */
  private static final Set<String> TITLE_OPENERS = WordSets.union(Set.of("a", "an", "the", "'s", "on", "in"),
      WordSets.without(English.POSSESSIVE_DETERMINERS, "my", "your"));

  private final Document doc;
  private final NounPhrases phrases;
  private final AttributionWords words;

  NotSpeech(Document doc, NounPhrases phrases, AttributionWords words) {
    this.doc = doc;
    this.phrases = phrases;
    this.words = words;
  }

  /** The quotes of {@code quotes} that mark no one's words. */
  static Set<QuoteDraft> find(Document doc, NounPhrases phrases, AttributionWords words, List<QuoteDraft> quotes) {
    NotSpeech test = new NotSpeech(doc, phrases, words);
    Set<QuoteDraft> found = Collections.newSetFromMap(new IdentityHashMap<>());
    for (QuoteDraft quote : quotes) {
      if (test.test(quote)) {
        found.add(quote);
      }
    }
    return found;
  }

  boolean test(QuoteDraft quote) {
    return quote.closed && (isNickname(quote) || isTitle(quote) || isSoCalled(quote) || isHeading(quote));
  }

  /**
   * A paragraph that is only a few title-case words in marks (‘Legend in the Coal Fields.’): a
   * section heading, as some outlets set them, not a quote of the speaker before it.
   */
  private boolean isHeading(QuoteDraft quote) {
    int inner = quote.tokenEnd - quote.tokenStart - 2;
    if (inner < 2 || inner > MAX_TITLE_TOKENS || !titleCase(quote.tokenStart + 1, quote.tokenEnd - 1)) {
      return false;
    }
    int before = quote.tokenStart - 1;
    int after = quote.tokenEnd;
    boolean opensParagraph = before < 0 || doc.paragraphOf(before) != doc.paragraphOf(quote.tokenStart);
    while (after < doc.tokenCount() && doc.paragraphOf(after) == doc.paragraphOf(quote.tokenStart)
        && "PUNCT".equals(doc.pos(after))) {
      after++;
    }
    boolean closesParagraph = after >= doc.tokenCount() || doc.paragraphOf(after) != doc.paragraphOf(quote.tokenStart);
    return opensParagraph && closesParagraph;
  }

  /** "The so-called “reform”": the writer's distance from a word, no one's statement. */
  private boolean isSoCalled(QuoteDraft quote) {
    int before = quote.tokenStart - 1;
    return before >= 0 && doc.lower(before).equals("so-called") && quote.tokenEnd - quote.tokenStart <= 6;
  }

  /** A quote between two words of a name: Rep. Robert C. “Bobby” Scott. */
  private boolean isNickname(QuoteDraft quote) {
    int before = quote.tokenStart - 1;
    int after = quote.tokenEnd;
    return before >= 0 && after < doc.tokenCount() && doc.sentenceOf(before) == doc.sentenceOf(after)
        && quote.tokenEnd - quote.tokenStart <= 5 && capitalised(before) && capitalised(after)
        && phrases.isNounLike(before) && phrases.isNounLike(after);
  }

  private boolean isTitle(QuoteDraft quote) {
    int inner = quote.tokenEnd - quote.tokenStart - 2;
    if (inner < 1 || inner > MAX_TITLE_TOKENS || QuoteSpanStage.startsClause(doc, quote.tokenStart)) {
      return false;
    }
    if (!titleCase(quote.tokenStart + 1, quote.tokenEnd - 1)) {
      return false;
    }
    int before = quote.tokenStart - 1;
    int after = quote.tokenEnd;
    boolean openedAsTitle = TITLE_OPENERS.contains(doc.lower(before))
        || words.has(AttributionWords.WordList.NAMING_PARTICIPLE, doc.lower(before));
    boolean namesTheNounAfter = after < doc.tokenCount() && doc.sentenceOf(after) == doc.sentenceOf(before)
        && "NOUN".equals(doc.pos(after));
    return openedAsTitle || namesTheNounAfter;
  }

  /** Whether every word of {@code [from, to)} but the small ones is capitalised (or a number or punctuation). */
  private boolean titleCase(int from, int to) {
    for (int t = from; t < to; t++) {
      if (!capitalised(t) && !SMALL_WORDS.contains(doc.lower(t)) && !Character.isDigit(doc.token(t).charAt(0))
          && !"PUNCT".equals(doc.pos(t))) {
        return false;
      }
    }
    return true;
  }

  private boolean capitalised(int t) {
    char c = doc.token(t).charAt(0);
    return Character.isUpperCase(c);
  }
}
