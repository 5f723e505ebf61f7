package io.reportage.entity;

import io.reportage.models.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The titles lexicon compiled for matching at the head of a noun phrase: a title is found by its
 * last word, singular or plural, and the words before it ("foreign minister", "secretary of
 * state"). The first word may carry a modifier joined by a hyphen ("ex-president",
 * "then-Secretary of State"). Also answers what a modifier word does to a title. Immutable.
 *
 * <p>The file format is documented in {@code titles.txt}: {@code phrase | family ; flags}.
 */
public final class TitleLexicon {
  /** A title as the lexicon lists it. */
  public record Title(String phrase, String family, boolean leader, boolean relational, boolean former, boolean nameOnly) {
  }

  /** A title found in a document: tokens {@code [start, end)}. */
  public record Match(int start, int end, Title title, boolean plural, boolean formerPrefix) {
  }

  /** What a modifier before a title does. */
  public enum Modifier { FORMER, PART, QUALIFIER }

  private record Entry(String[] words, Title title) {
  }

  private final Map<String, List<Entry>> byLastWord = new HashMap<>();
  private final Map<String, Title> byPhrase = new HashMap<>();
  private final Lexicon modifiers;
  private final Map<String, String> modifierValues;
  private final int longestModifier;
  private final int longestTitle;

  public TitleLexicon(Lexicon titles, Lexicon modifiers) {
    this.modifiers = modifiers;
    this.longestTitle = titles.longestPhrase();
    this.modifierValues = LexiconValues.of(modifiers);
    this.longestModifier = modifiers.longestPhrase();
    for (String phrase : titles.phrases()) {
      Title title = parse(phrase, titles.value(phrase));
      String[] words = phrase.split(" ");
      byLastWord.computeIfAbsent(words[words.length - 1], w -> new ArrayList<>()).add(new Entry(words, title));
      byPhrase.put(phrase, title);
    }
    // Longest phrases first, so that the first match found is the longest.
    byLastWord.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.words.length, a.words.length)));
  }

  private static Title parse(String phrase, String value) {
    String family = phrase;
    String flags = "";
    if (value != null && !value.isBlank()) {
      int semicolon = value.indexOf(';');
      String head = (semicolon >= 0 ? value.substring(0, semicolon) : value).strip();
      flags = semicolon >= 0 ? value.substring(semicolon + 1) : "";
      if (!head.isEmpty()) {
        family = Lexicon.normalize(head);
      }
    }
    List<String> flagList = List.of(flags.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    return new Title(phrase, family, flagList.contains("leader"), flagList.contains("relational"),
        flagList.contains("former"), flagList.contains("nameonly"));
  }

  /** The title listed under exactly this phrase (lower case), or null. */
  public Title title(String phrase) {
    return byPhrase.get(phrase);
  }

  /**
   * The longest title whose last word is token {@code last} and whose first word is not before
   * {@code from}, or null. {@code lowers} are the document's lower-case tokens.
   */
  public Match matchEndingAt(String[] lowers, int last, int from) {
    String word = lowers[last];
    boolean plural = false;
    List<Entry> entries = byLastWord.get(word);
    if (entries == null) {
      String singular = Plurals.singular(word, byLastWord::containsKey);
      if (singular != null) {
        entries = byLastWord.get(singular);
        plural = true;
      }
    }
    if (entries == null) {
      // "ex-president", "then-secretary": a modifier joined to a one-word title.
      int hyphen = word.indexOf('-');
      if (hyphen > 0 && hyphen < word.length() - 1 && modifier(word.substring(0, hyphen)) == Modifier.FORMER) {
        Title title = byPhrase.get(word.substring(hyphen + 1));
        return title == null ? null : new Match(last, last + 1, title, false, true);
      }
      return null;
    }
    for (Entry entry : entries) {
      int start = last - entry.words.length + 1;
      if (start < from) {
        continue;
      }
      boolean matches = true;
      boolean prefixed = false;
      for (int i = 0; i < entry.words.length - 1 && matches; i++) {
        String token = lowers[start + i];
        if (!token.equals(entry.words[i])) {
          // Only the first word may carry a joined modifier: "then-secretary of state".
          int hyphen = token.indexOf('-');
          // ("vice-presidential nominee" is no presidential nominee: only "ex-", "then-" and the like).
          matches = i == 0 && hyphen > 0 && token.substring(hyphen + 1).equals(entry.words[i])
              && modifier(token.substring(0, hyphen)) == Modifier.FORMER;
          prefixed = matches;
        }
      }
      if (matches) {
        return new Match(start, last + 1, entry.title, plural, prefixed);
      }
    }
    return null;
  }

  /**
   * Whether a longer title takes in {@code match} and goes on after it, within tokens
   * {@code [from, to)}: "chief" in "chief of staff" is only the start of a title that is read
   * when its last word comes.
   */
  public boolean continuesPast(String[] lowers, Match match, int from, int to) {
    int lastPossible = Math.min(to, match.start() + longestTitle);
    for (int last = match.end(); last < lastPossible; last++) {
      Match longer = matchEndingAt(lowers, last, from);
      if (longer != null && longer.start() <= match.start()) {
        return true;
      }
    }
    return false;
  }

  /** What the modifier word does, or null when {@code lower} is not a title modifier. */
  public Modifier modifier(String lower) {
    String value = modifierValues.get(lower);
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "former" -> Modifier.FORMER;
      case "part" -> Modifier.PART;
      default -> Modifier.QUALIFIER;
    };
  }

  /** The length of the longest modifier phrase ("newly appointed") starting at {@code from}. */
  public int modifierLength(String[] lowers, int from, int to) {
    return longestModifier == 0 ? 0 : modifiers.longestMatch(lowers, from, to);
  }

  /** Whether two titles may name the same position: same family, or one is the other's head word. */
  public static boolean compatible(Title nominal, Title held) {
    if (nominal.family().equals(held.family())) {
      return true;
    }
    if (nominal.leader() && nominal.family().equals("leader") && held.leader()) {
      return true;
    }
    // "the minister" for a foreign minister, "the secretary" for a press secretary.
    return held.family().endsWith(" " + nominal.family()) || held.phrase().endsWith(" " + nominal.phrase());
  }
}
