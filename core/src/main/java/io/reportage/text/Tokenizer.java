package io.reportage.text;

import io.reportage.models.Lexicon;
import java.util.Locale;

/**
 * Splits text into tokens by rules, reporting each as character offsets: UTF-16 indices into the
 * Java string ({@code start} inclusive, {@code end} exclusive, as {@link String#substring(int, int)}
 * takes them), so a character outside the Basic Multilingual Plane (an emoji) counts two.
 *
 * <p>The rules, in the style of news tokenization:
 * <ul>
 *   <li>Words keep their inner hyphens, periods, ampersands and apostrophes ("Putin-Trump",
 *       "U.S", "AT&amp;T", "O'Brien"), numbers their inner separators ("3.5", "1,000", "10:30",
 *       "24/7").
 *   <li>A final period stays with abbreviations from the lexicon ("Mr.", "Gen."), dotted
 *       initialisms ("U.S.", "a.m.") and single initials ("F."); an abbreviation listed with the
 *       value {@code number} keeps it only before a number ("No. 10"), one listed with
 *       {@code place} only after a comma ("Springfield, Ill.").
 *   <li>Clitics split off: "did" + "n't", "Russia" + "'s", "we" + "'re", curly or straight; a
 *       clitic written apart after a space ("Russia 's") is one token, not a quotation mark and a
 *       letter.
 *   <li>Every quotation mark (" ' “ ” ‘ ’ „ ‟ « » ‹ › `) is a token of its own, except an apostrophe
 *       inside a word; a possessive apostrophe after a plural ("leaders’") is a token too.
 *   <li>URLs, e-mail addresses, @handles and #hashtags are one token each.
 *   <li>A run of the same punctuation ("...", "••••", "--") is one token (at most
 *       {@value #MAX_RUN} characters).
 *   <li>An emoji with its modifiers, variation selectors and zero-width joins is one token.
 *   <li>White space, control characters, unpaired surrogates and other invisible characters
 *       separate tokens and are never part of one.
 * </ul>
 * Runs in time linear in the length of the text and is thread-safe.
 */
public final class Tokenizer {
  static final int MAX_RUN = 64;
  private static final int MAX_URL = 2048;

  private final Lexicon abbreviations;

  /**
   * @param abbreviations words that keep a final period ("mr", "jan"), lower case, without it; the
   *     value "number" or "place" limits where (see abbreviations.txt)
   */
  public Tokenizer(Lexicon abbreviations) {
    this.abbreviations = abbreviations;
  }

  /** Appends the tokens of {@code text[from, to)} to {@code out}, in order. */
  public void tokenize(String text, int from, int to, TokenSink out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isSeparator(text, i, to)) {
        i++;
      } else if (startsUrl(text, i, to)) {
        i = url(text, i, to, out);
      } else if (isWordStart(text, i, to)) {
        i = word(text, i, to, out);
      } else if ((c == '@' || c == '#') && i + 1 < to && isWordChar(text.charAt(i + 1)) && !precededByWord(text, i, from)) {
        i = handle(text, i, to, out);
      } else if (isApostrophe(c) && detachedClitic(text, i, from, to) > i) {
        int end = detachedClitic(text, i, from, to);
        out.add(i, end);
        i = end;
      } else if (isQuoteMark(c)) {
        out.add(i, i + 1);
        i++;
      } else if (Character.isSurrogate(c) || isSymbol(c)) {
        int end = symbol(text, i, to);
        out.add(i, end);
        i = end;
      } else {
        int end = i + 1;
        while (end < to && text.charAt(end) == c && end - i < MAX_RUN) {
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
    if (c < 0x80) {
      return c <= ' ' || c == 0x7F;
    }
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

  /** The quotation marks, each always a token of its own outside words. */
  public static boolean isQuoteMark(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019'
        || c == '\u201E' || c == '\u201F' || c == '\u201A' || c == '\u201B' || c == '\u00AB' || c == '\u00BB'
        || c == '\u2039' || c == '\u203A' || c == '`';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** A letter or digit, also one outside the Basic Multilingual Plane (a surrogate pair). */
  private static boolean isWordStart(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    return Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
        && Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(i + 1)));
  }

  /** The length of the word character at {@code i}: 1, 2 for a letter written as a surrogate pair, 0 for none. */
  private static int wordCharLength(String text, int i, int to) {
    char c = text.charAt(i);
    if (isWordChar(c)) {
      return 1;
    }
    return isWordStart(text, i, to) ? 2 : 0;
  }

  private static boolean precededByWord(String text, int i, int from) {
    return i > from && isWordChar(text.charAt(i - 1));
  }

  private static boolean isSymbol(char c) {
    int type = Character.getType(c);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && c >= 0x2100;
  }

  /** Reads a word starting at {@code start}; returns where reading stopped. */
  private int word(String text, int start, int to, TokenSink out) {
    int end = start;
    while (end < to) {
      int length = wordCharLength(text, end, to);
      if (length > 0) {
        end += length;
        continue;
      }
      char c = text.charAt(end);
      boolean nextIsWord = end + 1 < to && wordCharLength(text, end + 1, to) > 0;
      char previous = text.charAt(end - 1);
      boolean previousIsDigit = Character.isDigit(previous);
      if (!nextIsWord) {
        break;
      }
      char next = text.charAt(end + 1);
      if (c == '.' && runsOnIntoNewSentence(text, start, end, to)) {
        break;
      } else if (c == '-' || c == '.' || c == '&' || c == '_' || c == '@' || c == '/' && previousIsDigit
          && Character.isDigit(next)) {
        end++;
      } else if ((c == ',' || c == ':') && previousIsDigit && Character.isDigit(next)) {
        end++;
      } else if (isApostrophe(c) && Character.isLetter(previous) && Character.isLetter(next)) {
        end++;
      } else {
        break;
      }
    }
    if (end < to && text.charAt(end) == '.' && keepsPeriod(text, start, end, to)) {
      end++;
    }
    emitWithClitics(text, start, end, out);
    return end;
  }

  /** "said.The": a period between two lower-case letters and a capital is a missing space, not part of a word. */
  private static boolean runsOnIntoNewSentence(String text, int start, int period, int to) {
    return period - start >= 2 && Character.isLowerCase(text.charAt(period - 1))
        && Character.isLowerCase(text.charAt(period - 2)) && period + 2 < to
        && Character.isUpperCase(text.charAt(period + 1)) && Character.isLowerCase(text.charAt(period + 2));
  }

  /** Whether the period after {@code text[start, end)} belongs to the word. */
  private boolean keepsPeriod(String text, int start, int end, int to) {
    String word = text.substring(start, end);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return true;
    }
    if (isDottedInitialism(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    int hyphen = lower.lastIndexOf('-');
    String key = hyphen >= 0 && abbreviations.containsToken(lower.substring(hyphen + 1)) ? lower.substring(hyphen + 1) : lower;
    if (!abbreviations.containsToken(key)) {
      return false;
    }
    String condition = abbreviations.tokenValue(key);
    return switch (condition) {
      case "number" -> numberFollows(text, end + 1, to);
      case "place" -> commaBefore(text, start);
      default -> true;
    };
  }

  /** "U.S", "a.m", "Ph.D": letters with inner periods and at most four letters between them. */
  private static boolean isDottedInitialism(String word) {
    int run = 0;
    boolean dot = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        dot = true;
        run = 0;
      } else if (Character.isLetter(c) && ++run <= 4) {
        continue;
      } else {
        return false;
      }
    }
    return dot;
  }

  private static boolean numberFollows(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    return i < to && Character.isDigit(text.charAt(i));
  }

  private static boolean commaBefore(String text, int start) {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    return i >= 0 && text.charAt(i) == ',';
  }

  /** Splits "didn't" into "did" + "n't" and "Russia's" into "Russia" + "'s"; other words stay whole. */
  private static void emitWithClitics(String text, int start, int end, TokenSink out) {
    int apostrophe = -1;
    for (int i = end - 1; i > start && i >= end - 4; i--) {
      if (isApostrophe(text.charAt(i))) {
        apostrophe = i;
        break;
      }
    }
    if (apostrophe > start) {
      int tail = end - apostrophe - 1;
      if (tail == 1 && lowerAt(text, apostrophe + 1) == 't' && apostrophe - 1 > start && lowerAt(text, apostrophe - 1) == 'n') {
        out.add(start, apostrophe - 1);
        out.add(apostrophe - 1, end);
        return;
      }
      if (isClitic(text, apostrophe + 1, end)) {
        out.add(start, apostrophe);
        out.add(apostrophe, end);
        return;
      }
    }
    out.add(start, end);
  }

  private static char lowerAt(String text, int i) {
    return Character.toLowerCase(text.charAt(i));
  }

  /**
   * The end of a clitic written apart from its word ("Britain 's", "they 're", as some wire and
   * corpus text writes them) whose apostrophe is at {@code i}: one space after a word, a clitic, then
   * no letter nor apostrophe (so that a quoted 's' stays three tokens); {@code i} when there is none.
   */
  private static int detachedClitic(String text, int i, int from, int to) {
    if (i - 2 < from || text.charAt(i - 1) != ' ' || !isWordChar(text.charAt(i - 2))) {
      return i;
    }
    int end = i + 1;
    while (end < to && end - i <= 3 && Character.isLetter(text.charAt(end))) {
      end++;
    }
    boolean closed = end == to || !isWordChar(text.charAt(end)) && !isApostrophe(text.charAt(end));
    return closed && end > i + 1 && isClitic(text, i + 1, end) ? end : i;
  }

  /** "s", "re", "ve", "ll", "d", "m" in any case. */
  private static boolean isClitic(String text, int from, int to) {
    return switch (to - from) {
      case 1 -> {
        char c = lowerAt(text, from);
        yield c == 's' || c == 'd' || c == 'm';
      }
      case 2 -> {
        char a = lowerAt(text, from);
        char b = lowerAt(text, from + 1);
        yield a == 'r' && b == 'e' || a == 'v' && b == 'e' || a == 'l' && b == 'l';
      }
      default -> false;
    };
  }

  /** "http://", "https://" or "www." at {@code i}, not inside a word. */
  private static boolean startsUrl(String text, int i, int to) {
    char c = text.charAt(i);
    if (c != 'h' && c != 'H' && c != 'w' && c != 'W') {
      return false;
    }
    return (text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
        || text.regionMatches(true, i, "www.", 0, 4) && i + 4 < to && isWordChar(text.charAt(i + 4)))
        && (i == 0 || !isWordChar(text.charAt(i - 1)));
  }

  /** A URL runs to white space or a quotation mark; final punctuation and an unopened ")" are left out. */
  private static int url(String text, int start, int to, TokenSink out) {
    int end = start;
    int open = 0;
    while (end < to && end - start < MAX_URL) {
      char c = text.charAt(end);
      if (isSeparator(text, end, to) || isQuoteMark(c) || c == '<' || c == '>') {
        break;
      }
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
      end += Character.isHighSurrogate(c) ? 2 : 1;
    }
    while (end > start + 1) {
      char last = text.charAt(end - 1);
      if (".,;:!?".indexOf(last) >= 0 || last == ')' && open < 0) {
        open += last == ')' ? 1 : 0;
        end--;
      } else {
        break;
      }
    }
    out.add(start, end);
    return end;
  }

  /** "@user", "#tag": the mark and the word characters and underscores after it. */
  private static int handle(String text, int start, int to, TokenSink out) {
    int end = start + 1;
    while (end < to && end - start < MAX_RUN && (isWordChar(text.charAt(end)) || text.charAt(end) == '_')) {
      end++;
    }
    out.add(start, end);
    return end;
  }

  /**
   * A symbol (an emoji, "©", "→") with what modifies it: variation selectors, combining marks,
   * skin-tone modifiers, a second regional indicator (flags), and further symbols joined by U+200D.
   */
  private static int symbol(String text, int start, int to) {
    int first = codePointAt(text, start, to);
    int end = start + Character.charCount(first);
    if (isRegionalIndicator(first) && end < to && isRegionalIndicator(codePointAt(text, end, to))) {
      end += 2;
    }
    while (end < to) {
      int cp = codePointAt(text, end, to);
      int type = cp < 0 ? -1 : Character.getType(cp);
      if (isEmojiModifier(cp) || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        end += Character.charCount(cp);
      } else if (cp == 0x200D && end + 1 < to && joinsSymbol(codePointAt(text, end + 1, to))) {
        end += 1 + Character.charCount(codePointAt(text, end + 1, to));
      } else {
        break;
      }
    }
    return end;
  }

  /** Whether a zero-width joiner before {@code cp} joins it to the symbol before: only another symbol. */
  private static boolean joinsSymbol(int cp) {
    if (cp < 0) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL && cp >= 0x2100;
  }

  /** The code point at {@code i}, a surrogate pair only when both halves lie before {@code to}; -1 for an unpaired surrogate. */
  private static int codePointAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1)) ? Character.toCodePoint(c, text.charAt(i + 1)) : -1;
    }
    return Character.isLowSurrogate(c) ? -1 : c;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isEmojiModifier(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xFE00 && cp <= 0xFE0F;
  }

  /** Receives tokens as character offsets, in order. */
  @FunctionalInterface
  public interface TokenSink {
    void add(int start, int end);
  }
}
