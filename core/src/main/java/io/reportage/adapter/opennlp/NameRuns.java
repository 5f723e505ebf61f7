package io.reportage.adapter.opennlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs of capitalised words in a document and what they say about each word, for the name finder's
 * {@link NameFeatures.Group#NAME_RUNS} and {@link NameFeatures.Group#DOCUMENT_MENTIONS} features. A
 * run is a longest sequence of words written with a capital in a mixed-case sentence; it is not
 * joined across "of", which would make one run of "Maria Brandt of Kestrel Holdings". Computed once
 * per document; the feature values are shared constants, so scoring a token allocates nothing.
 */
final class NameRuns {
  /** The class of a word in a run, by the frozen gazetteers. */
  private static final String[] CLASSES = {"org", "given", "nat", "place", "cap"};
  private static final int ORG = 0;
  private static final int GIVEN = 1;
  private static final int NAT = 2;
  private static final int PLACE = 3;
  private static final int CAP = 4;
  /** Position of a word in a run of two or more. */
  private static final String[] POSITIONS = {"B", "I", "E"};

  /** What the document's runs say about a word wherever it occurs, one bit each. */
  private static final String[] MENTION_FLAGS = {"given-before", "in-org", "multi", "alone", "first-of-multi"};
  private static final int AFTER_GIVEN = 1;
  private static final int IN_ORG = 2;
  private static final int MULTI = 4;
  private static final int ALONE = 8;
  private static final int FIRST = 16;
  /** The feature values of each combination of flags, made once. */
  private static final String[][] MENTION_TAGS = new String[32][];

  static {
    for (int bits = 0; bits < MENTION_TAGS.length; bits++) {
      int count = Integer.bitCount(bits);
      String[] tags = new String[count + (count > 1 ? 1 : 0)];
      int n = 0;
      StringBuilder all = new StringBuilder();
      for (int f = 0; f < MENTION_FLAGS.length; f++) {
        if ((bits & (1 << f)) != 0) {
          tags[n++] = MENTION_FLAGS[f];
          all.append(all.length() == 0 ? "" : "+").append(MENTION_FLAGS[f]);
        }
      }
      if (count > 1) {
        tags[n] = all.toString().toLowerCase(Locale.ROOT);
      }
      MENTION_TAGS[bits] = tags;
    }
  }

  /** Per token: the class of its run's first and last word, and its position; null outside runs of two or more. */
  final String[] runFirst;
  final String[] runLast;
  final String[] runPosition;
  /** Per token written with a capital: what the runs of the whole document say of its word, or null. */
  final String[][] mentions;

  NameRuns(String[] words, String[] lowers, int[] sentenceStarts, boolean[] capsSentence,
      NameFeatures.Gazetteers gazetteers) {
    int n = words.length;
    runFirst = new String[n];
    runLast = new String[n];
    runPosition = new String[n];
    mentions = new String[n][];
    Map<String, Integer> flags = new HashMap<>();
    for (int s = 0; s < capsSentence.length; s++) {
      if (capsSentence[s]) {
        continue;
      }
      int end = sentenceStarts[s + 1];
      int i = sentenceStarts[s];
      while (i < end) {
        if (!NameFeatures.capitalized(words[i])) {
          i++;
          continue;
        }
        int last = i;
        while (last + 1 < end && NameFeatures.capitalized(words[last + 1])) {
          last++;
        }
        mark(words, lowers, i, last, i == sentenceStarts[s], gazetteers, flags);
        i = last + 1;
      }
    }
    for (int t = 0; t < n; t++) {
      Integer bits = NameFeatures.capitalized(words[t]) ? flags.get(lowers[t]) : null;
      if (bits != null && bits != 0) {
        mentions[t] = MENTION_TAGS[bits];
      }
    }
  }

  private void mark(String[] words, String[] lowers, int from, int last, boolean sentenceStart,
      NameFeatures.Gazetteers gazetteers, Map<String, Integer> flags) {
    if (last == from) {
      if (!sentenceStart) {
        flags.merge(lowers[from], ALONE, (a, b) -> a | b);
      }
      return;
    }
    int firstClass = classOf(lowers[from], gazetteers);
    int lastClass = classOf(lowers[last], gazetteers);
    for (int t = from; t <= last; t++) {
      runFirst[t] = CLASSES[firstClass];
      runLast[t] = CLASSES[lastClass];
      runPosition[t] = POSITIONS[t == from ? 0 : t == last ? 2 : 1];
      int bits = MULTI;
      if (t == from) {
        bits |= FIRST;
      }
      if (t > from && firstClass == GIVEN) {
        bits |= AFTER_GIVEN;
      }
      if (t < last && lastClass == ORG) {
        bits |= IN_ORG;
      }
      flags.merge(lowers[t], bits, (a, b) -> a | b);
    }
  }

  private static int classOf(String lower, NameFeatures.Gazetteers gazetteers) {
    if (gazetteers.organizationWords().containsToken(lower)) {
      return ORG;
    }
    if (gazetteers.givenNames().containsToken(lower)) {
      return GIVEN;
    }
    if (gazetteers.nationalities().containsToken(lower)) {
      return NAT;
    }
    if (gazetteers.places().containsToken(lower)) {
      return PLACE;
    }
    return CAP;
  }
}
