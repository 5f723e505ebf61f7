package io.reportage.quote;

import java.util.HashSet;
import java.util.Set;

/**
 * Named variants of the closed-class sets of {@link io.reportage.text.English}, for rules that read
 * a little more or a little less than the canonical set.
 */
final class WordSets {
  private WordSets() {
  }

  /** The words of all {@code sets}. */
  @SafeVarargs
  static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  /** {@code set} without {@code words}, each of which it must hold (so that a renamed entry is noticed). */
  static Set<String> without(Set<String> set, String... words) {
    Set<String> rest = new HashSet<>(set);
    for (String word : words) {
      if (!rest.remove(word)) {
        throw new IllegalArgumentException("\"" + word + "\" is not in " + set);
      }
    }
    return Set.copyOf(rest);
  }
}
