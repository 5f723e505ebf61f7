package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What follows a cue is its content only when it says something: not a place, a time or a speech act named again. */
class AdjunctObjectTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @Test
  void aPlaceAndTimeAfterTheVerbAreNotContent() {
    Analysis analysis = analyze("He spoke in Denver on Tuesday, where he met voters.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().contains("Denver")),
        () -> "where he spoke is not what he said: " + analysis.quotes());
  }

  @Test
  void aSpeechActNamedAgainHoldsNoContent() {
    Analysis analysis = analyze("Ortiz made the comments Friday during a brief visit to the party office.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().contains("comments")),
        () -> "the comments were reported elsewhere: " + analysis.quotes());
    Analysis speech = analyze("The governor delivered her speech at a school in Toledo, where she grew up.");
    assertTrue(speech.quotes().stream().noneMatch(q -> q.text().contains("speech")),
        () -> "the speech is named, not quoted: " + speech.quotes());
  }

  @Test
  void aSecondVerbJoinedToTheCueIsNoObject() {
    Analysis analysis = analyze("The candidate laughed and said nothing more.");
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().startsWith("and")),
        () -> "'and said' is a second verb, not what was laughed: " + analysis.quotes());
    assertEquals("The candidate", quote(analysis, "nothing more", QuoteKind.INDIRECT).speakerMention().text());
  }

  @Test
  void commentsAboutATopicStayContent() {
    Quote quote = quote(analyze("Ortiz made comments about the budget."), "the budget", QuoteKind.INDIRECT);
    assertEquals("Ortiz", quote.speakerMention().text());
  }

  @Test
  void aTopicAfterThePrepositionStaysContent() {
    Quote quote = quote(analyze("The senator spoke about the budget in Denver."), "the budget", QuoteKind.INDIRECT);
    assertEquals("The senator", quote.speakerMention().text());
  }
}
