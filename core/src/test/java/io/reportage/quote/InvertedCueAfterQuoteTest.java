package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.reportage.Analysis;
import io.reportage.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A direct quote followed by its cue in the present tense, often inverted, with a bare surname or a
 * name and its appositive for the speaker ("“...,” insists Smith.", "“...,” adds Jones, the coach."),
 * and a name followed by a past the tagger misreads ("“...,” Smith tweeted."). Sentences written
 * for these tests, each after a paragraph that names nobody, so that the surname is its first
 * mention.
 */
class InvertedCueAfterQuoteTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      insists and a bare surname          # “We played badly and we know it,” insists Okafor.                     # We played badly # Okafor
      straight marks, insists             # "We played badly and we know it," insists Okafor.                     # We played badly # Okafor
      adds and an appositive              # “We will be back next year,” adds Dunmore, the club's coach.          # We will be back # Dunmore
      straight marks, adds and appositive # "We will be back next year," adds Dunmore, the club's coach.          # We will be back # Dunmore
      says and a bare surname             # "The budget is not balanced," says Petrakis.                          # The budget is not # Petrakis
      notes and a long appositive         # "Nobody called us about the spill," notes Halvorsen, a spokeswoman for the port. # Nobody called us # Halvorsen
      warns and a bare surname            # "The repairs will take years," warns Teague.                          # The repairs will # Teague
      name then a past the tagger misses  # "The count is wrong and everyone knows it," Marlow tweeted on Sunday.  # The count is wrong # Marlow
      name then a present, clause ends    # "The count is wrong," Marlow insists.                                 # The count is wrong # Marlow
      """)
  void theNameAfterTheQuoteSpeaks(String construction, String paragraph, String fragment, String mention) {
    Analysis analysis = analyze("The season ended on Saturday with a third defeat in a row. | " + paragraph);
    Quote quote = quote(analysis, fragment);
    assertNotNull(quote.speakerMention(), construction + ": no speaker for " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
    assertNotNull(quote.speaker(), construction + ": the mention is no entity in " + quote);
  }
}
