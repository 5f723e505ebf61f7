package io.reportage.entity;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.text.English;
import io.reportage.text.NounPhraseWords;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Reads the noun phrase around a head word by part of speech and lexicons, without a parser: to
 * the left over determiners, numbers, title modifiers, adjectives, nouns, names and possessives
 * ("both the Russian and US presidents", "the Kremlin's spokesman"); to the right over "of", "for",
 * "at", "to" with an organization or person ("a spokesman for the ministry", "an aide to Putin")
 * and over qualifiers such as "familiar with the talks". Looks at most {@value #MAX_LEFT} tokens
 * to the left and {@value #MAX_RIGHT} to the right, so that reading is constant time per head.
 */
final class NounPhraseReader {
  static final int MAX_LEFT = 10;
  static final int MAX_RIGHT = 8;

  private static final Set<String> DEFINITE = English.DEFINITE_DETERMINERS;
  private static final Set<String> INDEFINITE = English.INDEFINITE_DETERMINERS;
  private static final Set<String> POSSESSIVE_PRONOUNS = English.POSSESSIVE_DETERMINERS;
  private static final Set<String> QUANTIFIERS = English.QUANTIFIERS;
  private static final Set<String> PREDETERMINERS = English.PREDETERMINERS;
  private static final Set<String> ORGANIZATION_PREPOSITIONS = Set.of("of", "for", "at", "to", "with", "from", "in");

  private final Document doc;
  private final String[] lowers;
  private final NameUnits units;
  private final EntityLexicons lexicons;

  NounPhraseReader(Document doc, NameUnits units, EntityLexicons lexicons) {
    this.doc = doc;
    this.lowers = doc.lowers();
    this.units = units;
    this.lexicons = lexicons;
  }

  /**
   * Reads the phrase whose head word(s) are {@code [headStart, head]}.
   *
   * @param leftFrom the token before which the left side is read (the head's first token, or the
   *     first token of a name the title was taken into)
   * @param plural whether the head is plural (lets "and" join organizations)
   * @param formerPrefix whether the head itself carries "ex-" or "then-"
   * @param qualifiers whether qualifiers such as "familiar with ..." may follow
   */
  NounPhrase read(int leftFrom, int head, boolean plural, boolean formerPrefix, boolean qualifiers) {
    int sentenceStart = doc.sentenceStart(doc.sentenceOf(head));
    int start = leftFrom;
    boolean former = formerPrefix;
    Deque<String> parts = new ArrayDeque<>();
    boolean partsAdjacent = true;
    boolean coordinated = false;
    boolean anchored = false;
    EntityDraft organization = null;
    EntityDraft possessor = null;
    int organizationHead = -1;
    NounPhrase.Determiner determiner = NounPhrase.Determiner.NONE;
    int p = leftFrom - 1;
    int limit = Math.max(sentenceStart, leftFrom - MAX_LEFT);
    while (p >= limit) {
      String word = lowers[p];
      if (units.covers(p)) {
        if (organization == null) {
          organization = units.entity(p);
        }
        start = units.start(p);
        p = start - 1;
        partsAdjacent = false;
        anchored = true;
        continue;
      }
      if (NounPhraseWords.isPossessiveEnding(word) && p - 1 >= limit) {
        determiner = NounPhrase.Determiner.POSSESSIVE_NOUN;
        anchored = true;
        if (units.covers(p - 1)) {
          possessor = units.entity(p - 1);
          if (organization == null) {
            organization = possessor;
          }
          start = units.start(p - 1);
          p = start - 1;
          // "the Kremlin's spokesman": take the article of the possessor too.
          if (p >= limit && DEFINITE.contains(lowers[p])) {
            start = p;
          }
        } else {
          // "the company's spokesman": an unnamed possessor whose mention is resolved later.
          organizationHead = p - 1;
          start = p - 1;
          int q = p - 2;
          while (q >= limit && q >= p - 4 && isModifier(q)) {
            start = q;
            q--;
          }
          if (q >= limit && (DEFINITE.contains(lowers[q]) || INDEFINITE.contains(lowers[q]))) {
            start = q;
          }
        }
        break;
      }
      TitleLexicon.Modifier modifier = lexicons.titles().modifier(word);
      if (modifier == null && word.indexOf('-') > 0
          && lexicons.titles().modifier(word.substring(0, word.indexOf('-'))) == TitleLexicon.Modifier.FORMER) {
        modifier = TitleLexicon.Modifier.FORMER; // "ex-Kremlin aide"
      }
      if (modifier != null && !DEFINITE.contains(word)) {
        former |= modifier == TitleLexicon.Modifier.FORMER;
        if (modifier == TitleLexicon.Modifier.PART && partsAdjacent) {
          parts.addFirst(word);
        } else {
          partsAdjacent = false;
        }
        anchored = true;
        start = p--;
        continue;
      }
      partsAdjacent = false;
      if (isDemonstrativeButNotDeterminer(p)) {
        break; // "stressed that both leaders": "that" opens a clause here
      }
      if (DEFINITE.contains(word) || INDEFINITE.contains(word) || POSSESSIVE_PRONOUNS.contains(word)) {
        determiner = DEFINITE.contains(word) ? NounPhrase.Determiner.DEFINITE
            : INDEFINITE.contains(word) ? NounPhrase.Determiner.INDEFINITE : NounPhrase.Determiner.POSSESSIVE_PRONOUN;
        anchored = true;
        start = p;
        if (p - 1 >= limit && PREDETERMINERS.contains(lowers[p - 1])) {
          start = p - 1;
        }
        break;
      }
      if (QUANTIFIERS.contains(word) || "NUM".equals(pos(p))) {
        if (determiner == NounPhrase.Determiner.NONE) {
          determiner = NounPhrase.Determiner.QUANTIFIED;
        }
        anchored = true;
        start = p--;
        continue;
      }
      if (plural && (word.equals("and") || word.equals("or")) && p - 1 >= limit
          && (units.covers(p - 1) || "ADJ".equals(pos(p - 1)))) {
        coordinated = true;
        start = p--;
        continue;
      }
      if (isModifier(p)) {
        start = p--;
        continue;
      }
      break;
    }
    int end = head + 1;
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(head));
    int[] after = readOrganizationAfter(end, sentenceEnd);
    if (after != null) {
      if (organization == null && after[1] >= 0 && units.covers(after[1])) {
        organization = units.entity(after[1]);
      } else if (organization == null && organizationHead < 0 && after[1] >= 0) {
        organizationHead = after[1];
      }
      end = after[0];
    } else if (qualifiers) {
      end = readQualifier(end, sentenceEnd);
    }
    return new NounPhrase(start, head, end, determiner, possessor, coordinated ? null : organization,
        organizationHead, former, String.join(" ", parts), coordinated, anchored);
  }

  private boolean isDemonstrativeButNotDeterminer(int p) {
    String word = lowers[p];
    return DEFINITE.contains(word) && !word.equals("the") && doc.hasPos() && !"DET".equals(doc.pos(p));
  }

  /** An adjective or noun that may stand before a head noun ("presidential", "campaign"). */
  private boolean isModifier(int p) {
    if (!NounPhraseWords.isPrenominal(pos(p))) {
      return false;
    }
    char c = doc.token(p).charAt(0);
    return Character.isLetter(c) && !POSSESSIVE_PRONOUNS.contains(lowers[p]);
  }

  /**
   * "for the ministry", "of the Kremlin", "to Putin": returns {end, head} where head is the name's
   * first token or the unnamed head noun, or null when no such phrase follows.
   */
  private int[] readOrganizationAfter(int from, int sentenceEnd) {
    if (from >= sentenceEnd || !ORGANIZATION_PREPOSITIONS.contains(lowers[from])) {
      return null;
    }
    int p = from + 1;
    if (p < sentenceEnd && DEFINITE.contains(lowers[p])) {
      p++;
    }
    int limit = Math.min(sentenceEnd, from + MAX_RIGHT);
    if (p < limit && units.covers(p) && units.start(p) == p) {
      // "at the Brazilian Foreign Ministry": the last of adjacent names is the holder.
      while (units.end(p) < limit && units.covers(units.end(p)) && units.start(units.end(p)) == units.end(p)) {
        p = units.end(p);
      }
      EntityDraft entity = units.entity(p);
      boolean holder = entity.type != io.reportage.EntityType.LOCATION || !lowers[from].equals("in");
      return holder ? new int[] {units.end(p), p} : null;
    }
    // An unnamed holder: "for the ministry", "to the president".
    int q = p;
    while (q < limit && isModifier(q) && !isPeopleWord(q)) {
      q++;
    }
    if (q < limit && isPeopleWord(q) && q > from + 1 && lowers[from + 1].equals("the")) {
      return new int[] {q + 1, q};
    }
    return null;
  }

  private boolean isPeopleWord(int p) {
    PeopleNouns.Noun noun = lexicons.peopleNouns().lookup(lowers[p]);
    return noun != null && !noun.qualified() || lexicons.titles().matchEndingAt(lowers, p, p) != null;
  }

  /** "familiar with the talks", "close to the Kremlin": the token after the qualifier's phrase. */
  private int readQualifier(int from, int sentenceEnd) {
    int length = from < sentenceEnd ? lexicons.postmodifiers().longestMatch(lowers, from, sentenceEnd) : 0;
    if (length == 0) {
      return from;
    }
    int p = from + length;
    int limit = Math.min(sentenceEnd, p + MAX_RIGHT);
    int end = p;
    while (p < limit) {
      if (units.covers(p)) {
        p = units.end(p);
        end = p;
        continue;
      }
      String pos = pos(p);
      if ("DET".equals(pos) || NounPhraseWords.isModifierOrNoun(pos) || lowers[p].equals("of")) {
        p++;
        if (!lowers[p - 1].equals("of") && !"DET".equals(pos)) {
          end = p;
        }
        continue;
      }
      break;
    }
    return end;
  }

  /** Whether a phrase of {@code length} qualifier tokens follows {@code from}. */
  boolean qualifierFollows(int from) {
    int sentenceEnd = doc.sentenceEnd(doc.sentenceOf(from - 1));
    return from < sentenceEnd && lexicons.postmodifiers().longestMatch(lowers, from, sentenceEnd) > 0;
  }

  private String pos(int token) {
    return doc.hasPos() ? doc.pos(token) : "X";
  }
}
