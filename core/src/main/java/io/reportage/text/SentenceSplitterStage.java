package io.reportage.text;

import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Splits each paragraph's tokens into sentences by rule:
 * <ul>
 *   <li>A sentence ends at ".", "!", "?", "…" or a run of them, together with the closing quotes
 *       and brackets that follow, when the next token starts a sentence: a capital, a digit or an
 *       opening mark. So {@code "Why?" he asked.} stays one sentence.
 *   <li>A token that keeps its period (an abbreviation, "U.S.", an initial) ends a sentence only
 *       when a common sentence opener follows ("... in the U.S. The talks"), and never when it is a
 *       title before a name ("Sen. Warren").
 *   <li>A period after a list number that opens a paragraph ("1. The first point") ends nothing.
 *   <li>A paragraph always ends a sentence, and a sentence is cut after
 *       {@value #MAX_SENTENCE_TOKENS} tokens so that no later stage sees an unbounded one.
 * </ul>
 *
 * <p>Reads {@link Layer#TOKENS}; provides {@link Layer#SENTENCES}. Linear in the number of tokens.
 */
public final class SentenceSplitterStage implements Stage {
  static final int MAX_SENTENCE_TOKENS = 150;

  private final Lexicon titleAbbreviations;

  /** @param titleAbbreviations abbreviations that precede a name and so never end a sentence ("mr", "sen") */
  public SentenceSplitterStage(Lexicon titleAbbreviations) {
    this.titleAbbreviations = titleAbbreviations;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public void apply(Document doc) {
    int n = doc.tokenCount();
    int[] starts = new int[Math.max(16, n / 8)];
    int[] ends = new int[starts.length];
    int count = 0;
    int sentenceStart = 0;
    for (int t = 0; t < n; t++) {
      boolean last = t + 1 == n || doc.paragraphOf(t + 1) != doc.paragraphOf(t);
      int end = -1;
      if (last || t + 1 - sentenceStart >= MAX_SENTENCE_TOKENS) {
        end = t + 1;
      } else if (isTerminal(doc.norm(t)) && !isListMarker(doc, t)) {
        int after = t + 1;
        while (after < n && doc.paragraphOf(after) == doc.paragraphOf(t) && closes(doc, after)) {
          after++;
        }
        boolean paragraphEnds = after == n || doc.paragraphOf(after) != doc.paragraphOf(t);
        if (paragraphEnds || opensSentence(doc, after)) {
          end = after;
        }
      } else if (endsWithPeriod(doc.norm(t)) && !titleAbbreviations.containsToken(stripPeriod(doc.lower(t)))
          && t + 1 < n && doc.paragraphOf(t + 1) == doc.paragraphOf(t) && startsNewSentenceAfterAbbreviation(doc, t + 1)) {
        end = t + 1;
      }
      if (end > 0) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = sentenceStart;
        ends[count] = end;
        count++;
        sentenceStart = end;
        t = end - 1;
      }
    }
    doc.setSentences(count, starts, ends);
  }

  private static boolean isTerminal(String token) {
    char c = token.charAt(token.length() - 1);
    return (c == '.' || c == '!' || c == '?' || c == '\u2026') && !Character.isLetterOrDigit(token.charAt(0));
  }

  /** "1." or "a)" opening a paragraph: the period after the number marks a list item. */
  private static boolean isListMarker(Document doc, int t) {
    if (t == 0 || !doc.norm(t).equals(".") || doc.tokenStart(t) != doc.tokenEnd(t - 1)) {
      return false;
    }
    boolean opensParagraph = t == 1 || doc.paragraphOf(t - 2) != doc.paragraphOf(t - 1);
    String number = doc.norm(t - 1);
    return opensParagraph && number.length() <= 3 && number.chars().allMatch(Character::isDigit);
  }

  private static boolean endsWithPeriod(String token) {
    return token.length() > 1 && token.endsWith(".") && Character.isLetter(token.charAt(0));
  }

  private static String stripPeriod(String token) {
    return token.substring(0, token.length() - 1);
  }

  /** A closing quote or bracket that stays with the sentence it closes. */
  private static boolean closes(Document doc, int token) {
    String norm = doc.norm(token);
    char c = doc.token(token).charAt(0);
    if (c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB') {
      return true;
    }
    // A straight quote closes when nothing follows it directly or a space follows it, also after
    // the second mark of a doubled one ("too late.'' Then").
    if (norm.equals("\"") || norm.equals("'")) {
      String text = doc.text();
      int end = doc.tokenEnd(token);
      if (end < text.length() && text.charAt(end) == norm.charAt(0)) {
        end++;
      }
      return end >= text.length() || Character.isWhitespace(text.charAt(end));
    }
    return false;
  }

  private static boolean opensSentence(Document doc, int token) {
    char c = doc.token(token).charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '\u201C' || c == '"' || c == '\u2018'
        || c == '(' || c == '[' || c == '\u2014' || c == '-' || c == '\u00AB' || opensQuoteOnCapital(doc, token);
  }

  /**
   * An apostrophe mark written against a capital ("''They", "'We", "``It"): some newspapers open
   * quotes with two apostrophes, and a mark that opens onto a capital opens a sentence.
   */
  private static boolean opensQuoteOnCapital(Document doc, int token) {
    String text = doc.text();
    int k = doc.tokenStart(token);
    int limit = Math.min(text.length(), k + 3);
    while (k < limit && isApostropheMark(text.charAt(k))) {
      k++;
    }
    return k > doc.tokenStart(token) && k < text.length() && (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k)));
  }

  private static boolean isApostropheMark(char c) {
    return c == '\'' || c == '`' || c == '\u2019';
  }

  /**
   * After an abbreviation that keeps its period ("U.S.", "Inc."), a new sentence starts only when a
   * common sentence opener follows: a pronoun or determiner in capitals, or an opening quote.
   */
  private static boolean startsNewSentenceAfterAbbreviation(Document doc, int token) {
    String lower = doc.lower(token);
    char c = doc.token(token).charAt(0);
    return c == '\u201C' || Character.isUpperCase(c) && OPENERS.contains(lower);
  }

  /** Function words that open sentences and are not capitalized inside one. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
      "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "by", "to", "of", "under", "over",
      "during", "before", "after", "since", "until", "while", "although", "though", "because", "if", "when", "where",
      "why", "how", "what", "who", "which", "as", "this", "that", "these", "those", "his", "her", "their", "its", "our",
      "my", "your", "there", "then", "now", "still", "also", "however", "meanwhile", "moreover", "nevertheless",
      "some", "many", "most", "all", "both", "each", "several", "no", "not", "one", "two", "three", "asked",
      "according", "earlier", "later", "last", "next", "separately", "speaking", "instead", "indeed");
}
