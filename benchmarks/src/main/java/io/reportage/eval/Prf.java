package io.reportage.eval;

import java.util.Locale;

/**
 * Counts for precision, recall and F1: {@code right} predictions of {@code predicted}, and
 * {@code found} of {@code gold} items found (equal to {@code right} for one-to-one matching).
 */
public record Prf(int right, int predicted, int found, int gold) {
  public static Prf oneToOne(int right, int predicted, int gold) {
    return new Prf(right, predicted, right, gold);
  }

  public double precision() {
    return predicted == 0 ? 0 : (double) right / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) found / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f",
        precision(), right, predicted, recall(), found, gold, f1());
  }
}
