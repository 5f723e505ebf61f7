package io.reportage.text;

import io.reportage.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs. A paragraph is a run of non-blank lines; a line break inside a run
 * also ends a paragraph unless the line clearly continues (hard-wrapped text: the line does not end
 * a sentence and the next starts in lower case). Lines end at "\n", "\r\n", a lone "\r", and the
 * Unicode line separators (U+0085, U+2028); U+2029, the paragraph separator, ends a paragraph like a
 * blank line. Spans are trimmed of white space and invisible characters around them. Linear time.
 */
public final class Paragraphs {
  private Paragraphs() {
  }

  /** The paragraphs of {@code text}, in order, each trimmed and non-empty. */
  public static List<Span> split(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int length = text.length();
    int lineStart = 0;
    int paragraphStart = -1;
    int paragraphEnd = -1;
    while (lineStart <= length) {
      int lineEnd = lineEnd(text, lineStart);
      int contentStart = skipBlank(text, lineStart, lineEnd);
      int contentEnd = trimEnd(text, contentStart, lineEnd);
      boolean blank = contentStart >= contentEnd;
      if (blank) {
        if (paragraphStart >= 0) {
          paragraphs.add(new Span(paragraphStart, paragraphEnd));
          paragraphStart = -1;
        }
      } else if (paragraphStart >= 0 && continues(text, paragraphEnd, contentStart)) {
        paragraphEnd = contentEnd;
      } else {
        if (paragraphStart >= 0) {
          paragraphs.add(new Span(paragraphStart, paragraphEnd));
        }
        paragraphStart = contentStart;
        paragraphEnd = contentEnd;
      }
      if (lineEnd < length && text.charAt(lineEnd) == '\u2029' && paragraphStart >= 0) {
        paragraphs.add(new Span(paragraphStart, paragraphEnd));
        paragraphStart = -1;
      }
      lineStart = nextLineStart(text, lineEnd);
    }
    if (paragraphStart >= 0) {
      paragraphs.add(new Span(paragraphStart, paragraphEnd));
    }
    return paragraphs;
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !isLineBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the line after the break at {@code lineEnd} starts; past the end when there is none. */
  private static int nextLineStart(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length() + 1;
    }
    if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  /** A wrapped line: the previous line does not end a sentence and the next starts in lower case. */
  private static boolean continues(String text, int previousEnd, int nextStart) {
    char last = text.charAt(previousEnd - 1);
    char first = text.charAt(nextStart);
    return Character.isLowerCase(first) && (Character.isLetterOrDigit(last) || last == ',');
  }

  /** White space, controls and invisible characters that never start or end a paragraph. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
        || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
  }

  private static int skipBlank(String text, int from, int to) {
    int i = from;
    while (i < to && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isBlank(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
