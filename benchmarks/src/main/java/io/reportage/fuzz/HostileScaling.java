package io.reportage.fuzz;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.robustness.HostileCases;
import java.util.Locale;

/**
 * Time and memory on texts built to be hard: each case at doubling sizes, printing the time (the
 * fastest of up to three analyses, as long as they take under ten seconds together), the ratio to
 * the previous size (about 2 when linear) and the heap in use after.
 * A ratio well above 2 at the larger sizes means a super-linear step; an OutOfMemoryError is
 * reported as such and the next case runs.
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.reportage.fuzz.HostileScaling [--steps 5] [--case NAME]
 * </pre>
 *
 * The cases are {@link HostileCases#ALL}; {@code --steps} sizes halve down from each one's largest.
 */
public final class HostileScaling {
  /** Analyses per size at most; the time printed is the fastest. */
  private static final int RUNS = 3;
  private static final long TEN_SECONDS = 10_000_000_000L;

  private HostileScaling() {
  }

  public static void main(String[] args) {
    int steps = 5;
    String only = null;
    for (int a = 0; a + 1 < args.length; a += 2) {
      switch (args[a]) {
        case "--steps" -> steps = Integer.parseInt(args[a + 1]);
        case "--case" -> only = args[a + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[a] + "; options: --steps N --case NAME");
      }
    }
    Extractor extractor = Extractor.create();
    extractor.analyze("Warm-up: “We will,” the mayor said on Monday.");
    System.out.printf("max heap %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    System.out.printf("%-28s %10s %10s %7s %9s %s%n", "case", "size", "ms", "ratio", "heap MB", "result");
    for (HostileCases.Case c : HostileCases.ALL) {
      if (only != null && !only.equals(c.name())) {
        continue;
      }
      double previous = Double.NaN;
      for (int step = steps - 1; step >= 0; step--) {
        int size = c.largest() >> step;
        String text = c.text().apply(size);
        String result = null;
        double ms = Double.MAX_VALUE;
        // The fastest of a few runs (while they take under ten seconds together): other processes
        // on a busy machine slow single runs, never speed them up.
        long spent = 0;
        for (int run = 0; run < RUNS && spent < TEN_SECONDS; run++) {
          long start = System.nanoTime();
          boolean failed = false;
          try {
            Analysis analysis = extractor.analyze(text);
            result = analysis.quotes().size() + " quotes, " + analysis.entities().size() + " entities";
          } catch (OutOfMemoryError e) {
            result = "OUT OF MEMORY";
            failed = true;
          } catch (RuntimeException e) {
            result = "FAILED: " + e;
            failed = true;
          }
          long took = System.nanoTime() - start;
          spent += took;
          ms = Math.min(ms, took / 1e6);
          if (failed) {
            break;
          }
        }
        text = null;
        System.gc();
        long heap = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "%-28s %,10d %,10.0f %7s %9d %s%n", c.name(), size, ms,
            Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.2f", ms / previous), heap, result);
        previous = ms;
      }
    }
  }
}
