package io.reportage.training;

import io.reportage.adapter.opennlp.NameFeatures;
import io.reportage.adapter.opennlp.NameFinderModel;
import io.reportage.corpus.Conll2003;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A quick score of a name-finder model on CoNLL documents with CoNLL's own tokens and sentences:
 * exact-span F1 over PER, ORG and LOC, pooled and per type. For model experiments; the pipeline's
 * figures come from {@code Evaluate conll}.
 *
 * @param counts true positives, false positives and false negatives of PER, ORG and LOC, in that order
 */
record TokenLevelScore(int[][] counts, long tokens, long nanos) {
  private static final List<String> TYPES = List.of("PER", "ORG", "LOC");

  static TokenLevelScore of(NameFinderModel model, List<Conll2003.Doc> docs) {
    int[][] counts = new int[TYPES.size()][3];
    long tokens = 0;
    long nanos = 0;
    for (Conll2003.Doc doc : docs) {
      List<String[]> sentences = new ArrayList<>();
      List<String> gold = new ArrayList<>();
      for (Conll2003.Sentence sentence : doc.sentences()) {
        sentences.add(sentence.tokens().toArray(String[]::new));
        gold.addAll(sentence.tags());
      }
      long started = System.nanoTime();
      int[] labels = model.decode(model.features().prepare(sentences));
      nanos += System.nanoTime() - started;
      tokens += labels.length;
      List<String> predicted = new ArrayList<>();
      for (int label : labels) {
        predicted.add(NameFeatures.LABELS.get(label));
      }
      Set<Conll2003.Name> goldNames = scored(Conll2003.namesOf(gold));
      Set<Conll2003.Name> found = scored(Conll2003.namesOf(predicted));
      for (Conll2003.Name name : found) {
        counts[TYPES.indexOf(name.type())][goldNames.contains(name) ? 0 : 1]++;
      }
      for (Conll2003.Name name : goldNames) {
        if (!found.contains(name)) {
          counts[TYPES.indexOf(name.type())][2]++;
        }
      }
    }
    return new TokenLevelScore(counts, tokens, nanos);
  }

  private static Set<Conll2003.Name> scored(List<Conll2003.Name> names) {
    Set<Conll2003.Name> kept = new HashSet<>();
    for (Conll2003.Name name : names) {
      if (TYPES.contains(name.type())) {
        kept.add(name);
      }
    }
    return kept;
  }

  /** The counts of both scores added, as if scored at once. */
  TokenLevelScore plus(TokenLevelScore other) {
    int[][] sum = new int[TYPES.size()][3];
    for (int t = 0; t < sum.length; t++) {
      for (int k = 0; k < 3; k++) {
        sum[t][k] = counts[t][k] + other.counts[t][k];
      }
    }
    return new TokenLevelScore(sum, tokens + other.tokens, nanos + other.nanos);
  }

  /** The figures, introduced by {@code what} ("valid", "held-out"). */
  String describe(String what) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    StringBuilder types = new StringBuilder();
    for (int t = 0; t < TYPES.size(); t++) {
      tp += counts[t][0];
      fp += counts[t][1];
      fn += counts[t][2];
      types.append(String.format(Locale.ROOT, " %s %.4f", TYPES.get(t), f1(counts[t][0], counts[t][1], counts[t][2])));
    }
    return String.format(Locale.ROOT, "%s (CoNLL tokens): P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d);%s; %.0f tokens/s",
        what, (double) tp / (tp + fp), (double) tp / (tp + fn), f1(tp, fp, fn), tp, fp, fn, types, tokens / (nanos / 1e9));
  }

  private static double f1(int tp, int fp, int fn) {
    return 2.0 * tp / (2.0 * tp + fp + fn);
  }

  @Override
  public String toString() {
    return describe("valid");
  }
}
