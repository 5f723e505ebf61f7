package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An inverted cue ("..., said Ann Lee, ...") whose speaker carries a long appositive closed by a
 * relative clause: the appositive runs to the end of the sentence, and what is reported is the
 * clause before the cue, on sentences written for these tests.
 */
class LongAppositiveTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      relative clause with object   # Budget cuts drove the two stations off most of the networks that carried them in 2005, said Jeffrey N. Trimble, a senior official with the national board of governors that oversees them. # Budget cuts drove the two stations off most of the networks that carried them in 2005 # Jeffrey N. Trimble
      who clause closing            # The new bridge will open to traffic in the spring of next year, said Ana Ortiz, the chief engineer of the regional transport agency who has led the project. # The new bridge will open to traffic in the spring of next year # Ana Ortiz
      short appositive still works  # The new bridge will open in May, said Ana Ortiz, the chief engineer. # The new bridge will open in May # Ana Ortiz
      """)
  void reportsTheClauseBeforeTheInvertedCue(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertNotNull(quote.speakerMention(), construction + ": " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }
}
