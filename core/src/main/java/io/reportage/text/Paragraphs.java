package io.reportage.text;

import io.reportage.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs. A paragraph is a run of non-blank lines; a line break inside a run
 * also ends a paragraph unless the line clearly continues (hard-wrapped text: the line does not end
 * a sentence and the next starts in lower case). Spans are trimmed of surrounding white space.
 */
final class Paragraphs {
  private Paragraphs() {
  }

  static List<Span> split(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int length = text.length();
    int lineStart = 0;
    int paragraphStart = -1;
    int paragraphEnd = -1;
    while (lineStart <= length) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = length;
      }
      int contentStart = skipBlank(text, lineStart, lineEnd);
      int contentEnd = trimEnd(text, contentStart, lineEnd);
      if (contentStart >= contentEnd) {
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
      lineStart = lineEnd + 1;
    }
    if (paragraphStart >= 0) {
      paragraphs.add(new Span(paragraphStart, paragraphEnd));
    }
    return paragraphs;
  }

  /** A wrapped line: the previous line does not end a sentence and the next starts in lower case. */
  private static boolean continues(String text, int previousEnd, int nextStart) {
    char last = text.charAt(previousEnd - 1);
    char first = text.charAt(nextStart);
    return Character.isLowerCase(first) && Character.isLetterOrDigit(last) || last == ',' && Character.isLowerCase(first);
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
        || c == '\u200B' || c == '\uFEFF';
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
