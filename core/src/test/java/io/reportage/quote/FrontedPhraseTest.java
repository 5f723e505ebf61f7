package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A prepositional phrase that opens the sentence sets the scene; a clause there may be what is said. */
class FrontedPhraseTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @Test
  void aFrontedPhraseIsNeverTheContent() {
    Analysis analysis = analyze("At the rally in Dayton, the governor complained.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().contains("Dayton")),
        () -> "the place is not what was said: " + analysis.quotes());
  }

  @Test
  void theObjectAfterTheCueIsTheContentInstead() {
    Quote quote = quote(analyze("Across the river, the mayor warned about flooding."), "flooding", QuoteKind.INDIRECT);
    assertEquals("the mayor", quote.speakerMention().text());
  }

  @Test
  void aFrontedClauseStaysTheContent() {
    Quote quote = quote(analyze("If elected, I will fix the roads, the mayor said."), "I will fix the roads", QuoteKind.INDIRECT);
    assertEquals("the mayor", quote.speakerMention().text());
  }
}
