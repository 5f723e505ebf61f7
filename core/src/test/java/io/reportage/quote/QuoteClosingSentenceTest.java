package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.reportage.Analysis;
import io.reportage.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quote that ends with its own question or exclamation mark closes a sentence, and the
 * attribution after it ("“...?” Marlow said of the council in March.") opens the next; the
 * attribution reports the quote when the cue introduces nothing of its own. Sentences written for
 * these tests.
 */
class QuoteClosingSentenceTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      question, cue and prepositions  # “Who would stop them now?” Marlow said of the council in March, when the vote failed.  # Who would stop # Marlow
      exclamation, cue and an email   # "The harbor is ours!" Okafor wrote in an email to members of the union.               # The harbor is ours # Okafor
      question, cue during a visit    # “Is this the end of the port?” Petrakis asked during a visit to the docks.            # Is this the end # Petrakis
      question, cue and a day         # “Why now?” Teague said Sunday in Dover as the crowd cheered.                          # Why now # Teague
      """)
  void theAttributionAfterTheClosingMarkReportsTheQuote(String construction, String paragraph, String fragment, String mention) {
    Analysis analysis = analyze("The season ended on Saturday with a third defeat in a row. | " + paragraph);
    Quote quote = quote(analysis, fragment);
    assertNotNull(quote.speakerMention(), construction + ": no speaker for " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }

  @Test
  void aCueWithQuotesOfItsOwnKeepsThem() {
    Analysis analysis = analyze("The season ended on Saturday. | Marlow mocked the mayor with a nickname, \"Slow Sam.\" "
        + "Marlow called the mayor a \"coward\" and \"a disgrace.\"");
    Quote coward = quote(analysis, "coward");
    assertNotNull(coward.speakerMention(), "no speaker for " + coward);
    assertEquals("Marlow", coward.speakerMention().text());
  }
}
