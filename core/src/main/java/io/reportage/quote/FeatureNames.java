package io.reportage.quote;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Feature names over small, closed sets of values ("pos=VERB", "rule+kind=according-to+MIXED"),
 * made once and then reused: the models read thousands of them per article, and building each
 * anew was the better part of attribution's cost. Only closed vocabularies go through here (tags,
 * kinds, rule names, buckets), so the cache stays small; words are concatenated as they come.
 * Thread-safe.
 */
final class FeatureNames {
  private static final int MAX_VALUES_PER_PREFIX = 4096;
  private static final Map<String, Map<String, String>> NAMES = new ConcurrentHashMap<>();

  private FeatureNames() {
  }

  /** {@code prefix + value}, shared. */
  static String of(String prefix, String value) {
    Map<String, String> values = NAMES.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
    String name = values.get(value);
    if (name == null) {
      name = prefix + value;
      if (values.size() < MAX_VALUES_PER_PREFIX) {
        values.putIfAbsent(value, name);
      }
    }
    return name;
  }

  private static final Map<String, Map<String, Map<String, String>>> PAIRS = new ConcurrentHashMap<>();

  /** {@code prefix + first + "+" + second}, shared. */
  static String of(String prefix, String first, String second) {
    Map<String, Map<String, String>> firsts = PAIRS.computeIfAbsent(prefix, p -> new ConcurrentHashMap<>());
    Map<String, String> seconds = firsts.get(first);
    if (seconds == null) {
      if (firsts.size() >= MAX_VALUES_PER_PREFIX) {
        return prefix + first + "+" + second;
      }
      seconds = firsts.computeIfAbsent(first, f -> new ConcurrentHashMap<>());
    }
    String name = seconds.get(second);
    if (name == null) {
      name = prefix + first + "+" + second;
      if (seconds.size() < MAX_VALUES_PER_PREFIX) {
        seconds.putIfAbsent(second, name);
      }
    }
    return name;
  }
}
