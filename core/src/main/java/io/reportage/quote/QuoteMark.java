package io.reportage.quote;

import io.reportage.pipeline.Document;

/**
 * What a quotation-mark token can do, read from the mark itself and the characters touching it.
 * Curly marks say their direction; straight ones take it from their neighbours: {@code "} before a
 * word and after a space opens, after a word and before a space closes. A single mark inside or at
 * the end of a word is an apostrophe ("don’t", "the Joneses’ house", "’90s") unless a single quote
 * is open, which the caller tracks.
 */
enum QuoteMark {
  /** Not a quotation mark. */
  NONE,
  OPEN_DOUBLE,
  CLOSE_DOUBLE,
  /** A straight double mark with words (or spaces) on both sides. */
  EITHER_DOUBLE,
  OPEN_SINGLE,
  /** A single mark after a word: closes an open single quote, or is an apostrophe. */
  CLOSE_SINGLE,
  /** A single mark that can only be an apostrophe ("’90s", "rock ’n’ roll"). */
  APOSTROPHE;

  boolean isDouble() {
    return this == OPEN_DOUBLE || this == CLOSE_DOUBLE || this == EITHER_DOUBLE;
  }

  boolean canOpen() {
    return this == OPEN_DOUBLE || this == EITHER_DOUBLE;
  }

  boolean canClose() {
    return this == CLOSE_DOUBLE || this == EITHER_DOUBLE;
  }

  /** Classifies token {@code t} of {@code doc}. */
  static QuoteMark of(Document doc, int t) {
    String token = doc.token(t);
    char c = token.charAt(0);
    if (!isMarkChar(c)) {
      return NONE;
    }
    String text = doc.text();
    int start = doc.tokenStart(t);
    int end = doc.tokenEnd(t);
    boolean wordBefore = start > 0 && attachesBefore(text.charAt(start - 1));
    boolean wordAfter = end < text.length() && attachesAfter(text.charAt(end));
    if (token.length() == 2 && (token.equals("``") || token.equals("\u2018\u2018"))) {
      return OPEN_DOUBLE;
    }
    if (token.length() == 2 && (token.equals("''") || token.equals("\u2019\u2019"))) {
      // Two apostrophes stand for a double mark; some newspapers open quotes with them too.
      return wordAfter && !wordBefore ? OPEN_DOUBLE : wordBefore && !wordAfter ? CLOSE_DOUBLE : EITHER_DOUBLE;
    }
    if (token.length() != 1) {
      return NONE;
    }
    switch (c) {
      case '\u201C', '\u201E', '\u201F', '\u00AB' -> {
        return OPEN_DOUBLE;
      }
      case '\u201D', '\u00BB' -> {
        return CLOSE_DOUBLE;
      }
      case '"' -> {
        if (wordAfter && !wordBefore) {
          return OPEN_DOUBLE;
        }
        if (wordBefore && !wordAfter) {
          return CLOSE_DOUBLE;
        }
        return EITHER_DOUBLE;
      }
      case '\u2018', '`' -> {
        return elisionFollows(text, end) ? APOSTROPHE : OPEN_SINGLE;
      }
      case '\u2019', '\'' -> {
        if (wordBefore) {
          return wordAfter && Character.isLetterOrDigit(text.charAt(end)) ? APOSTROPHE : CLOSE_SINGLE;
        }
        if (wordAfter) {
          // A straight mark opens; a curly closing one before a word is an elision ("’90s", "’em").
          return c == '\'' && !elisionFollows(text, end) ? OPEN_SINGLE : APOSTROPHE;
        }
        return APOSTROPHE;
      }
      default -> {
        return NONE;
      }
    }
  }

  /**
   * Two single marks written together ('' or ‘‘ or ’’ or ``) stand for one double mark, as some
   * newspapers write them; the tokenizer gives each its own token. Returns the double mark the pair
   * at {@code t}, {@code t + 1} makes, or NONE when the two tokens are no such pair.
   */
  static QuoteMark ofPair(Document doc, int t) {
    if (t + 1 >= doc.tokenCount() || doc.tokenEnd(t) != doc.tokenStart(t + 1) || doc.token(t).length() != 1
        || doc.token(t + 1).length() != 1) {
      return NONE;
    }
    char first = doc.token(t).charAt(0);
    char second = doc.token(t + 1).charAt(0);
    boolean singles = (first == '\'' || first == '\u2018' || first == '\u2019' || first == '`')
        && (second == '\'' || second == '\u2018' || second == '\u2019' || second == '`');
    if (!singles) {
      return NONE;
    }
    String text = doc.text();
    int start = doc.tokenStart(t);
    int end = doc.tokenEnd(t + 1);
    boolean wordBefore = start > 0 && attachesBefore(text.charAt(start - 1));
    boolean wordAfter = end < text.length() && attachesAfter(text.charAt(end));
    if (first == '`' || first == '\u2018') {
      return OPEN_DOUBLE;
    }
    return wordAfter && !wordBefore ? OPEN_DOUBLE : wordBefore && !wordAfter ? CLOSE_DOUBLE : EITHER_DOUBLE;
  }

  static boolean isMarkChar(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
        || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u00BB';
  }

  /** A character before a mark that ties the mark to the word before it (a closing position). */
  private static boolean attachesBefore(char c) {
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && "([{\u2014\u2013-/\u201C\u2018\"".indexOf(c) < 0;
  }

  /** A character after a mark that ties the mark to the word after it (an opening position). */
  private static boolean attachesAfter(char c) {
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c)
        && ")]},.;:!?\u2014\u2013-\u201D\u2019\"".indexOf(c) < 0;
  }

  /** A digit or a common clipped word after a single mark: "’90s", "’em", "’til", "’cause". */
  private static boolean elisionFollows(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    if (Character.isDigit(text.charAt(at))) {
      return true;
    }
    int end = at;
    while (end < text.length() && end - at < 6 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.substring(at, end).toLowerCase(java.util.Locale.ROOT);
    return word.equals("em") || word.equals("til") || word.equals("cause") || word.equals("n") || word.equals("twas");
  }
}
