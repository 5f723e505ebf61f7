package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who speaks when one report holds another: a trailing "according to" and a document's finding
 * report the speech inside them; a description running straight into its verb is the subject.
 */
class ReportedSpeakerTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @Test
  void aTrailingAccordingToReportsTheWholeStatement() {
    Analysis analysis = analyze("The harbor master said the pier would close in May, according to the port authority.");
    Quote quote = quote(analysis, "The harbor master said the pier would close in May", QuoteKind.INDIRECT);
    assertEquals("the port authority", quote.speakerMention().text());
    assertEquals("according-to", quote.rule());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      finding with that     # A county survey found that most fishermen say the new quotas are too strict. # most fishermen say the new quotas are too strict # A county survey
      finding with a share  # The latest poll shows 61% of renters say rents have risen too fast.          # 61% of renters say rents have risen too fast # The latest poll
      """)
  void aDocumentsFindingKeepsTheSpeechItCounts(String what, String sentence, String content, String source) {
    Analysis analysis = analyze(sentence);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(source, quote.speakerMention().text(), what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      place before the subject # In Dover, the mayor said the bridge would reopen.                       # the bridge would reopen # the mayor
      town and state           # At a stop in Salem, Oregon, the senator repeated her promise to cut fees. # her promise to cut fees # the senator
      """)
  void aDescriptionNotClosedByACommaIsTheSubject(String what, String sentence, String content, String speaker) {
    Analysis analysis = analyze(sentence);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(speaker, quote.speakerMention().text(), what);
  }

  @Test
  void anAppositiveClosedByACommaStillDescribesTheName() {
    Analysis analysis = analyze("Maria Ortiz, the county treasurer, who ran the audit, said the books were in order.");
    Quote quote = quote(analysis, "the books were in order", QuoteKind.INDIRECT);
    assertEquals("Maria Ortiz", quote.speakerMention().text());
  }
}
