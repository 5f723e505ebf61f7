package io.reportage.quote;

import static io.reportage.quote.AttributionTest.quote;
import static io.reportage.quote.AttributionTest.speakerName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.reportage.Analysis;
import io.reportage.Extractor;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cues whose speaker is the subject of another clause: participles hung on a sentence ("...,
 * citing"), verbs joined by "and", and the words ("who", "each") that stand for that subject.
 * Sentences written for these tests.
 */
class SharedSubjectTest {
  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.create();
  }

  /** Analyses paragraphs given with "|" between them, after a title line so that none is read as a headline. */
  private static Analysis analyze(String paragraphs) {
    return extractor.analyze("Town news of the week\n\n" + paragraphs.replace(" | ", "\n\n"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      opening time phrase    # In 1994, the county court stopped the firm from closing its mills, citing a danger to workers. # a danger to workers # the county court
      opening place phrase   # At her picnic, the mayor invited donors to the stage, shouting that the city was ready. # the city was ready # the mayor
      unlisted subject noun  # In a long column before the vote, two former speechwriters urged him to run again, arguing that the party needed him. # the party needed him # two former speechwriters
      """)
  void aParticipleAfterACommaSpeaksForTheClauseSubject(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(mention, quote.speakerMention().text(), construction + ": " + quote);
    assertEquals("participle", quote.rule(), construction);
  }

  @Test
  void aParticipleAfterAPlaceGoesOnWithTheSpeakerBefore() {
    Analysis analysis = analyze("Ana Ortiz leads the city. | “We will win,” she said at a crowded news conference announcing that "
        + "the city would sue the state.");
    Quote quote = quote(analysis, "the city would sue the state", QuoteKind.INDIRECT);
    assertEquals("she", quote.speakerMention().text(), quote.toString());
    assertEquals("Ana Ortiz", speakerName(analysis, quote));
  }

  @Test
  void anAppositiveMayOpenWithAPossessive() {
    Analysis analysis = analyze("Ana Ortiz, his former doctor, said the test was clean.");
    Quote quote = quote(analysis, "the test was clean", QuoteKind.INDIRECT);
    assertEquals("Ana Ortiz", quote.speakerMention().text());
  }

  @Test
  void twoJoinedCuesAfterAnAppositiveMakeTwoStatements() {
    Analysis analysis = analyze("Tom Baker, her Republican rival, lamented the violence in the town and said he thought that poverty "
        + "was a cause.");
    Quote lamented = quote(analysis, "the violence in the town", QuoteKind.INDIRECT);
    assertEquals("Tom Baker", lamented.speakerMention().text());
    assertEquals("lamented", lamented.cue().text());
    assertFalse(lamented.text().contains("said"), "the first content ends before the second verb: " + lamented.text());
    Quote said = quote(analysis, "poverty", QuoteKind.INDIRECT);
    assertEquals("Tom Baker", speakerName(analysis, said));
  }

  @Test
  void aSecondVerbWithoutAnAttributionBeforeItTakesTheFirstVerbsSubject() {
    Analysis analysis = analyze("Protesters have marched through the city and called for the tapes to be released.");
    Quote quote = quote(analysis, "the tapes to be released", QuoteKind.INDIRECT);
    assertEquals("Protesters", quote.speakerMention().text());
    assertEquals("coordinated", quote.rule());
  }

  @Test
  void aSecondVerbOfARelativeClauseSpeaksAsWho() {
    Analysis analysis = analyze("Ortiz met the workers, who had marched through the city and called for a strike.");
    Quote quote = quote(analysis, "a strike", QuoteKind.INDIRECT);
    assertEquals("who", quote.speakerMention().text());
  }

  @Test
  void eachStandsForTheSubjectOfJoinedParticiples() {
    Analysis analysis = analyze("Ana Ortiz and Tom Baker debated on Monday, each touting their records and saying the other lacked "
        + "experience.");
    Quote touting = quote(analysis, "their records", QuoteKind.INDIRECT);
    assertEquals("each", touting.speakerMention().text());
    Quote saying = quote(analysis, "the other lacked experience", QuoteKind.INDIRECT);
    assertEquals("each", saying.speakerMention().text());
    assertEquals(touting.speaker(), saying.speaker(), "both name the same subject");
  }
}
