package io.reportage.entity;

import java.util.function.Predicate;

/** English plural nouns back to the singular a lexicon lists ("secretaries", "spokesmen", "witnesses"). */
final class Plurals {
  private Plurals() {
  }

  /**
   * The singular of {@code lower} that {@code known} accepts, or null when the word is not a plural
   * of a known word. Tries, in order: -men to -man, -ies to -y, -es and -s dropped.
   */
  static String singular(String lower, Predicate<String> known) {
    int n = lower.length();
    if (n < 3 || lower.charAt(n - 1) != 's') {
      if (n > 3 && lower.endsWith("men")) {
        String man = lower.substring(0, n - 3) + "man";
        return known.test(man) ? man : null;
      }
      return null;
    }
    if (lower.endsWith("ies")) {
      String y = lower.substring(0, n - 3) + "y";
      if (known.test(y)) {
        return y;
      }
    }
    if (lower.endsWith("es")) {
      String es = lower.substring(0, n - 2);
      if (known.test(es)) {
        return es;
      }
    }
    String s = lower.substring(0, n - 1);
    return known.test(s) ? s : null;
  }
}
