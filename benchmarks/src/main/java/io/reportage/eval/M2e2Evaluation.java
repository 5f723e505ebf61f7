package io.reportage.eval;

/** Evaluation on M2e2: being written (see its issue). */
public final class M2e2Evaluation {
  private M2e2Evaluation() {
  }

  public static void main(String[] args) {
    throw new UnsupportedOperationException("The M2e2 evaluation is not written yet");
  }
}
