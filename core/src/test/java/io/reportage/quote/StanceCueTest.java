package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static io.reportage.quote.AttributionTest.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Predicate adjectives of stance ("were incensed that", "is sure the plan works", "has been
 * critical of") and listed phrasal verbs whose preposition belongs to the cue ("commented on")
 * attribute what follows them to the subject.
 */
class StanceCueTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      adjective with that         # Several harbor pilots were also incensed that the new fees covered small boats.  # the new fees covered small boats   # incensed          # (pilots)
      linking verb came away      # Ana Ortiz came away convinced that the ferry repairs were underway.            # the ferry repairs were underway    # convinced         # Ana Ortiz
      adjective with bare clause  # Ana Ortiz was sure the council would approve the budget.                        # the council would approve          # sure              # Ana Ortiz
      plural subject, that        # Many fishermen are afraid that the pier may close.                              # the pier may close                 # afraid            # (fishermen)
      adjective with preposition  # Ana Ortiz has been critical of the harbor office.                               # the harbor office                  # critical of       # Ana Ortiz
      stance about an object      # Ana Ortiz is worried about the new fees.                                        # the new fees                       # worried about     # Ana Ortiz
      participle read as adjective # Ana Ortiz has expressed concern that the fees could rise.                       # the fees could rise                # expressed concern # Ana Ortiz
      phrasal verb                # Ana Ortiz has also commented on the captain's retirement.                       # the captain's retirement           # commented on      # Ana Ortiz
      phrasal verb, progressive   # Ana Ortiz is doubling down on her attacks on the council.                       # her attacks on the council         # doubling down on  # Ana Ortiz
      """)
  void theSubjectHoldsTheStance(String what, String paragraph, String content, String cue, String speaker) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(cue, quote.cue().text(), what);
    if (!speaker.startsWith("(")) {
      assertEquals(speaker, speakerName(analysis, quote), what);
    } else {
      assertTrue(quote.speaker() != null, what);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      attributive adjective  # An incensed crowd gathered at the pier on Sunday.
      likelihood with to     # The harbor fees are certain to rise next year.
      reason after because   # Ana Ortiz was angry because the ferry was late.
      """)
  void otherUsesAttributeNothing(String what, String paragraph) {
    Analysis analysis = analyze(paragraph);
    assertTrue(analysis.quotes().isEmpty(), what + ": " + analysis.quotes());
  }
}
