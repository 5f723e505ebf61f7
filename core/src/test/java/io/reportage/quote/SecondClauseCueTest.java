package io.reportage.quote;

import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second clause with its own subject and cue ("..., as his aides warned that ...", "..., which the
 * auditor said ...") is a statement of its own: the first content ends before it. A restrictive
 * "who" without a comma stays inside the content. Sentences written for these tests.
 */
class SecondClauseCueTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  private static Analysis analyze(String paragraph) {
    return extractor.analyze("Town news of the week\n\n" + paragraph);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      as-clause      # The senator praised the new law as his aides warned that it would cost billions. # the new law # The senator # it would cost billions # his aides
      after-clause   # Ana Ortiz signed the budget after her rivals claimed it was illegal. # the budget # Ana Ortiz # it was illegal # her rivals
      when-clause    # The mayor defended the budget when his rivals claimed it was illegal. # the budget # The mayor # it was illegal # his rivals
      """)
  void aSubordinateClauseWithItsOwnCueEndsTheFirstContent(String construction, String paragraph, String firstContent,
      String firstSpeaker, String secondContent, String secondSpeaker) {
    Analysis analysis = analyze(paragraph);
    Quote first = quote(analysis, firstContent, QuoteKind.INDIRECT);
    assertEquals(firstContent, first.text(), construction + ": " + first);
    assertEquals(firstSpeaker, first.speakerMention().text(), construction);
    Quote second = quote(analysis, secondContent, QuoteKind.INDIRECT);
    assertEquals(secondSpeaker, second.speakerMention().text(), construction + ": " + second);
  }

  @Test
  void aRelativeClauseAfterACommaIsAStatementOfItsOwn() {
    Analysis analysis = analyze("The mayor defended the new budget, which the auditor said was far too large.");
    Quote defended = quote(analysis, "the new budget", QuoteKind.INDIRECT);
    assertEquals("the new budget", defended.text(), defended.toString());
    assertEquals("The mayor", defended.speakerMention().text());
    Quote said = quote(analysis, "was far too large", QuoteKind.INDIRECT);
    assertEquals("the auditor", said.speakerMention().text(), said.toString());
  }

  @Test
  void aRestrictiveWhoStaysInsideTheContent() {
    Analysis analysis = analyze("The mayor said anyone who complains about the buses is not paying attention.");
    Quote said = quote(analysis, "anyone who complains about the buses is not paying attention", QuoteKind.INDIRECT);
    assertEquals("anyone who complains about the buses is not paying attention", said.text());
    assertEquals("The mayor", said.speakerMention().text());
  }

  @Test
  void sinceAfterAnAuxiliaryIsAnAdverbOfTheSameClause() {
    Analysis analysis = analyze("The coach said that he had since apologized to the referee.");
    Quote said = quote(analysis, "apologized to the referee", QuoteKind.INDIRECT);
    assertEquals("he had since apologized to the referee", said.text());
    assertEquals("The coach", said.speakerMention().text());
  }

  @Test
  void theReasonGivenIsPartOfWhatWasSaid() {
    Analysis analysis = analyze("The coach said he quit because his players complained that he was too strict.");
    Quote said = quote(analysis, "he quit", QuoteKind.INDIRECT);
    assertEquals("he quit because his players complained that he was too strict", said.text());
    assertEquals("The coach", said.speakerMention().text());
  }
}
