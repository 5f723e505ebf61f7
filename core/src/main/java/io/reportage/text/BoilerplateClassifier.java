package io.reportage.text;

import io.reportage.BoilerplateKind;
import io.reportage.Span;
import io.reportage.models.Lexicon;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether one paragraph is site boilerplate, and of which kind, from the cue phrases of
 * {@code boilerplate-cues.txt} (see that file for the meaning of "start", "heading" and
 * "anywhere"). A paragraph of symbols only ("••••", "* * *") is a separator. Also recognises
 * <em>furniture-like</em> lines (short, no sentence, no quotation: "Tags: Kremlin, Summit"), which
 * the structure stage accepts only next to real boilerplate. Immutable; thread-safe.
 */
final class BoilerplateClassifier {
  /** Words read per paragraph: cues stand near the start, and a long paragraph is read in bounded time. */
  private static final int MAX_WORDS = 400;
  private static final int MAX_FURNITURE_WORDS = 10;
  private static final int LABEL_COLON_WITHIN = 40;
  private static final Set<String> SITE_VOICE = Set.of("we", "our", "you", "your");

  private final Lexicon cues;
  private final Map<String, Cue> cueByValue = new HashMap<>();

  /**
   * @param cues phrases whose value is "KIND start|heading|anywhere"
   * @throws IllegalArgumentException when an entry's value is not of that form
   */
  BoilerplateClassifier(Lexicon cues) {
    this.cues = cues;
    for (String phrase : cues.phrases()) {
      String value = cues.value(phrase);
      cueByValue.put(value, Cue.parse(cues.name(), phrase, value));
    }
  }

  /** The kind of boilerplate the paragraph is, or null when it may be article text. */
  BoilerplateKind kindOf(String text, Span paragraph) {
    String[] words = ParagraphWords.of(text, paragraph.start(), paragraph.end(), MAX_WORDS);
    boolean quotes = hasQuotationMark(text, paragraph);
    if (words.length == 0) {
      // a line of symbols separates; a lone quotation mark may close a quote and stays
      return quotes ? null : BoilerplateKind.SEPARATOR;
    }
    boolean siteVoice = !quotes && speaksAsSite(words);
    for (int i = 0; i < words.length; i++) {
      int length = cues.longestMatch(words, i, words.length);
      if (length == 0) {
        continue;
      }
      Cue cue = cueByValue.get(cues.valueOf(words, i, length));
      boolean counts = switch (cue.mode) {
        case START -> i == 0;
        case HEADING -> i == 0 && (siteVoice || readsAsLabel(text, paragraph));
        case ANYWHERE -> siteVoice;
      };
      if (counts) {
        return cue.kind;
      }
    }
    return null;
  }

  /** A short line that is not a sentence and quotes no one: "Tags: Kremlin", "Image: AP". */
  static boolean isFurnitureLike(String text, Span paragraph) {
    if (paragraph.length() > 200 || hasQuotationMark(text, paragraph) || endsSentence(text, paragraph)) {
      return false;
    }
    return ParagraphWords.of(text, paragraph.start(), paragraph.end(), MAX_FURNITURE_WORDS + 1).length
        <= MAX_FURNITURE_WORDS;
  }

  /** A label rather than a sentence: a colon soon after the start, or no sentence end at all. */
  private static boolean readsAsLabel(String text, Span paragraph) {
    int limit = Math.min(paragraph.end(), paragraph.start() + LABEL_COLON_WITHIN);
    for (int i = paragraph.start(); i < limit; i++) {
      if (text.charAt(i) == ':' || text.charAt(i) == '|') {
        return true;
      }
    }
    return !endsSentence(text, paragraph);
  }

  static boolean endsSentence(String text, Span paragraph) {
    int i = paragraph.end() - 1;
    while (i > paragraph.start() && isClosingMark(text.charAt(i))) {
      i--;
    }
    char c = text.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isClosingMark(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
  }

  static boolean hasQuotationMark(String text, Span paragraph) {
    for (int i = paragraph.start(); i < paragraph.end(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E') {
        return true;
      }
    }
    return false;
  }

  private static boolean speaksAsSite(String[] words) {
    for (String word : words) {
      if (SITE_VOICE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private enum Mode { START, HEADING, ANYWHERE }

  /** One entry's value, checked when the classifier is built so a bad line fails early by name. */
  private record Cue(BoilerplateKind kind, Mode mode) {
    static Cue parse(String lexicon, String phrase, String value) {
      String[] parts = value == null ? new String[0] : value.strip().split("\\s+");
      try {
        return new Cue(BoilerplateKind.valueOf(parts[0]), Mode.valueOf(parts[1].toUpperCase(Locale.ROOT)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Lexicon " + lexicon + ": the entry '" + phrase + "' needs the value "
            + "'KIND start|heading|anywhere' with KIND one of " + Arrays.toString(BoilerplateKind.values())
            + ", got '" + value + "'", e);
      }
    }
  }
}
