package io.reportage.text;

import io.reportage.models.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * A small rule-based English lemmatizer over a lower-cased token and its Universal Dependencies
 * tag. Verbs and auxiliaries ("said", "tries", "planned", "making") and common nouns ("officials",
 * "policies", "crashes") are reduced by the regular rules of English inflection; the forms those
 * rules get wrong ("went", "men", "died", "news") are looked up first in two lexicons of irregular
 * forms ({@code irregular-verbs.txt}, {@code irregular-nouns.txt}). Every other word, names and
 * adjectives included, is its own lemma. Immutable and thread-safe; a regular lemma costs one
 * substring, an unchanged word nothing.
 *
 * <p>The rules for "-ed" and "-ing" restore a dropped "e" where English spelling says it was there
 * ("hoped", "decided", "pledged", "making") and undo a doubled final consonant ("planned",
 * "stopping"); the spelling cannot always tell, and the irregular lexicon lists the exceptions.
 */
public final class Lemmatizer {
  private final Map<String, String> verbs;
  private final Map<String, String> nouns;

  public Lemmatizer(Lexicon irregularVerbs, Lexicon irregularNouns) {
    this.verbs = table(irregularVerbs);
    this.nouns = table(irregularNouns);
  }

  private static Map<String, String> table(Lexicon lexicon) {
    Map<String, String> table = new HashMap<>();
    for (String form : lexicon.phrases()) {
      String lemma = lexicon.value(form);
      table.put(form, lemma.isEmpty() ? form : lemma);
    }
    return table;
  }

  /** The lemma of a lower-cased token with this tag. */
  public String lemma(String lower, String pos) {
    if (pos == null) {
      return lower;
    }
    switch (pos) {
      case "VERB", "AUX" -> {
        String irregular = verbs.get(lower);
        return irregular != null ? irregular : regularVerb(lower);
      }
      case "NOUN" -> {
        String irregular = nouns.get(lower);
        return irregular != null ? irregular : regularNoun(lower);
      }
      default -> {
        return lower;
      }
    }
  }

  static String regularNoun(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("men")) {
      return w.substring(0, n - 3) + "man"; // "spokesmen", "women"
    }
    if (n < 3 || w.charAt(n - 1) != 's' || !isLetter(w.charAt(n - 2))) {
      return w;
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("'s")) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("ches") || w.endsWith("shes")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }

  static String regularVerb(String w) {
    int n = w.length();
    if (n < 4 || !isLetter(w.charAt(n - 1))) {
      return w;
    }
    if (w.endsWith("ing") && n >= 5) {
      String stem = w.substring(0, n - 3);
      return vowelGroups(stem) > 0 ? restore(stem) : w; // "bring", "string" are no "-ing" forms
    }
    if (w.endsWith("eed")) {
      return w; // "proceed", "need"; the past forms of "agree", "free" are in the lexicon
    }
    if (w.endsWith("ied") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("ed") && n > 4) {
      String stem = w.substring(0, n - 2);
      return vowelGroups(stem) > 0 ? restore(stem) : w;
    }
    if (w.charAt(n - 1) == 's' && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      if (w.endsWith("ies")) {
        return w.substring(0, n - 3) + "y";
      }
      if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zzes") || w.endsWith("ches") || w.endsWith("shes")
          || w.endsWith("oes")) {
        return w.substring(0, n - 2);
      }
      return w.substring(0, n - 1);
    }
    return w;
  }

  /** The verb a stem was before "-ed" or "-ing": a doubled consonant undone, or a dropped "e" put back. */
  static String restore(String stem) {
    int n = stem.length();
    if (n < 2) {
      return stem;
    }
    char last = stem.charAt(n - 1);
    char before = stem.charAt(n - 2);
    if (last == before && n >= 4 && isVowel(stem, n - 3) && !isVowel(stem, n - 4)
        && ("bdgmnprt".indexOf(last) >= 0 || last == 'l' && vowelGroups(stem) > 1 && "eo".indexOf(stem.charAt(n - 3)) >= 0)) {
      return stem.substring(0, n - 1); // "planned", "stopping", "committed", "patrolled"
    }
    return needsE(stem) ? stem + "e" : stem;
  }

  private static boolean needsE(String stem) {
    int n = stem.length();
    char last = stem.charAt(n - 1);
    char before = stem.charAt(n - 2);
    boolean vowelBefore = isVowel(stem, n - 2);
    boolean singleVowel = vowelBefore && !isVowel(stem, n - 3);
    switch (last) {
      case 'u', 'v', 'c' -> {
        return true; // "argued", "moved", "produced"
      }
      case 'z', 's' -> {
        return before != last; // "organized", "used", "released", "endorsed"
      }
      case 'g' -> {
        // "waged", "alleged", "pledged", "urged", "plunged", "changing": a short vowel before "g" doubles it
        return vowelBefore || before == 'd' || before == 'r' || before == 'n' && n >= 3 && "au".indexOf(stem.charAt(n - 3)) >= 0;
      }
      case 'l' -> {
        // "handled", "ruled"; not "called", "curled", "failed", "traveled"
        return !vowelBefore && before != 'l' && before != 'r' && before != 'w' || singleVowel && vowelGroups(stem) == 1;
      }
      case 'k' -> {
        return singleVowel; // "liked", "provoked"; not "attacked", "leaked"
      }
      case 'w', 'x', 'y', 'h' -> {
        return false;
      }
      default -> {
        if (last == 't' && before == 'a' && n >= 4 && "iu".indexOf(stem.charAt(n - 3)) >= 0) {
          return true; // "negotiated", "evacuated"
        }
        if (isVowel(stem, n - 1) || !singleVowel) {
          return false;
        }
        if (vowelGroups(stem) == 1) {
          return true; // "hoped", "voted", "making", "fired"
        }
        // Longer verbs: "negotiated", "executed", "promoted", "decided", "included", "declined",
        // "required", "secured", "declared", "assumed", "described"; not "visited", "opened", "ordered".
        return switch (last) {
          case 't' -> before == 'a' || before == 'u' || before == 'o';
          case 'd' -> before != 'e';
          case 'n' -> before == 'i';
          case 'r' -> before == 'u' || before == 'i' || before == 'a';
          case 'm' -> before == 'u';
          case 'b' -> before == 'i';
          default -> false;
        };
      }
    }
  }

  private static int vowelGroups(String w) {
    int groups = 0;
    boolean inVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean vowel = isVowel(w, i);
      if (vowel && !inVowel) {
        groups++;
      }
      inVowel = vowel;
    }
    return groups;
  }

  /** A vowel letter; "y" after a consonant and "u" after "q" count as a vowel and a consonant. */
  private static boolean isVowel(String w, int i) {
    if (i < 0) {
      return false;
    }
    char c = w.charAt(i);
    if (c == 'u' && i > 0 && w.charAt(i - 1) == 'q') {
      return false;
    }
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' && i > 0 && !isVowel(w, i - 1);
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
