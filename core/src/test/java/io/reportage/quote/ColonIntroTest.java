package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A paragraph that ends with a colon after an attribution hands the quoted paragraph after it to
 * that attribution's speaker ({@code colon-intro}), also when the cue does not stand right before
 * the colon. Sentences written for these tests.
 */
class ColonIntroTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      cue right before the colon        # Mayor Ana Ortiz said:                                                        # Ortiz
      as-clause, then the writer's words # As Mayor Ana Ortiz wrote in her letter to the council, the choice was plain: # Ortiz
      cue then its object                # Mayor Ana Ortiz released the following statement on Monday:                 # Ortiz
      """)
  void theQuotedParagraphAfterTheColonIsTheSpeakers(String construction, String intro, String surname) {
    Analysis analysis = analyze("The ferry to the island stopped running in May. | " + intro
        + " | “We cannot leave the islanders without a boat for another winter. The harbor board will decide by Friday.”");
    Quote quote = quote(analysis, "without a boat");
    assertNotNull(quote.speakerMention(), construction + ": no speaker for " + quote);
    assertEquals("colon-intro", quote.rule(), construction);
    assertTrue(quote.speakerMention().text().endsWith(surname), construction + ": " + quote.speakerMention().text());
  }

  @Test
  void aColonAfterASentenceWithoutAttributionHandsNothingOver() {
    Analysis analysis = analyze("The ferry to the island stopped running in May. | The sign on the pier was short:"
        + " | “No boats until further notice. Ask at the harbor office.”");
    Quote quote = quote(analysis, "No boats");
    assertNull(quote.speakerMention(), "no one spoke the sign: " + quote);
  }
}
