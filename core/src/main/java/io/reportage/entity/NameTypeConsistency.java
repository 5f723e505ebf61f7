package io.reportage.entity;

import io.reportage.EntityType;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the types of an article's names agree with each other and with what the text says around
 * them, after the recognizer has labelled each name on its own:
 * <ol>
 *   <li>a name right after a person's title or an honorific ("counterpart Sofia Mendez",
 *       "President Lula", "Dr. Ames") is a PERSON;
 *   <li>a one-word name that is the last word of a person's longer name in the same article
 *       ("Mendez" after "Sofia Mendez") is that PERSON;
 *   <li>names written the same (ignoring case, so a headline in capitals counts) take the type most
 *       of them have; a tie changes nothing;
 *   <li>a hyphenated compound of names ("Putin-Trump summit", "Russia-Ukraine border") is read by
 *       its parts, each typed by the name it is elsewhere in the article (else as a listed place):
 *       a compound of places, or of organizations, is one name of that type, as CoNLL-2003
 *       annotates "Croatia-Yugoslavia"; a compound of people, or of names of different types, is no
 *       name (a pairing of two entities, not a third). A compound with a part the article does not
 *       name elsewhere ("Saint-Germain", "Jean-Paul") keeps the recognizer's type.
 * </ol>
 * Linear in the number of names (maps keyed by text).
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
    Map<String, Boolean> surnames = new HashMap<>();
    for (NameSpan name : revised) {
      if (name.type() == EntityType.PERSON && name.end() - name.start() > 1) {
        surnames.put(doc.lower(name.end() - 1), true);
      }
    }
    Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
    for (int n = 0; n < revised.size(); n++) {
      NameSpan name = revised.get(n);
      if (name.end() - name.start() == 1 && name.type() != EntityType.PERSON && surnames.containsKey(doc.lower(name.start()))) {
        name = retyped(name, EntityType.PERSON);
        revised.set(n, name);
      }
      votes.computeIfAbsent(key(doc, name), k -> new EnumMap<>(EntityType.class)).merge(name.type(), 1, Integer::sum);
    }
    for (int n = 0; n < revised.size(); n++) {
      NameSpan name = revised.get(n);
      EntityType majority = majority(votes.get(key(doc, name)));
      if (majority != null && majority != name.type()) {
        revised.set(n, retyped(name, majority));
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

  private static String key(Document doc, NameSpan name) {
    StringBuilder key = new StringBuilder();
    for (int t = name.start(); t < name.end(); t++) {
      key.append(doc.lower(t)).append(' ');
    }
    return key.toString();
  }

  /** The type with strictly more votes than any other, or null. */
  private static EntityType majority(EnumMap<EntityType, Integer> votes) {
    EntityType best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
      if (vote.getValue() > bestCount) {
        best = vote.getKey();
        bestCount = vote.getValue();
        tie = false;
      } else if (vote.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static NameSpan retyped(NameSpan name, EntityType type) {
    return new NameSpan(name.start(), name.end(), type);
  }
}
