package io.reportage.text;

import io.reportage.models.Lexicon;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits text into tokens by rules, keeping character offsets. Words keep their inner hyphens,
 * periods and apostrophes ("Putin-Trump", "U.S.", "O'Brien"); clitics split off as news
 * tokenization does ("did" + "n’t", "Washington" + "’s"); every quotation mark is a token of its
 * own; a run of the same punctuation ("...", "••••", "--") is one token. White space, control
 * characters, unpaired surrogates and other invisible characters separate tokens and are never part
 * of one. Runs in time linear in the length of the text and is thread-safe.
 */
public final class Tokenizer {
  private static final String[] CLITICS = {"s", "re", "ve", "ll", "d", "m"};

  private final Lexicon abbreviations;

  /** @param abbreviations words that keep a final period ("mr", "u.s", "jan"), lower case, without it */
  public Tokenizer(Lexicon abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** Appends the tokens of {@code text[from, to)} to {@code out}. */
  public void tokenize(String text, int from, int to, TokenSink out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSeparator(text, i, to)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(text, i, to, out);
      } else if (Character.isHighSurrogate(c)) {
        // A valid pair (an emoji, a rare letter) is one symbol token.
        out.add(i, i + 2);
        i += 2;
      } else if (isQuoteMark(c)) {
        out.add(i, i + 1);
        i++;
      } else {
        int end = i + 1;
        while (end < to && text.charAt(end) == c && end - i < 64) {
          end++;
        }
        out.add(i, end);
        i = end;
      }
    }
  }

  /** Whether the character at {@code i} separates tokens: white space, control, format or unpaired surrogate. */
  static boolean isSeparator(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= to || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return true;
    }
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
        || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.PRIVATE_USE;
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
        || c == '\u201E' || c == '\u201F' || c == '\u00AB' || c == '\u00BB' || c == '`';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Reads a word starting at {@code start}; returns where reading stopped. */
  private int word(String text, int start, int to, TokenSink out) {
    int end = start;
    while (end < to) {
      char c = text.charAt(end);
      if (isWordChar(c)) {
        end++;
        continue;
      }
      boolean nextIsWord = end + 1 < to && isWordChar(text.charAt(end + 1));
      boolean previousIsDigit = Character.isDigit(text.charAt(end - 1));
      if (nextIsWord && (c == '-' || c == '.' || c == '&' || c == '_' || c == '@' || c == '/' && previousIsDigit)) {
        end++;
      } else if (nextIsWord && (c == ',' || c == ':') && previousIsDigit && Character.isDigit(text.charAt(end + 1))) {
        end++;
      } else if (nextIsWord && isApostrophe(c) && Character.isLetter(text.charAt(end - 1))
          && Character.isLetter(text.charAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    // A final period belongs to abbreviations ("Mr.", "U.S."), initials ("F.") and dotted acronyms.
    if (end < to && text.charAt(end) == '.' && keepsPeriod(text, start, end)) {
      end++;
    }
    emitWithClitics(text, start, end, out);
    return end;
  }

  private boolean keepsPeriod(String text, int start, int end) {
    String word = text.substring(start, end);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') > 0 && word.chars().allMatch(ch -> ch == '.' || Character.isLetter(ch))) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int hyphen = lower.lastIndexOf('-');
    return abbreviations.containsToken(lower) || hyphen >= 0 && abbreviations.containsToken(lower.substring(hyphen + 1));
  }

  /** Splits "didn't" into "did" + "n't" and "Russia's" into "Russia" + "'s"; other words stay whole. */
  private static void emitWithClitics(String text, int start, int end, TokenSink out) {
    int apostrophe = -1;
    for (int i = end - 1; i > start; i--) {
      if (isApostrophe(text.charAt(i))) {
        apostrophe = i;
        break;
      }
    }
    if (apostrophe > start) {
      String tail = text.substring(apostrophe + 1, end).toLowerCase(Locale.ROOT);
      if (tail.equals("t") && apostrophe - 1 > start && Character.toLowerCase(text.charAt(apostrophe - 1)) == 'n') {
        out.add(start, apostrophe - 1);
        out.add(apostrophe - 1, end);
        return;
      }
      if (Arrays.asList(CLITICS).contains(tail)) {
        out.add(start, apostrophe);
        out.add(apostrophe, end);
        return;
      }
    }
    out.add(start, end);
  }

  /** Receives tokens as character offsets, in order. */
  @FunctionalInterface
  public interface TokenSink {
    void add(int start, int end);
  }
}
