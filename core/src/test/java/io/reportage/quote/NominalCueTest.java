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

/** Attributions made by a cue noun ("Ortiz's claim that ..."), with sentences written for this test. */
class NominalCueTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  private static Analysis analyze(String paragraphs) {
    return extractor.analyze("Town news of the week\n\n" + paragraphs.replace(" | ", "\n\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      possessor name        # The council examined Mayor Ana Ortiz's claim that the bridge would open in May.        # the bridge would open in May      # Ana Ortiz
      possessor, adjective  # Engineers doubted Ana Ortiz's repeated assertion that the pipes were safe.             # the pipes were safe               # Ana Ortiz
      possessor pronoun     # Ana Ortiz chairs the water board. | Critics mocked her insistence that prices would fall. # prices would fall              # Ana Ortiz
      by complement         # The board rejected the suggestion by Ana Ortiz that the vote be delayed.               # the vote be delayed               # Ana Ortiz
      support verb          # Ana Ortiz has repeatedly made the claim that the levy is unfair.                      # the levy is unfair                # Ana Ortiz
      opening phrase        # Despite Ana Ortiz's warning that the dam could fail, the council voted to wait.       # the dam could fail                # Ana Ortiz
      """)
  void aCueNounAttributesItsThatClause(String construction, String paragraphs, String content, String speaker) {
    Analysis analysis = analyze(paragraphs);
    Quote quote = AttributionTest.quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(speaker, AttributionTest.speakerName(analysis, quote), construction);
    assertTrue(quote.cue() != null && !quote.text().contains(quote.cue().text()), construction + ": the cue noun is no content");
    assertTrue(quote.rule().contains("noun"), construction + ": rule " + quote.rule());
  }

  @Test
  void aFrontedPhraseEndsTheContentAtItsComma() {
    Analysis analysis = analyze("Despite Ana Ortiz's warning that the dam could fail, the council voted to wait.");
    Quote quote = AttributionTest.quote(analysis, "the dam could fail", QuoteKind.INDIRECT);
    assertEquals("the dam could fail", quote.text());
    Analysis quoted = analyze("Despite Ana Ortiz's warning that the dam could “fail any day,” the council voted to wait.");
    Quote mixed = AttributionTest.quote(quoted, "the dam could", QuoteKind.MIXED);
    assertTrue(mixed.text().contains("fail any day") && !mixed.text().contains("council"), mixed.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      relative clause   # Ana Ortiz's claim that was rejected by the board came up again on Monday.
      no that-clause    # Ana Ortiz's comments drew criticism from the board on Monday.
      not a source      # The bill's claim that costs would fall was never tested.
      """)
  void aCueNounWithoutASourceOrAThatClauseAttributesNothing(String construction, String paragraph) {
    Analysis analysis = analyze(paragraph);
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.rule() != null && q.rule().contains("noun")),
        construction + ": " + analysis.quotes());
  }
}
