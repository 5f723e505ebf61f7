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
 * A passive participle of feeling with "by" ("the voters were angered by the ruling"): the subject
 * holds the attitude and the phrase after "by" is what it is about, unlike an ordinary passive
 * ("the plan was rejected by the board"), whose agent is the source. Sentences written for these tests.
 */
class PassiveFeelingTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      angered by    # Many voters were angered by the ruling on the new water rights.    # the ruling on the new water rights   # Many voters
      impressed by  # Neither candidate was impressed by the governor's budget plan.     # the governor's budget plan          # Neither candidate
      """)
  void theSubjectFeelsAboutTheAgentPhrase(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertNotNull(quote.speakerMention(), construction + ": " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }
}
