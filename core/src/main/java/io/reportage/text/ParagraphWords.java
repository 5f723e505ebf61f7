package io.reportage.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one short stretch of text as the structure rules read them: lower case, curly
 * apostrophes made straight, letters, digits and the apostrophes and hyphens inside words; other
 * punctuation separates words and is dropped. "©" is a word of its own. Linear time.
 */
final class ParagraphWords {
  private ParagraphWords() {
  }

  /** The words of {@code text[from, to)}, at most {@code limit} of them. */
  static String[] of(String text, int from, int to, int limit) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = from; i < to && words.size() < limit; i++) {
      char c = text.charAt(i);
      boolean inner = (c == '\'' || c == '\u2019' || c == '-') && word.length() > 0 && i + 1 < to
          && Character.isLetterOrDigit(text.charAt(i + 1));
      if (Character.isLetterOrDigit(c) || inner) {
        word.append(c == '\u2019' ? '\'' : c);
      } else {
        flush(word, words);
        if (c == '\u00A9') {
          words.add("\u00A9");
        }
      }
    }
    if (words.size() < limit) {
      flush(word, words);
    }
    return words.toArray(new String[0]);
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
