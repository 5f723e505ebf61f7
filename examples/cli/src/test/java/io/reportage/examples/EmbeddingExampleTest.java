package io.reportage.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void theExampleRunsOnAnExampleArticleAndPrintsWhatItFound() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      EmbeddingExample.main(new String[] {"../articles/ceasefire-call.txt"});
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("Headline: Leaders agree to meet as ceasefire talks resume"), out);
    assertTrue(out.contains("characters of JSON"), out);
  }
}
