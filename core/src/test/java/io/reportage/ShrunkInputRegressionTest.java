package io.reportage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.robustness.AnalysisInvariants;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smallest texts that once broke a property of the analysis ({@link AnalysisInvariants}), each named
 * by what it has that a rule did not expect. Found by {@link TextPropertiesTest} and by the fuzzer
 * in benchmarks, which print such test methods ready to paste here.
 */
class ShrunkInputRegressionTest {
  private static AnalysisInvariants invariants;

  @BeforeAll
  static void build() {
    invariants = new AnalysisInvariants(Extractor.create());
  }

  @Test
  void aLowerCaseWordAfterAMonthIsNoSubject() {
    // The subject search walked back from "August" over "In" to the sentence's first token and then
    // asked for the tag of the token before it.
    assertAllPropertiesHold("In August ted");
  }

  @Test
  void aNumberAfterAPrepositionThatOpensTheSentenceIsNoSubject() {
    // The same walk from a number: found again by the fuzzer when the fix above was taken out.
    assertAllPropertiesHold("in 0 told");
  }

  @Test
  void aTranscriptLabelIsNotPartOfTheStatementReportedInItsLine() {
    // "Q:" made the second line a transcript turn, a direct quote from after the label; the statement
    // "told" reports began on the label and so crossed the edge of that quote.
    assertAllPropertiesHold(".\nQ:e\u201C.\u201Dtold r\u2029Q:b");
  }

  @Test
  void aNounBeforeAModifyingPrepositionAtTheSentenceStartHeadsThePhrase() {
    // "FR" (tagged ADJ) before "to" admitted the phrase as a noun, but the head was then taken as the
    // noun before an adjective: the token before the first one.
    assertAllPropertiesHold("FR to R read");
  }

  @Test
  void aQuoteOpenedBeforeATranscriptLabelKeepsTheStatementAfterIt() {
    // "»Q:`" is a quote that opens before the label and closes after it; the statement that starts
    // after the label began inside that quote and crossed its edge.
    assertAllPropertiesHold("Q:?\n\u00BBQ:`\u201Ch\u201Dsaid z,e");
  }

  @Test
  void aStatementAfterACueInsideATitleQuoteStartsAfterThatQuote() {
    // "\u201F...\"" is read as a title (not speech), so the attribution stage did not index it; the
    // statement after "said:" began on its closing mark and crossed its edge.
    assertAllPropertiesHold("G\u201F\u034Fsaid:\"A``");
  }

  private static void assertAllPropertiesHold(String text) {
    assertEquals(List.of(), invariants.check(text), () -> "for " + text);
  }
}
