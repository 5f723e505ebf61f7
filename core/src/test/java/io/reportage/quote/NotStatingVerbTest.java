package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Raising verbs ("seems to") and verbs of effort ("tried to") are no cues, whatever the cue model
 * thinks of them, while verbs outside the lists that do state something still are; sentences
 * written for this test.
 */
class NotStatingVerbTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  private static Analysis analyze(String paragraphs) {
    return extractor.analyze("Town news of the week\n\n" + paragraphs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      raising, infinitive  # Mayor Ana Ortiz seems to favor the new levy on water.          # seems
      raising, adjective   # The governor, Ray Dunn, appeared reluctant to sign the budget bill.  # appeared
      raising, habit       # Ana Ortiz tends to vote with the majority on the council.      # tends
      effort               # Councilman Ray Dunn tried to delay the vote on the library budget.  # tried
      """)
  void aVerbThatStatesNothingIsNoCue(String construction, String sentence, String verb) {
    Analysis analysis = analyze(sentence);
    for (Quote quote : analysis.quotes()) {
      assertTrue(quote.cue() == null || !quote.cue().text().equals(verb), construction + ": " + quote);
    }
  }

  @Test
  void aCueAfterARaisingVerbInTheSameSentenceStillCounts() {
    Analysis analysis = analyze("Ana Ortiz appeared on a morning show and said that the levy is fair.");
    Quote quote = AttributionTest.quote(analysis, "the levy is fair", QuoteKind.INDIRECT);
    assertEquals("Ana Ortiz", AttributionTest.speakerName(analysis, quote));
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().contains("morning show")), analysis.quotes().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      refusal  # Ana Ortiz refused to sign the budget bill.   # to sign the budget bill
      attack   # Ray Dunn attacked the mayor for the delay.   # the mayor for the delay
      """)
  void aStanceVerbOutsideTheListsStillAttributes(String construction, String sentence, String content) {
    Analysis analysis = analyze(sentence);
    Quote quote = AttributionTest.quote(analysis, content, QuoteKind.INDIRECT);
    assertTrue(AttributionTest.speakerName(analysis, quote) != null, construction);
  }
}
