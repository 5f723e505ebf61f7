package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Subjects the speaker search used to lose: a relative clause opened by a parenthesis ("Ann Lee
 * (who backs the mayor)"), a passive agent graded by a degree adverb ("by far fewer papers"), and
 * a relative clause between dashes, the reduced relative of an appositive ("Ann Lee, a nurse opposing the rules, wrote"), which must
 * neither swallow nor hide the main clause's attribution.
 */
class RelativeSubjectTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @Test
  void aRelativeClauseInParenthesesHasTheRelativeForSubjectAndEndsAtTheClose() {
    Analysis analysis = analyze("Ann Lee (who strongly endorses the mayor) spoke to farmers on Monday.");
    Quote quote = quote(analysis, "the mayor", QuoteKind.INDIRECT);
    assertEquals("who", quote.speakerMention().text());
    assertEquals("endorses", quote.cue().text());
    assertEquals("the mayor", quote.text(), "the content stops at the closing parenthesis");
  }

  @Test
  void aDegreeAdverbBeforeAComparativeBelongsToThePassiveAgent() {
    Analysis analysis = analyze("The county budget is supported by far fewer council members than last year.");
    Quote quote = quote(analysis, "The county budget", QuoteKind.INDIRECT);
    assertEquals("far fewer council members", quote.speakerMention().text());
  }

  @Test
  void aParticipleInAnAppositiveEndsWithTheAppositive() {
    Analysis analysis = analyze("Ann Lee, a nurse opposing the new hospital rules, wrote that the changes were unsafe.");
    Quote opposing = quote(analysis, "the new hospital rules", QuoteKind.INDIRECT);
    assertEquals("the new hospital rules", opposing.text(), "the participle's object ends at the appositive's comma");
    assertEquals("a nurse", opposing.speakerMention().text());
    Quote wrote = quote(analysis, "the changes were unsafe", QuoteKind.INDIRECT);
    assertEquals("Ann Lee", wrote.speakerMention().text());
  }

  @Test
  void aRelativeClauseBetweenDashesEndsAtTheClosingDash() {
    Analysis analysis = analyze("Ruth Cole \u2014 who has called for lower rents in the city \u2014 attacked the housing plan.");
    Quote called = quote(analysis, "lower rents", QuoteKind.INDIRECT);
    assertEquals("who", called.speakerMention().text());
    assertEquals("lower rents in the city", called.text(), "the content stops at the closing dash");
    Quote attacked = quote(analysis, "the housing plan", QuoteKind.INDIRECT);
    assertEquals("Ruth Cole", attacked.speakerMention().text());
  }
}
