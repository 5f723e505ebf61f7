package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static io.reportage.quote.AttributionTest.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Verbs of reference take what they speak of after "to"; after a comma they borrow the clause's speaker. */
class ReferenceCueTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      participle after a quote  # “It will pass,” Ana Ortiz said, referring to the harbor bill.           # the harbor bill     # referring to  # Ana Ortiz
      participle after a clause # Ana Ortiz said the timing was poor, referring to the two new piers.    # the two new piers   # referring to  # Ana Ortiz
      main verb                 # Ana Ortiz pointed to the budget of the ferry service.                  # the budget          # pointed to    # Ana Ortiz
      """)
  void whatIsReferredToIsTheContent(String what, String paragraph, String content, String cue, String speaker) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(cue, quote.cue().text(), what);
    assertEquals(speaker, speakerName(analysis, quote), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      declined        # The harbor office declined to comment.                     # to comment
      refused on      # Ana Ortiz refused to comment on the audit of the ferry.     # to comment on the audit of the ferry
      """)
  void aRefusalToCommentIsAnAttribution(String what, String paragraph, String content) {
    Analysis analysis = analyze(paragraph);
    assertEquals(content, quote(analysis, content, QuoteKind.INDIRECT).text(), what);
  }
}
