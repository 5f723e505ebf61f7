package io.reportage.robustness;

import io.reportage.Analysis;
import io.reportage.Extractor;

/**
 * Analyses every hostile case at its largest size and prints one line per case: its name and what
 * was found, or {@code OUT OF MEMORY}. Run in a JVM of its own by {@link HostileMemoryTest}, so that
 * the heap limit is the one the promise is made for rather than the test runner's.
 */
public final class AnalyseHostileCases {
  /** Exit status when a case ran out of memory. */
  static final int OUT_OF_MEMORY = 3;

  private AnalyseHostileCases() {
  }

  public static void main(String[] args) {
    Extractor extractor = Extractor.create();
    int status = 0;
    for (HostileCases.Case hostile : HostileCases.ALL) {
      String text = hostile.text().apply(hostile.largest());
      try {
        Analysis analysis = extractor.analyze(text);
        System.out.println(hostile.name() + " analysed: " + analysis.quotes().size() + " quotes, "
            + analysis.entities().size() + " entities");
      } catch (OutOfMemoryError e) {
        System.out.println(hostile.name() + " OUT OF MEMORY");
        status = OUT_OF_MEMORY;
      }
    }
    System.exit(status);
  }
}
