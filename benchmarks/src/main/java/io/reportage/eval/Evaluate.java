package io.reportage.eval;

import java.util.Arrays;

/**
 * The evaluation harnesses, one per corpus under ../shared/corpora. Run from the project root:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.reportage.eval.Evaluate polnear --split dev
 * java -cp benchmarks/target/benchmarks.jar io.reportage.eval.Evaluate conll --split valid [--profile fast|accurate]
 * java -cp benchmarks/target/benchmarks.jar io.reportage.eval.Evaluate m2e2
 * </pre>
 */
public final class Evaluate {
  private Evaluate() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("Usage: Evaluate polnear|conll|m2e2 [options]");
      System.exit(2);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "polnear" -> PolnearEvaluation.main(rest);
      case "conll" -> ConllEvaluation.main(rest);
      case "m2e2" -> M2e2Evaluation.main(rest);
      default -> {
        System.err.println("Unknown corpus " + args[0] + "; expected polnear, conll or m2e2");
        System.exit(2);
      }
    }
  }
}
