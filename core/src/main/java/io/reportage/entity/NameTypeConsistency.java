package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.NameSpan;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes the types of an article's names agree with each other and with what the text says around
 * them, after the recognizer has labelled each name (the FAST recognizer already reads what the
 * same word was labelled earlier in the article):
 * <ol>
 *   <li>a name right after a person's title or an honorific ("counterpart Sofia Mendez",
 *       "President Lula", "Dr. Ames") is a PERSON;
 *   <li>a one-word name that is the last word of a person's longer name in the same article
 *       ("Mendez" after "Sofia Mendez") is that PERSON;
 *   <li>a hyphenated compound of names ("Putin-Trump summit", "Russia-Ukraine border") is read by
 *       its parts, each typed by the name it is elsewhere in the article (else as a listed place):
 *       a compound of places, or of organizations, is one name of that type, as CoNLL-2003
 *       annotates "Croatia-Yugoslavia"; a compound of people, or of names of different types, is no
 *       name (a pairing of two entities, not a third). A compound with a part the article does not
 *       name elsewhere ("Saint-Germain", "Jean-Paul") keeps the recognizer's type.
 * </ol>
 * A vote that gives every name written the same the type most of them have was tried and left out:
 * a city is often both a place and its sports team in one report ("NEW YORK 1996-08-30", "New York
 * beat Boston"), and the vote cost 0.2 points of F1 on CoNLL-2003 valid. Linear in the number of
 * names (maps keyed by text).
 */
public final class NameTypeConsistency {
  private final Lexicon titles;
  private final Lexicon honorifics;
  private final Lexicon places;

  /**
   * @param titles person titles and role nouns ("president", "spokesman", "counterpart")
   * @param honorifics short titles before a name, without their period ("mr", "dr")
   * @param places places, lower case ("russia", "us"), for the parts of hyphenated compounds
   */
  public NameTypeConsistency(Lexicon titles, Lexicon honorifics, Lexicon places) {
    this.titles = titles;
    this.honorifics = honorifics;
    this.places = places;
  }

  /** The names of {@code doc} (document token ranges, in text order) with their types revised. */
  public List<NameSpan> revise(Document doc, List<NameSpan> names) {
    List<NameSpan> revised = new ArrayList<>(names.size());
    for (NameSpan name : names) {
      revised.add(name.type() != EntityType.PERSON && afterPersonTitle(doc, name.start()) ? retyped(name, EntityType.PERSON)
          : name);
    }
    Set<String> surnames = new HashSet<>();
    for (NameSpan name : revised) {
      if (name.type() == EntityType.PERSON && name.end() - name.start() > 1) {
        surnames.add(doc.lower(name.end() - 1));
      }
    }
    for (int n = 0; n < revised.size(); n++) {
      NameSpan name = revised.get(n);
      if (name.end() - name.start() == 1 && name.type() != EntityType.PERSON && surnames.contains(doc.lower(name.start()))) {
        revised.set(n, retyped(name, EntityType.PERSON));
      }
    }
    return compoundsByTheirParts(doc, revised);
  }

  /** Applies the rule on hyphenated compounds; the other names pass unchanged. */
  private List<NameSpan> compoundsByTheirParts(Document doc, List<NameSpan> names) {
    Map<String, EntityType> typeOfWord = new HashMap<>();
    for (NameSpan name : names) {
      if (name.end() - name.start() == 1 && doc.lower(name.start()).indexOf('-') < 0) {
        typeOfWord.putIfAbsent(doc.lower(name.start()), name.type());
      } else if (name.type() == EntityType.PERSON) {
        typeOfWord.putIfAbsent(doc.lower(name.end() - 1), EntityType.PERSON);
      }
    }
    List<NameSpan> kept = new ArrayList<>(names.size());
    for (NameSpan name : names) {
      EntityType type = name.type();
      if (name.end() - name.start() == 1 && doc.norm(name.start()).indexOf('-') > 0) {
        type = compoundType(doc.norm(name.start()), typeOfWord, type);
      }
      if (type == name.type()) {
        kept.add(name);
      } else if (type != null) {
        kept.add(retyped(name, type));
      }
    }
    return kept;
  }

  /**
   * The type of a hyphenated compound read by its parts: {@code recognized} when a part is not a
   * capitalized word the article names elsewhere (or a listed place), null when it is no name.
   */
  private EntityType compoundType(String compound, Map<String, EntityType> typeOfWord, EntityType recognized) {
    String[] parts = compound.split("-");
    EntityType common = null;
    boolean mixed = false;
    for (String part : parts) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
        return recognized;
      }
      String lower = part.toLowerCase(Locale.ROOT);
      EntityType type = typeOfWord.get(lower);
      if (type == null && places.containsToken(lower)) {
        type = EntityType.LOCATION;
      }
      if (type == null) {
        return recognized;
      }
      mixed |= common != null && common != type;
      common = type;
    }
    return mixed || common == EntityType.PERSON ? null : common;
  }

  /** Whether the tokens just before {@code start} are a person's title or an honorific. */
  private boolean afterPersonTitle(Document doc, int start) {
    if (start == 0 || doc.sentenceOf(start - 1) != doc.sentenceOf(start)) {
      return false;
    }
    String previous = doc.lower(start - 1);
    String bare = previous.endsWith(".") ? previous.substring(0, previous.length() - 1) : previous;
    if (honorifics.containsToken(bare)) {
      return true;
    }
    int first = doc.sentenceStart(doc.sentenceOf(start));
    for (int length = 1; length <= titles.longestPhrase() && start - length >= first; length++) {
      if (titles.longestMatch(doc.lowers(), start - length, start) == length) {
        return true;
      }
    }
    return false;
  }

  private static NameSpan retyped(NameSpan name, EntityType type) {
    return new NameSpan(name.start(), name.end(), type);
  }
}
