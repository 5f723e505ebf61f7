package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static io.reportage.quote.AttributionTest.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.reportage.Analysis;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An active verb of feeling ("the ruling angered the farmers"): its object holds the attitude and
 * its subject is what it is about, the mirror of {@link PassiveFeelingTest}. Sentences written for
 * these tests.
 */
class ObjectExperiencerTest {

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      angered           # The mayor's budget speech angered local teachers.               # The mayor's budget speech      # local teachers
      surprised         # The sudden resignation surprised legal experts in the capital. # The sudden resignation         # legal experts
      offended          # His remarks about the strike offended veterans.                 # His remarks about the strike   # veterans
      expletive it      # It worried aides that the polls had slipped again.              # the polls had slipped again    # aides
      drew criticism    # The new parking fee drew sharp criticism from shop owners.      # The new parking fee            # shop owners
      sparked anger     # The council's vote sparked anger among parents.                 # The council's vote             # parents
      demonstrative     # That frustrates many shop owners in the old town.              # That                           # many shop owners
      what cleft        # What worries the farmers is that the dam will fail.            # What                           # the farmers
      """)
  void theObjectFeelsAboutTheSubject(String construction, String paragraph, String content, String mention) {
    Analysis analysis = analyze(paragraph);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), construction);
    assertNotNull(quote.speakerMention(), construction + ": " + quote);
    assertEquals(mention, quote.speakerMention().text().substring(0, mention.length()), construction);
  }

  @Test
  void aClauseAfterTheVerbIsWhatTheSubjectFeels() {
    // "worries he would lose": "he" begins a clause, not an object; the subject does the worrying.
    Analysis analysis = analyze("The senator worries he would lose the primary.");
    Quote quote = quote(analysis, "he would lose the primary", QuoteKind.INDIRECT);
    assertEquals("The senator", quote.speakerMention().text());
  }

  @Test
  void aHeadlineIsNoClause() {
    Analysis analysis = analyze("Senator Stuns Voters With Late Exit");
    assertFalse(analysis.quotes().stream().anyMatch(q -> q.speakerMention() != null
        && q.speakerMention().text().startsWith("Voters")), analysis.quotes().toString());
  }
}
