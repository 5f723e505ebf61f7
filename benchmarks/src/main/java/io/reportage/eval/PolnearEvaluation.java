package io.reportage.eval;

/** Evaluation on Polnear: being written (see its issue). */
public final class PolnearEvaluation {
  private PolnearEvaluation() {
  }

  public static void main(String[] args) {
    throw new UnsupportedOperationException("The Polnear evaluation is not written yet");
  }
}
