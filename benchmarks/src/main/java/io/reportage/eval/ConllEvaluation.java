package io.reportage.eval;

/** Evaluation on Conll: being written (see its issue). */
public final class ConllEvaluation {
  private ConllEvaluation() {
  }

  public static void main(String[] args) {
    throw new UnsupportedOperationException("The Conll evaluation is not written yet");
  }
}
