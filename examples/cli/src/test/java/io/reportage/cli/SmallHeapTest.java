package io.reportage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default profile runs with a 512 MB heap: the command line, in a JVM of its own started with
 * -Xmx512m, analyses every example article (and the seed article when ../shared is present), and a
 * 10 MB article.
 */
class SmallHeapTest {
  @TempDir
  Path temp;

  @Test
  void theDefaultProfileAnalysesTheExampleArticlesWithA512MegabyteHeap() throws Exception {
    List<String> inputs = new java.util.ArrayList<>(List.of("../articles"));
    Path seed = Path.of(System.getProperty("reportage.shared", "../shared"), "examples", "kremlin-summit.txt");
    if (Files.isRegularFile(seed)) {
      inputs.add(seed.toString());
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp",
        System.getProperty("java.class.path"), ReportageCli.class.getName(), "--format", "jsonl"));
    command.addAll(inputs);
    Path out = temp.resolve("out.jsonl");
    Path err = temp.resolve("err.txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the command finished");
    String errors = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "exit code; standard error:\n" + errors);
    long articles = Files.list(Path.of("../articles")).filter(p -> p.toString().endsWith(".txt")).count();
    assertEquals(articles + inputs.size() - 1, Files.readAllLines(out, StandardCharsets.UTF_8).size());
    assertTrue(!errors.contains("OutOfMemoryError") && !errors.contains("Failed to load class"), errors);
  }

  /** A 10 MB article (the example stories, repeated) and its JSON, some 80 MB, stream through 512 MB. */
  @Test
  void aTenMegabyteArticleRunsWithA512MegabyteHeap() throws Exception {
    StringBuilder stories = new StringBuilder();
    try (var files = Files.list(Path.of("../articles"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt") && !p.toString().contains("boilerplate")).sorted()
          .toList()) {
        stories.append(Files.readString(file, StandardCharsets.UTF_8)).append("\n\n");
      }
    }
    Path big = temp.resolve("big.txt");
    StringBuilder text = new StringBuilder(11 << 20);
    while (text.length() < 10 << 20) {
      text.append(stories);
    }
    Files.writeString(big, text, StandardCharsets.UTF_8);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path out = temp.resolve("big.jsonl");
    Path err = temp.resolve("big-err.txt");
    Process process = new ProcessBuilder(java, "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp",
        System.getProperty("java.class.path"), ReportageCli.class.getName(), "--format", "jsonl", big.toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the command finished");
    assertEquals(0, process.exitValue(), "exit code; standard error:\n" + Files.readString(err, StandardCharsets.UTF_8));
    assertTrue(Files.size(out) > Files.size(big), "the JSON of every entity, quote and event was written");
  }
}
