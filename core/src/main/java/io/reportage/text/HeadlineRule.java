package io.reportage.text;

import io.reportage.Span;
import io.reportage.models.Lexicon;
import java.util.Locale;

/**
 * Whether the first paragraph reads as a headline: a single line of at most
 * {@value #MAX_WORDS} words that starts like a title and does not read as prose: it does not end
 * in a full stop (unless on an abbreviation, "... to visit U.S."), a comma, a colon or a
 * semicolon, and holds no sentence break (". The"). Immutable; thread-safe.
 */
final class HeadlineRule {
  static final int MAX_CHARS = 250;
  static final int MAX_WORDS = 30;

  private final Lexicon abbreviations;

  /** @param abbreviations words that keep a final period (lower case, without it) */
  HeadlineRule(Lexicon abbreviations) {
    this.abbreviations = abbreviations;
  }

  boolean readsAsHeadline(String text, Span paragraph) {
    if (paragraph.length() > MAX_CHARS || paragraph.isEmpty()) {
      return false;
    }
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      if (Paragraphs.isLineBreak(text.charAt(i))) {
        return false;
      }
    }
    char first = text.charAt(paragraph.start());
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || Tokenizer.isQuoteMark(first) || first == '\u2018'
        || Character.isHighSurrogate(first))) {
      return false;
    }
    int words = ParagraphWords.of(text, paragraph.start(), paragraph.end(), MAX_WORDS + 1).length;
    if (words == 0 || words > MAX_WORDS) {
      return false;
    }
    char last = text.charAt(paragraph.end() - 1);
    if (last == ',' || last == ':' || last == ';' || last == '.' && !endsWithAbbreviation(text, paragraph)) {
      return false;
    }
    return !hasSentenceBreak(text, paragraph);
  }

  /** ". The", where the period does not follow a capital ("U.S. Navy" is not a break). */
  private static boolean hasSentenceBreak(String text, Span paragraph) {
    for (int i = paragraph.start() + 1; i + 2 < paragraph.end(); i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))
          && !Character.isUpperCase(text.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithAbbreviation(String text, Span paragraph) {
    int end = paragraph.end() - 1;
    int start = end;
    while (start > paragraph.start() && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
      start--;
    }
    String word = text.substring(start, end);
    return word.indexOf('.') > 0 || abbreviations.containsToken(word.toLowerCase(Locale.ROOT));
  }
}
