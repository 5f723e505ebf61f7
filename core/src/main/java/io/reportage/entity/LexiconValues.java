package io.reportage.entity;

import io.reportage.models.Lexicon;
import java.util.HashMap;
import java.util.Map;

/**
 * A lexicon's phrases and values as a plain hash map keyed by the normalized phrase, for lookups
 * of one already lower-cased token on hot paths ({@link Lexicon#value} normalizes its argument
 * on every call).
 */
final class LexiconValues {
  private LexiconValues() {
  }

  static Map<String, String> of(Lexicon lexicon) {
    Map<String, String> values = new HashMap<>();
    for (String phrase : lexicon.phrases()) {
      values.put(phrase, lexicon.value(phrase));
    }
    return Map.copyOf(values);
  }

  /** The word without one final period ("mr" for "mr."). */
  static String withoutPeriod(String lower) {
    return lower.length() > 1 && lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
