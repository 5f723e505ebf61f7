package io.reportage.text;

import io.reportage.Span;
import io.reportage.models.Lexicon;
import java.util.List;
import java.util.Locale;

/**
 * Finds the outlet an article credits: on a credit line of its own ("Via RT", "Source: Reuters",
 * "Courtesy of Al Jazeera") or in a wire dateline ("MOSCOW, July 4 (Reuters) - ..."). The outlet's
 * name is taken from the text; the outlets lexicon only vouches for names that stand without a
 * colon or a place before them. Immutable; thread-safe.
 */
final class OutletCredits {
  /** Lead words of a credit line, longest first so that "courtesy of" wins over "courtesy". */
  private static final List<String> LEADS = List.of("originally published by", "first published by", "republished from",
      "republished with permission from", "published by", "courtesy of", "courtesy", "sources", "source", "credit", "via",
      "from");
  /** Leads that name an outlet without help: with them a name need not be in the lexicon. */
  private static final List<String> STRONG_LEADS = List.of("via", "courtesy of", "courtesy", "originally published by",
      "first published by", "republished from", "republished with permission from", "published by");
  private static final int MAX_CREDIT_CHARS = 100;
  private static final int MAX_NAME_WORDS = 6;
  private static final int DATELINE_WINDOW = 80;

  private final Lexicon outlets;

  OutletCredits(Lexicon outlets) {
    this.outlets = outlets;
  }

  /** The credited name when the paragraph is a credit line of its own, else null. */
  Span creditLine(String text, Span paragraph) {
    if (paragraph.length() > MAX_CREDIT_CHARS) {
      return null;
    }
    String line = paragraph.text(text);
    String lower = line.toLowerCase(Locale.ROOT);
    for (String lead : LEADS) {
      if (!lower.startsWith(lead) || lower.length() == lead.length() || Character.isLetterOrDigit(lower.charAt(lead.length()))) {
        continue;
      }
      int i = lead.length();
      boolean separator = false;
      while (i < line.length() && (Character.isWhitespace(line.charAt(i)) || isSeparatorMark(line.charAt(i)))) {
        separator |= line.charAt(i) == ':';
        i++;
      }
      Span name = trimName(text, paragraph.start() + i, paragraph.end());
      if (name == null) {
        return null;
      }
      boolean listed = outlets.contains(name.text(text));
      boolean vouched = listed || separator && !lead.equals("from") || STRONG_LEADS.contains(lead);
      return vouched ? name : null;
    }
    return null;
  }

  /**
   * The outlet of a wire dateline at the start of a paragraph: "(Reuters) -" after an optional place
   * in capitals and a date ("WASHINGTON, March 3 (AP) —"), or null.
   */
  Span dateline(String text, Span paragraph) {
    int limit = Math.min(paragraph.end(), paragraph.start() + DATELINE_WINDOW);
    int open = -1;
    for (int i = paragraph.start(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        open = i;
        break;
      }
      if (c == '.' || c == '"' || c == '\u201C') {
        return null;
      }
    }
    if (open < 0) {
      return null;
    }
    int close = text.indexOf(')', open);
    if (close < 0 || close >= limit || !dashFollows(text, close + 1, paragraph.end())) {
      return null;
    }
    Span name = trimName(text, open + 1, close);
    if (name == null) {
      return null;
    }
    boolean placeBefore = hasCapitalizedPlace(text, paragraph.start(), open);
    boolean nothingBefore = open == paragraph.start();
    if (outlets.contains(name.text(text)) && (placeBefore || nothingBefore) || placeBefore && isShortName(text, name)) {
      return name;
    }
    return null;
  }

  private static boolean isSeparatorMark(char c) {
    return c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
  }

  private static boolean dashFollows(String text, int from, int to) {
    int i = from;
    while (i < to && i < from + 3 && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < to && (text.charAt(i) == '-' || text.charAt(i) == '\u2013' || text.charAt(i) == '\u2014');
  }

  /** A word of two or more capital letters before the parenthesis: the dateline's place. */
  private static boolean hasCapitalizedPlace(String text, int from, int to) {
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        run++;
        if (run >= 2) {
          return true;
        }
      } else if (Character.isLowerCase(c)) {
        run = 0;
        // a lower-case word before the parenthesis means a sentence, not a place: allow only month names
        if (i == from || !Character.isLetter(text.charAt(i - 1))) {
          return false;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static boolean isShortName(String text, Span name) {
    return ParagraphWords.of(text, name.start(), name.end(), MAX_NAME_WORDS + 1).length <= 4;
  }

  /**
   * The name in {@code text[from, to)} without surrounding space and final punctuation, when it
   * starts with a capital or digit and has at most {@value #MAX_NAME_WORDS} words; else null.
   */
  private static Span trimName(String text, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ".,;:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (start >= end || !(Character.isUpperCase(text.charAt(start)) || Character.isDigit(text.charAt(start)))) {
      return null;
    }
    int words = ParagraphWords.of(text, start, end, MAX_NAME_WORDS + 1).length;
    return words == 0 || words > MAX_NAME_WORDS ? null : new Span(start, end);
  }
}
