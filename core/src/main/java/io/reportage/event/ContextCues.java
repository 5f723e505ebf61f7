package io.reportage.event;

import io.reportage.models.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cue classes trigger conditions test: the classes of the context-cue lexicon
 * ({@code event-context-cues.txt}), part-of-speech tags and entity types. Each class is a bit of a
 * {@code long}, so a token's classes are one number. Immutable; built once per extractor.
 */
public final class ContextCues {
  /** Part-of-speech tags that conditions may name (Universal Dependencies). */
  static final List<String> POS_CLASSES = List.of("NOUN", "VERB", "PROPN", "PRON", "NUM", "DET", "ADJ", "ADV", "ADP", "AUX",
      "PART", "CCONJ", "SCONJ", "PUNCT");
  /** Entity types that conditions may name. */
  static final List<String> ENTITY_CLASSES = List.of("PERSON", "ORGANIZATION", "LOCATION");

  private final Lexicon lexicon;
  private final Map<String, Integer> bits = new HashMap<>();
  /** For each lexicon phrase value, the mask of its classes. */
  private final Map<String, Long> masks = new HashMap<>();

  public ContextCues(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String name : POS_CLASSES) {
      bit(name);
    }
    for (String name : ENTITY_CLASSES) {
      bit(name);
    }
    for (String phrase : lexicon.phrases()) {
      String value = lexicon.value(phrase);
      masks.computeIfAbsent(value, v -> {
        long mask = 0;
        for (String name : v.split(",")) {
          if (!name.isBlank()) {
            mask |= 1L << bit(name.strip().toUpperCase(Locale.ROOT));
          }
        }
        return mask;
      });
    }
  }

  private int bit(String name) {
    Integer bit = bits.get(name);
    if (bit == null) {
      if (bits.size() == 64) {
        throw new IllegalArgumentException("More than 64 context cue classes; " + name + " is one too many");
      }
      bit = bits.size();
      bits.put(name, bit);
    }
    return bit;
  }

  /** The mask of a class named in a condition. */
  long maskOf(String className) {
    Integer bit = bits.get(className);
    if (bit == null) {
      throw new IllegalArgumentException("Unknown context cue class " + className + "; known: " + bits.keySet());
    }
    return 1L << bit;
  }

  /** The mask of a class, or 0 when no class has that name. */
  long maskOrZero(String className) {
    Integer bit = bits.get(className);
    return bit == null ? 0 : 1L << bit;
  }

  /** The mask of a part-of-speech tag, 0 for a tag no condition can name. */
  long posMask(String tag) {
    Integer bit = tag == null ? null : bits.get(tag);
    return bit == null || bit >= POS_CLASSES.size() ? 0 : 1L << bit;
  }

  /** Whether the single word at {@code token} belongs to one of the classes of {@code mask}. */
  boolean has(String[] lowers, int token, long mask) {
    return (maskOfPhrase(lowers, token, 1) & mask) != 0;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  /** The classes of the phrase {@code lowers[from, from + length)}. */
  long maskOfPhrase(String[] lowers, int from, int length) {
    String value = lexicon.valueOf(lowers, from, length);
    return value == null ? 0 : masks.getOrDefault(value, 0L);
  }
}
