package io.reportage.fuzz;

import io.reportage.Analysis;
import io.reportage.Extractor;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

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
 * The largest size of each case is the one named below; {@code --steps} sizes halve down from it.
 * Parentheses are nested with words and spaces between them, as a run of the same punctuation
 * mark is one token.
 */
public final class HostileScaling {
  /** A hard text of a given size, and that size in the case's own unit. */
  private record Case(String name, String unit, int largest, IntFunction<String> text) {
  }

  private static final List<Case> CASES = List.of(
      new Case("sentence-without-full-stop", "chars", 1 << 20, HostileScaling::sentenceWithoutFullStop),
      new Case("alternating-quotation-marks", "marks", 100_000, HostileScaling::alternatingMarks),
      new Case("one-long-token", "chars", 4 << 20, size -> "a".repeat(size)),
      new Case("nested-parentheses", "levels", 10_000,
          depth -> "(the aide said ".repeat(depth) + "the minister" + " )".repeat(depth)),
      new Case("repeated-said-clause", "chars", 4 << 20, size -> repeatTo("\"a,\" he said, ", size)));

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
    for (Case c : CASES) {
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

  /** Words of news writing, commas and clauses, and never a full stop. */
  private static String sentenceWithoutFullStop(int size) {
    return repeatTo("the council said on Monday that the budget for the libraries would rise, and Ana Ortiz "
        + "told reporters that the union would not accept cuts ", size);
  }

  /** Opening and closing marks in turn with a word between: “ said ” said “ said ” ... */
  private static String alternatingMarks(int marks) {
    StringBuilder text = new StringBuilder(marks * 7);
    for (int i = 0; i < marks; i++) {
      text.append(i % 2 == 0 ? "“" : "”").append("said ");
    }
    return text.toString();
  }

  private static String repeatTo(String unit, int size) {
    StringBuilder text = new StringBuilder(size + unit.length());
    while (text.length() < size) {
      text.append(unit);
    }
    return text.substring(0, size);
  }
}
