package io.reportage.text;

import io.reportage.Span;
import java.util.Set;

/**
 * Lines that sites put between the headline and the story and that are not story text: bylines
 * ("By Anna Petrova and John Doe, Reuters") and date lines ("Published: July 4, 2025 14:03 GMT").
 * Immutable; thread-safe.
 */
final class FrontMatter {
  private static final int MAX_BYLINE_WORDS = 12;
  private static final int MAX_DATE_WORDS = 12;
  private static final Set<String> BYLINE_LINKS = Set.of("and", "of", "the", "for", "in", "at", "with", "staff",
      "writer", "correspondent", "reporter", "editor", "contributor", "senior", "chief", "news", "agency");
  private static final Set<String> DATE_WORDS = Set.of("published", "updated", "posted", "last", "on", "at", "am", "pm",
      "a", "m", "p", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "bst", "msk", "ist",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
      "sun", "st", "nd", "rd", "th", "date", "time", "ago", "hours", "hour", "minutes", "min", "read");

  private FrontMatter() {
  }

  /**
   * "By" followed by names: every word after it is capitalized or a linking word ("and", "staff
   * writer"), and the line does not end a sentence, so that "By Friday the talks had failed." is not
   * a byline.
   */
  static boolean isByline(String text, Span paragraph) {
    String line = paragraph.text(text);
    boolean by = line.startsWith("By ") || line.startsWith("BY ") || line.startsWith("Written by ")
        || line.startsWith("Author: ") || line.startsWith("By: ");
    if (!by || BoilerplateClassifier.endsSentence(text, paragraph) && !endsWithInitial(line)) {
      return false;
    }
    String[] words = line.split("[\\s,;|/]+");
    if (words.length < 2 || words.length > MAX_BYLINE_WORDS + 1) {
      return false;
    }
    int names = 0;
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      if (word.isEmpty() || word.equals("by") || word.equals("by:") || word.equals("Author:")) {
        continue;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        names++;
      } else if (!BYLINE_LINKS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return names > 0;
  }

  private static boolean endsWithInitial(String line) {
    int n = line.length();
    return n >= 3 && line.charAt(n - 1) == '.' && Character.isUpperCase(line.charAt(n - 2))
        && !Character.isLetter(line.charAt(n - 3));
  }

  /** A line of nothing but a date and time, with an optional "Published" or "Updated". */
  static boolean isDateLine(String text, Span paragraph) {
    String[] words = ParagraphWords.of(text, paragraph.start(), paragraph.end(), MAX_DATE_WORDS + 1);
    if (words.length == 0 || words.length > MAX_DATE_WORDS) {
      return false;
    }
    boolean number = false;
    boolean dateWord = false;
    for (String word : words) {
      if (isNumber(word)) {
        number = true;
      } else if (DATE_WORDS.contains(word) || isOrdinal(word)) {
        dateWord |= !word.equals("on") && !word.equals("at");
      } else {
        return false;
      }
    }
    return number && (dateWord || words.length >= 3);
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i)) && word.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /** "4th", "21st". */
  private static boolean isOrdinal(String word) {
    int digits = 0;
    while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
      digits++;
    }
    return digits > 0 && DATE_WORDS.contains(word.substring(digits));
  }
}
