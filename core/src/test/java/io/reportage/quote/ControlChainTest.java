package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cue reached through a chain of control or raising verbs and adjectives ("is expected to",
 * "was quick to", "won't be able to") takes the subject before the chain for its speaker, while an
 * "it" that stands for the infinitive ("It is easy to ...") speaks for no one; sentences written
 * for this test.
 */
class ControlChainTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      passive raising     # Mayor Ana Ortiz is expected to endorse the school levy next week.  # the school levy  # Mayor Ana Ortiz
      negated ability     # Councilman Ray Dunn won't be able to brag about the budget.         # the budget       # Councilman Ray Dunn
      aspect verb         # Teachers have begun to question the new schedule.                  # the new schedule # Teachers
      adjective           # The union was quick to denounce the contract.                       # the contract     # The union
      raising + adjective # The county board seems eager to criticize the levy.                # the levy         # The county board
      """)
  void theSubjectBeforeTheChainSpeaks(String construction, String sentence, String content, String speaker) {
    Analysis analysis = analyze(sentence);
    Quote quote = AttributionTest.quote(analysis, content, QuoteKind.INDIRECT);
    assertTrue(quote.speakerMention() != null, construction + ": no speaker");
    assertEquals(speaker, quote.speakerMention().text(), construction);
  }

  @Test
  void aRaisingVerbIsNoCueButItsSubjectSpeaksThroughIt() {
    Analysis analysis = analyze("Mayor Ana Ortiz appeared to blame the county for the delay.");
    Quote quote = AttributionTest.quote(analysis, "the county for the delay", QuoteKind.INDIRECT);
    assertEquals("Ana Ortiz", AttributionTest.speakerName(analysis, quote));
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.cue() != null && q.cue().text().equals("appeared")),
        analysis.quotes().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      listed verb    # It is easy to denounce the contract.
      unlisted verb  # It is hard to criticize the county board.
      """)
  void anItThatStandsForTheInfinitiveSpeaksForNoOne(String construction, String sentence) {
    Analysis analysis = analyze(sentence);
    assertTrue(analysis.quotes().isEmpty(), construction + ": " + analysis.quotes());
  }
}
