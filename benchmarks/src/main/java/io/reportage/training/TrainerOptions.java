package io.reportage.training;

import io.reportage.corpus.Fold;
import java.nio.file.Path;

/**
 * The command-line options the quote-model trainers share: {@code --output FILE},
 * {@code --iterations N}, {@code --cutoff N}, {@code --split NAME} (never the held-out test split),
 * {@code --l1 X} and {@code --l2 X} (the L-BFGS regularisation weights; both 0 trains with GIS),
 * {@code --folds K} (before training on the whole split, score K models each trained without one
 * K-th of its articles on that K-th: a choice of settings made on the training split alone),
 * {@code --holdout i/K} (train without the articles of one {@link Fold}, to score the whole pipeline
 * on them with {@code Evaluate polnear --split train --fold i/K}).
 */
record TrainerOptions(Path output, int iterations, int cutoff, String split, double l1, double l2, int folds, Fold holdout) {
  static final String USAGE = "--output FILE, --iterations N, --cutoff N, --split NAME, --l1 X, --l2 X, --folds K, --holdout i/K";

  TrainerOptions(Path output, int iterations, int cutoff, String split, double l1, double l2) {
    this(output, iterations, cutoff, split, l1, l2, 0, null);
  }

  /** The options given in {@code args}, each one not given taken from {@code defaults}; exits with 2 on an unknown one. */
  static TrainerOptions parse(String[] args, TrainerOptions defaults) {
    Path output = defaults.output;
    int iterations = defaults.iterations;
    int cutoff = defaults.cutoff;
    String split = defaults.split;
    double l1 = defaults.l1;
    double l2 = defaults.l2;
    int folds = defaults.folds;
    Fold holdout = defaults.holdout;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--output" -> output = Path.of(required(args[i], value));
        case "--iterations" -> iterations = Integer.parseInt(required(args[i], value));
        case "--cutoff" -> cutoff = Integer.parseInt(required(args[i], value));
        case "--split" -> split = required(args[i], value);
        case "--l1" -> l1 = Double.parseDouble(required(args[i], value));
        case "--l2" -> l2 = Double.parseDouble(required(args[i], value));
        case "--folds" -> folds = Integer.parseInt(required(args[i], value));
        case "--holdout" -> holdout = Fold.parse(required(args[i], value));
        default -> {
          System.err.println("Unknown option " + args[i] + "; expected " + USAGE);
          System.exit(2);
        }
      }
      i++;
    }
    return new TrainerOptions(output, iterations, cutoff, split, l1, l2, folds, holdout);
  }

  private static String required(String option, String value) {
    if (value == null) {
      System.err.println("Option " + option + " needs a value; expected " + USAGE);
      System.exit(2);
    }
    return value;
  }
}
