package io.reportage.event;

import io.reportage.models.Lexicon;
import io.reportage.text.Lemmatizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The verbs of {@code event-argument-words.txt} by class. GOVERNING forms are looked up as
 * written; for the other classes a word is read as a verb and led back to its lemma ("carried"
 * carry), and PERPETRATED and TARGETING hold only for participles ("carried", "targeting"; not
 * "target"). Built once; immutable and thread-safe.
 */
final class ArgumentWords {
  /** The classes of the lexicon's header. */
  enum Kind { GOVERNING, PERPETRATED, TARGETING, INTRANSITIVE, TOPIC }

  private final Map<String, Integer> kinds = new HashMap<>();
  private final Lemmatizer lemmatizer;

  ArgumentWords(Lexicon words, Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
    for (String verb : words.phrases()) {
      int mask = 0;
      for (String kind : words.value(verb).split("\\s+")) {
        try {
          mask |= 1 << Kind.valueOf(kind).ordinal();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Lexicon " + words.name() + ": unknown class " + kind + " of " + verb, e);
        }
      }
      kinds.put(verb, mask);
    }
  }

  /** Whether a lower-cased word is a form of a verb of this class. */
  boolean is(String lower, Kind kind) {
    if (kind == Kind.GOVERNING) {
      return has(lower, kind);
    }
    String lemma = lemmatizer.lemma(lower, "VERB");
    if ((kind == Kind.PERPETRATED || kind == Kind.TARGETING) && !isParticiple(lower, lemma)) {
      return false;
    }
    return has(lemma, kind);
  }

  private boolean has(String key, Kind kind) {
    Integer mask = kinds.get(key);
    return mask != null && (mask & 1 << kind.ordinal()) != 0;
  }

  /** "-ed" and "-ing" forms, and the irregular forms that are not present tense ("led", "made"). */
  private static boolean isParticiple(String lower, String lemma) {
    return lower.endsWith("ed") || lower.endsWith("ing") || !lower.equals(lemma) && !lower.endsWith("s");
  }
}
