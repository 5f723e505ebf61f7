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
 * exact-span F1 over PER, ORG and LOC. For model experiments; the pipeline's figures come from
 * {@code Evaluate conll}.
 */
record TokenLevelScore(int truePositives, int falsePositives, int falseNegatives, double tokensPerSecond) {
  static TokenLevelScore of(NameFinderModel model, List<Conll2003.Doc> docs) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
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
        if (goldNames.contains(name)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (Conll2003.Name name : goldNames) {
        if (!found.contains(name)) {
          fn++;
        }
      }
    }
    return new TokenLevelScore(tp, fp, fn, tokens / (nanos / 1e9));
  }

  private static Set<Conll2003.Name> scored(List<Conll2003.Name> names) {
    Set<Conll2003.Name> kept = new HashSet<>();
    for (Conll2003.Name name : names) {
      if (!name.type().equals("MISC")) {
        kept.add(name);
      }
    }
    return kept;
  }

  @Override
  public String toString() {
    double p = (double) truePositives / (truePositives + falsePositives);
    double r = (double) truePositives / (truePositives + falseNegatives);
    return String.format(Locale.ROOT, "valid (CoNLL tokens): P %.4f R %.4f F1 %.4f (tp %d fp %d fn %d), %.0f tokens/s",
        p, r, 2 * p * r / (p + r), truePositives, falsePositives, falseNegatives, tokensPerSecond);
  }
}
