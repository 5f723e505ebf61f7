package io.reportage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smallest texts that once made a stage throw, each named by what it has that a rule did not expect.
 * Every one must give an analysis whose parts tile the text.
 */
class ShrunkInputRegressionTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  @Test
  void aLowerCaseWordAfterAMonthIsNoSubject() {
    // The subject search walked back from "August" over "In" to the sentence's first token and then
    // asked for the tag of the token before it.
    assertAnalysed("In August ted");
  }

  private static void assertAnalysed(String text) {
    Analysis analysis = assertDoesNotThrow(() -> extractor.analyze(text));
    int covered = analysis.body().end() - analysis.body().start();
    if (analysis.headline() != null) {
      covered += analysis.headline().end() - analysis.headline().start();
    }
    for (Boilerplate part : analysis.boilerplate()) {
      covered += part.end() - part.start();
    }
    assertEquals(text.length(), covered, "headline, body and boilerplate cover the text");
  }
}
