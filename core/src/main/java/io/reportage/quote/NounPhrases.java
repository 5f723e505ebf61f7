package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.text.English;
import io.reportage.text.NounPhraseWords;
import java.util.Set;

/**
 * Finds the noun phrases that name sources, from part-of-speech tags, names and word lists: the
 * phrase that ends just before a cue ("Kremlin spokesman Dmitry Peskov told"), the one that starts
 * just after it ("said Hugh Hill", "according to a spokesman for the ministry"). A phrase may carry
 * up to two prepositional modifiers ("a spokesman for the ministry", "people familiar with the
 * matter"); its head is the noun before the first of them. Every scan is bounded by a few tokens and
 * never leaves the sentence.
 */
final class NounPhrases {
  /** The longest phrase considered, in tokens. */
  static final int MAX_LENGTH = 14;

  private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("of", "for", "at", "with", "from", "in", "on", "to");
  private static final Set<String> RELATIVES = English.RELATIVE_PRONOUNS;
  private static final Set<String> POSSESSIVES = English.POSSESSIVE_DETERMINERS;
  /**
   * Words that stand for no speaker after a cue ("said this", "told them", "asked whether"):
   * demonstratives, question words, reflexive and object pronouns, indefinite pronouns, and
   * quantifiers without their noun.
   */
  private static final Set<String> NOT_SPEAKERS = WordSets.union(English.DEMONSTRATIVES, English.QUESTION_WORDS,
      English.REFLEXIVE_PRONOUNS, WordSets.without(English.OBJECT_PRONOUNS, "her", "it"),
      WordSets.without(English.INDEFINITE_PERSON_PRONOUNS, "anybody", "everybody"), English.INDEFINITE_THING_PRONOUNS,
      WordSets.without(English.COMPARATIVE_QUANTIFIERS, "fewer"),
      Set.of("which", "whom", "there", "here", "one", "none", "all", "both", "each", "some", "many", "most", "much"));

  /** Quantifiers that stand for people on their own at the start of a clause ("Some say"). */
  private static final Set<String> QUANTIFIERS = WordSets.union(
      Set.of("some", "many", "most", "few", "several", "both", "all"), English.INDEFINITE_PERSON_PRONOUNS);
  private static final Set<String> FRACTIONS = English.FRACTIONS;
  private static final Set<String> NEGATIONS = English.NEGATIONS;

  private static final byte YES = 1;
  private static final byte NO = 2;

  private final Document doc;
  private final AttributionLexicons lexicons;
  private final boolean[] named;
  // Per-token answers, computed on first use: phrase scans look at the same words many times.
  private final byte[] nounLike;
  private final byte[] inner;

  /** @param named whether each token lies inside a recognized name */
  NounPhrases(Document doc, AttributionLexicons lexicons, boolean[] named) {
    this.doc = doc;
    this.lexicons = lexicons;
    this.named = named;
    this.nounLike = new byte[named.length];
    this.inner = new byte[named.length];
  }

  /** A phrase over tokens {@code [start, end)} with its head token. */
  record Phrase(int start, int end, int head) {
  }

  /**
   * The phrase whose last token is {@code last}, not reaching before {@code limit}; null when
   * {@code last} cannot end a noun phrase.
   */
  Phrase endingAt(int last, int limit) {
    Phrase group = groupEndingAt(last, limit);
    if (group != null) {
      return group;
    }
    Phrase modified = last >= limit && OBJECT_PRONOUNS.contains(doc.lower(last)) ? endingInModifierPronoun(last, limit) : null;
    if (modified != null) {
      return modified;
    }
    if (last < limit || !canEnd(last)) {
      return null;
    }
    if (isPronoun(last)) {
      return new Phrase(last, last + 1, last);
    }
    int start = last;
    int head = last;
    int prepositions = 0;
    while (start - 1 >= limit && last - start + 1 < MAX_LENGTH) {
      int p = start - 1;
      // "the head of the agency": the noun before the preposition heads the phrase, or the noun before
      // an adjective there ("officials close to"); the head is the one that matched, never a token
      // before the limit.
      boolean adjectiveAfterNoun = p - 2 >= limit && "ADJ".equals(doc.pos(p - 1)) && isNounLike(p - 2);
      if (isInner(p)) {
        start = p;
      } else if (prepositions < 2 && MODIFIER_PREPOSITIONS.contains(doc.lower(p)) && p - 1 >= limit
          && (isNounLike(p - 1) || adjectiveAfterNoun) && !isPronoun(p - 1)) {
        start = p;
        head = adjectiveAfterNoun ? p - 2 : p - 1;
        prepositions++;
      } else if (prepositions < 2 && "ADP".equals(doc.pos(p)) && p - 2 >= limit && isParticiple(p - 1)
          && isNounLike(p - 2) && !isPronoun(p - 2)) {
        // "Protesters marching through the streets": a participle and its phrase modify the noun before.
        start = p - 1;
        head = p - 2;
        prepositions++;
      } else {
        break;
      }
    }
    // A phrase does not start with a preposition left over from the scan.
    while (start < head && !isInner(start)) {
      start++;
    }
    // "Trump and Putin": two names joined by "and" are one subject.
    if (start - 2 >= limit && (doc.lower(start - 1).equals("and") || doc.lower(start - 1).equals("&"))
        && named[start] && named[start - 2]) {
      Phrase left = endingAt(start - 2, limit);
      if (left != null && left.end() == start - 1 && start - left.start() < MAX_LENGTH) {
        start = left.start();
      }
    }
    return new Phrase(start, last + 1, head);
  }

  /**
   * A share of people standing alone as a subject, which polls and reports quote: "Some say",
   * "Most agree", "42% say", "one in five say", "a third say", "those surveyed say". A quantifier
   * counts only at the start of its clause, where nothing it could quantify stands before it.
   */
  private Phrase groupEndingAt(int last, int limit) {
    if (last < limit) {
      return null;
    }
    String lower = doc.lower(last);
    // "not everyone", "no one": the negation belongs to the share.
    int first = last - 1 >= limit && NEGATIONS.contains(doc.lower(last - 1)) ? last - 1 : last;
    if (QUANTIFIERS.contains(lower) || lower.equals("one") && first < last) {
      return clauseStartsAt(first, limit) ? new Phrase(first, last + 1, last) : null;
    }
    if (FRACTIONS.contains(lower) && last - 1 >= limit && ("a".equals(doc.lower(last - 1)) || "NUM".equals(doc.pos(last - 1)))) {
      return clauseStartsAt(last - 1, limit) ? new Phrase(last - 1, last + 1, last) : null;
    }
    // "Nearly half said": "half" alone is a share of people, as "a third" is.
    if (lower.equals("half") && clauseStartsAt(last, limit)) {
      return new Phrase(last, last + 1, last);
    }
    if (lower.equals("%") && last - 1 >= limit && "NUM".equals(doc.pos(last - 1))) {
      return new Phrase(last - 1, last + 1, last);
    }
    // "one in five": the share's own number is its head.
    if ("NUM".equals(doc.pos(last)) && last - 2 >= limit && doc.lower(last - 1).equals("in") && "NUM".equals(doc.pos(last - 2))) {
      return new Phrase(last - 2, last + 1, last - 2);
    }
    // "those surveyed": the people a poll asked.
    if (lexicons.words().has(AttributionWords.WordList.POLLED_PARTICIPLE, lower) && last - 1 >= limit && doc.lower(last - 1).equals("those")) {
      return new Phrase(last - 1, last + 1, last - 1);
    }
    return null;
  }

  /** Whether a clause can start at {@code t}: the sentence start, or after punctuation or a conjunction. */
  private boolean clauseStartsAt(int t, int limit) {
    if (t == limit || t == doc.sentenceStart(doc.sentenceOf(t))) {
      return true;
    }
    String pos = doc.pos(t - 1);
    return "PUNCT".equals(pos) || "CCONJ".equals(pos) || "ADV".equals(pos) && (t - 1 == limit || "PUNCT".equals(doc.pos(t - 2)));
  }

  /** A quantifier that can stand for people ("most"), which the tagger may call an adverb. */
  static boolean isQuantifier(String lower) {
    return QUANTIFIERS.contains(lower);
  }

  /** Whether the token heads a share of people ("some", "a third", "42%", "those surveyed"). */
  boolean isGroupWord(int t) {
    String lower = doc.lower(t);
    return QUANTIFIERS.contains(lower) || lower.equals("one") && t > 0 && doc.lower(t - 1).equals("no") || FRACTIONS.contains(lower) || lower.equals("%") || lower.equals("those")
        || "NUM".equals(doc.pos(t)) && t + 2 < doc.tokenCount() && doc.lower(t + 1).equals("in");
  }

  /** Object pronouns that end a modifier ("close to him"): English's without "you". */
  private static final Set<String> OBJECT_PRONOUNS = WordSets.without(English.OBJECT_PRONOUNS, "you");

  /**
   * "People close to him", "those familiar with it": a phrase whose last word is the object
   * pronoun of an adjective's or participle's preposition; its head is the noun (or "those") before
   * the adjective. Null for any other pronoun object ("told him").
   */
  private Phrase endingInModifierPronoun(int last, int limit) {
    int adjective = last - 2;
    if (adjective - 1 < limit || !MODIFIER_PREPOSITIONS.contains(doc.lower(last - 1))
        || !"ADJ".equals(doc.pos(adjective)) && !isParticiple(adjective)) {
      return null;
    }
    int noun = adjective - 1;
    if (doc.lower(noun).equals("those")) {
      return new Phrase(noun, last + 1, noun);
    }
    Phrase base = canEnd(noun) && !isPronoun(noun) ? endingAt(noun, limit) : null;
    return base == null ? null : new Phrase(base.start(), last + 1, base.head());
  }

  /** The phrase that starts at {@code first}, not reaching {@code limit}; null when none starts there. */
  Phrase startingAt(int first, int limit) {
    if (first >= limit) {
      return null;
    }
    if (isPronoun(first)) {
      return NOT_SPEAKERS.contains(doc.lower(first)) ? null : new Phrase(first, first + 1, first);
    }
    int end = degreeBeforeComparative(first, limit) ? first + 1 : first;
    int head = -1;
    int prepositions = 0;
    while (end < limit && end - first < MAX_LENGTH) {
      if (isInner(end) && !(POSSESSIVES.contains(doc.lower(end)) && end > first)) {
        if (isNounLike(end)) {
          if (prepositions == 0) {
            head = end;
          }
        }
        end++;
      } else if (head >= 0 && prepositions < 2 && MODIFIER_PREPOSITIONS.contains(doc.lower(end)) && end + 1 < limit
          && (isInner(end + 1)) && !doc.lower(end).equals("to") && !doc.lower(end).equals("on")) {
        prepositions++;
        end++;
      } else {
        break;
      }
    }
    // Drop trailing words that cannot end a phrase ("the", "of the").
    while (end > first && !isNounLike(end - 1)) {
      end--;
    }
    if (end <= first || head < 0 || head >= end || lexicons.isTimeWord(doc.lower(head)) && !named[head]) {
      return null;
    }
    return new Phrase(first, end, head);
  }

  /** Degree adverbs that grade a comparative quantity ("far fewer papers", "many more voters"). */
  private static final Set<String> DEGREE_ADVERBS = Set.of("far", "much", "many", "even", "still", "slightly");
  private static final Set<String> COMPARATIVE_QUANTITIES = English.COMPARATIVE_QUANTIFIERS;

  /**
   * "by far fewer publications": a degree adverb before a comparative quantity belongs to the noun
   * phrase, so the phrase is not cut at the adverb.
   */
  private boolean degreeBeforeComparative(int first, int limit) {
    return first + 2 < limit && DEGREE_ADVERBS.contains(doc.lower(first))
        && COMPARATIVE_QUANTITIES.contains(doc.lower(first + 1)) && isInner(first + 2);
  }

  private boolean isParticiple(int t) {
    String lower = doc.lower(t);
    return "VERB".equals(doc.pos(t)) && (lower.endsWith("ing") || lower.endsWith("ed"));
  }

  /**
   * The words from {@code first} to the next comma (at most {@value #MAX_LENGTH}), read as one
   * phrase headed by its last noun or name; null when no comma closes them or no noun is there.
   */
  Phrase upToComma(int first, int limit) {
    int comma = first;
    while (comma < limit && comma - first < MAX_LENGTH && !doc.norm(comma).equals(",")) {
      comma++;
    }
    if (comma >= limit || !doc.norm(comma).equals(",") || comma == first) {
      return null;
    }
    for (int head = comma - 1; head >= first; head--) {
      if (isNounLike(head)) {
        return new Phrase(first, comma, head);
      }
    }
    return null;
  }

  /** Whether a token can end a noun phrase: a noun, a name, a number, a subject pronoun. */
  boolean canEnd(int t) {
    if ((NOT_SPEAKERS.contains(doc.lower(t)) || lexicons.isTimeWord(doc.lower(t))) && !named[t]) {
      return false;
    }
    return isNounLike(t) || isPronoun(t);
  }

  boolean isPronoun(int t) {
    String lower = doc.lower(t);
    return NounPhraseWords.isStandalonePronoun(doc, t) && !RELATIVES.contains(lower)
        || lower.equals("he") || lower.equals("she") || lower.equals("they") || lower.equals("i") || lower.equals("we");
  }

  boolean isRelative(int t) {
    return RELATIVES.contains(doc.lower(t));
  }

  /** A noun, a name or a number; capitalised words inside a sentence count as names whatever their tag. */
  boolean isNounLike(int t) {
    byte known = nounLike[t];
    if (known == 0) {
      known = computeNounLike(t) ? YES : NO;
      nounLike[t] = known;
    }
    return known == YES;
  }

  private boolean computeNounLike(int t) {
    if (named[t]) {
      return true;
    }
    String pos = doc.pos(t);
    if (NounPhraseWords.isNominal(pos) || "NUM".equals(pos)) {
      return !RELATIVES.contains(doc.lower(t));
    }
    String token = doc.token(t);
    boolean capitalised = Character.isUpperCase(token.charAt(0))
        && (t > doc.sentenceStart(doc.sentenceOf(t)) || taggedAsVerbBeforeVerb(t));
    return capitalised && !"PUNCT".equals(pos) || isSourceNoun(t);
  }

  /**
   * A listed source noun or title ("official", "ad"); tagged as a verb it counts only after a word
   * that only a noun can follow ("the Clinton ad asks"), or right before a name, as titles stand
   * ("..., said delegate Ann Lee").
   */
  private boolean isSourceNoun(int t) {
    String lower = doc.lower(t);
    if (lexicons.speakerNoun(lower) == null && !lexicons.isTitle(lower)) {
      return false;
    }
    if (!"VERB".equals(doc.pos(t))) {
      return true;
    }
    if (t + 1 < doc.tokenCount() && named[t + 1] && doc.sentenceOf(t + 1) == doc.sentenceOf(t)) {
      return true;
    }
    if (t == 0 || doc.sentenceOf(t - 1) != doc.sentenceOf(t)) {
      return false;
    }
    String before = doc.pos(t - 1);
    return "DET".equals(before) || "ADJ".equals(before) || "PROPN".equals(before) || named[t - 1];
  }

  /**
   * A capitalised first word that the tagger read as a verb although a verb follows it ("Trump
   * says"): names at the start of a sentence are often mistagged so.
   */
  private boolean taggedAsVerbBeforeVerb(int t) {
    return ("VERB".equals(doc.pos(t)) || "ADJ".equals(doc.pos(t)) || "X".equals(doc.pos(t))) && t + 1 < doc.tokenCount()
        && doc.sentenceOf(t + 1) == doc.sentenceOf(t) && ("VERB".equals(doc.pos(t + 1)) || "AUX".equals(doc.pos(t + 1)));
  }

  /** A word that can stand inside a noun phrase before its end. */
  boolean isInner(int t) {
    byte known = inner[t];
    if (known == 0) {
      known = computeInner(t) ? YES : NO;
      inner[t] = known;
    }
    return known == YES;
  }

  private boolean computeInner(int t) {
    if (isNounLike(t)) {
      return true;
    }
    String lower = doc.lower(t);
    if (lexicons.isHonorific(lower) || POSSESSIVES.contains(lower) || lower.equals("'s")
        || lower.equals("&") || lower.equals("-")) {
      return true;
    }
    String pos = doc.pos(t);
    return ("DET".equals(pos) && !RELATIVES.contains(lower)) || "ADJ".equals(pos);
  }
}
