package io.reportage.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The hostile texts at their full size (a 1 MB sentence, 100,000 quotation marks, a 4 MB token,
 * 10,000 nested parentheses, 4 MB of a repeated said-clause) are analysed within a 512 MB heap, in a
 * JVM of their own. Their time is measured by {@code HostileScaling} in the benchmarks, not here.
 */
class HostileMemoryTest {
  private static final String HEAP = "-Xmx512m";

  @Test
  void everyHostileCaseIsAnalysedWithinHalfAGigabyte() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
        AnalyseHostileCases.class.getName())
        .redirectErrorStream(true)
        .start();
    List<String> lines = new ArrayList<>();
    try (var reader = child.inputReader(StandardCharsets.UTF_8)) {
      reader.lines().forEach(lines::add);
    }
    // A guard against a hang, not a measurement: the cases take seconds.
    assertTrue(child.waitFor(10, TimeUnit.MINUTES), "the hostile cases did not finish in ten minutes");
    String output = String.join("\n", lines);
    assertEquals(0, child.exitValue(), "analysing the hostile cases in " + HEAP + " failed:\n" + output);
    for (HostileCases.Case hostile : HostileCases.ALL) {
      assertTrue(lines.stream().anyMatch(line -> line.startsWith(hostile.name() + " analysed: ")),
          hostile.name() + " was not analysed:\n" + output);
    }
  }
}
