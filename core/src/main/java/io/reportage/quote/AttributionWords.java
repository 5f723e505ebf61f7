package io.reportage.quote;

import io.reportage.models.Lexicon;
import io.reportage.text.English;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The open-class word lists of attribution ({@code attribution-words.txt}), compiled once into one
 * set per list and shared by all threads. Closed-class words (pronouns, possessives, forms of "be",
 * auxiliaries) come from {@link io.reportage.text.English} instead.
 */
public final class AttributionWords {
  /** The lists, with the names the lexicon gives them. */
  enum WordList {
    NOT_STATING, QUESTION_VERB, PRESS_VERB, TO_VERB, REFERENCE_STEM, PERFORM_VERB, SPEECH_ACT_NOUN, SUPPORT_VERB,
    FEELING_PARTICIPLE, REACTION_VERB, CAUSING_VERB, REACTION_NOUN, SURVEY_NOUN, POLL_NOUN, RECENT_WORD, HEADLINE_LABEL,
    LINKING_VERB, POLLED_PARTICIPLE, NAMING_PARTICIPLE, SKIP_BEFORE_CUE;

    /** The name in the lexicon file ("feeling-participle"). */
    String fileName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The forms of "be" that link a subject to a predicate adjective: English's without "being" and "'s". */
  private static final Set<String> LINKING_BE = WordSets.union(WordSets.without(English.BE_FORMS, "being"),
      WordSets.without(English.BE_CONTRACTIONS, "'s"));

  private final Map<WordList, Set<String>> words;
  /** The third-person and past forms of the reaction verbs ("angers", "angered"). */
  private final Set<String> reactionForms;

  private AttributionWords(Map<WordList, Set<String>> words) {
    this.words = words;
    this.reactionForms = reactionForms(words.get(WordList.REACTION_VERB));
  }

  /** Compiles the lists of {@code lexicon}; fails on a list name the lexicon's header does not define. */
  public static AttributionWords from(Lexicon lexicon) {
    Map<String, WordList> byName = new java.util.HashMap<>();
    for (WordList list : WordList.values()) {
      byName.put(list.fileName(), list);
    }
    Map<WordList, Set<String>> sets = new EnumMap<>(WordList.class);
    for (WordList list : WordList.values()) {
      sets.put(list, new HashSet<>());
    }
    for (String word : lexicon.phrases()) {
      for (String name : lexicon.value(word).split("\\s+")) {
        WordList list = byName.get(name);
        if (list == null) {
          throw new IllegalArgumentException("Lexicon " + lexicon.name() + ": \"" + word + "\" names the list \"" + name
              + "\", which is none of " + byName.keySet());
        }
        sets.get(list).add(word);
      }
    }
    sets.replaceAll((list, set) -> Set.copyOf(set));
    return new AttributionWords(sets);
  }

  /** Whether the lower-cased word {@code lower} is on {@code list}. */
  boolean has(WordList list, String lower) {
    return words.get(list).contains(lower);
  }

  /** Whether {@code lower} starts with a stem of {@code list} ("referring" with "refer"). */
  boolean startsWithAny(WordList list, String lower) {
    for (String stem : words.get(list)) {
      if (lower.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code lower} links a subject to a predicate adjective ("were incensed", "seemed sure",
   * "came away convinced"): a form of "be" other than "being" ("the partner being supportive" is a
   * small clause inside another's statement) or a listed linking verb.
   */
  boolean isLinking(String lower) {
    return LINKING_BE.contains(lower) || has(WordList.LINKING_VERB, lower);
  }

  /** Whether {@code lower} is a third-person or past form of a reaction verb ("angers", "angered", "upset"). */
  boolean isReactionForm(String lower) {
    return reactionForms.contains(lower);
  }

  /** The third-person and past forms of each verb ("angers", "angered"; "upsets", "upset"). */
  private static Set<String> reactionForms(Set<String> verbs) {
    Set<String> forms = new HashSet<>();
    for (String verb : verbs) {
      boolean silentE = verb.endsWith("e");
      forms.add(verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "ies"
          : verb.endsWith("sh") ? verb + "es" : verb + "s");
      forms.add(verb.equals("upset") ? verb : verb.endsWith("y") ? verb.substring(0, verb.length() - 1) + "ied"
          : silentE ? verb + "d" : verb + "ed");
    }
    forms.add("stunned");
    return Set.copyOf(forms);
  }
}
