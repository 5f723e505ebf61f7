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
 * A passive question cue with its agent ("was asked by a reporter whether ..."): the agent asked,
 * and what is attributed is the question after the agent, not the person asked. Sentences written
 * for these tests.
 */
class PassiveQuestionTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      asked whether   # Mayor Ana Ortiz was asked by a reporter whether she would run again.     # whether she would run again     # a reporter
      asked if        # Mayor Ana Ortiz was asked by a local reporter if she would run again.    # if she would run again          # a local reporter
      pressed about   # The senator was pressed by the radio host about his votes on the budget. # about his votes on the budget   # the radio host
      """)
  void theQuestionAfterTheAgentIsWhatIsAttributed(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertNotNull(quote.speakerMention(), construction + ": " + quote);
    assertEquals(mention, quote.speakerMention().text(), construction);
  }
}
