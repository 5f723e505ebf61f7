package io.reportage.event;

import io.reportage.EventType;
import io.reportage.models.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event classes of words by lemma ({@code event-word-classes.txt}, derived from WordNet): the
 * event types a word can name, each with the rank of the word's commonest sense of that type (1 =
 * its commonest sense of all). Parsed once; immutable and shared by threads.
 */
public final class WordClasses {
  /** One type a word can name and how common that sense of the word is (1 = its commonest). */
  record WordClass(EventType type, int rank) {
  }

  private static final WordClasses EMPTY = new WordClasses(Map.of());

  private final Map<String, List<WordClass>> byLemma;

  private WordClasses(Map<String, List<WordClass>> byLemma) {
    this.byLemma = byLemma;
  }

  /** No word has a class: the trigger lexicon alone proposes events. */
  public static WordClasses none() {
    return EMPTY;
  }

  /**
   * Parses entries of the form {@code lemma | TYPE/RANK [TYPE/RANK...]}.
   *
   * @throws IllegalArgumentException naming the entry when a type or rank is malformed
   */
  public static WordClasses of(Lexicon lexicon) {
    Map<String, List<WordClass>> byLemma = new HashMap<>();
    for (String lemma : lexicon.phrases()) {
      String value = lexicon.value(lemma);
      List<WordClass> classes = new ArrayList<>();
      for (String item : value.trim().split("\\s+")) {
        int slash = item.indexOf('/');
        try {
          classes.add(new WordClass(EventType.valueOf(item.substring(0, slash)), Integer.parseInt(item.substring(slash + 1))));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("Word classes " + lexicon.name() + ", entry '" + lemma + " | " + value
              + "': expected TYPE/RANK items such as ATTACK/1", e);
        }
      }
      byLemma.put(lemma, List.copyOf(classes));
    }
    return new WordClasses(Map.copyOf(byLemma));
  }

  /** Whether no word has a class. */
  boolean isEmpty() {
    return byLemma.isEmpty();
  }

  /** The classes of {@code lemma}, empty when it has none. */
  List<WordClass> of(String lemma) {
    List<WordClass> classes = byLemma.get(lemma);
    return classes == null ? List.of() : classes;
  }

  /** The rank of {@code lemma}'s commonest sense of {@code type}, 0 when it has none. */
  int rank(String lemma, EventType type) {
    for (WordClass wordClass : of(lemma)) {
      if (wordClass.type() == type) {
        return wordClass.rank();
      }
    }
    return 0;
  }
}
