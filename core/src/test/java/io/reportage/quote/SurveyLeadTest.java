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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence led by "in" or "by" and a poll or study reports what that document found. */
class SurveyLeadTest {
  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      poll with its sample   # In the newest Harbor Institute poll of likely voters, Mayor Ortiz leads by six points. # Mayor Ortiz leads by six points # the newest Harbor Institute poll of likely voters
      estimate               # By one estimate, the flood destroyed four hundred homes.                        # the flood destroyed four hundred homes # one estimate
      study after a linker   # But in a study released Monday, river levels rose faster than expected.          # river levels rose faster than expected # a study released Monday
      """)
  void theSurveyIsTheSourceOfTheClause(String what, String sentence, String content, String source) {
    Analysis analysis = analyze(sentence);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(content, quote.text(), what);
    assertEquals(source, quote.speakerMention().text(), what);
    assertEquals("survey-lead", quote.rule(), what);
  }

  @Test
  void aLeadingPollReportsTheSpeechOfItsClause() {
    Analysis analysis = analyze("In the county survey, the farmers said the new canal had helped them.");
    Quote quote = quote(analysis, "the farmers said the new canal had helped them", QuoteKind.INDIRECT);
    assertEquals("the county survey", quote.speakerMention().text());
    assertEquals("survey-lead", quote.rule());
  }

  @Test
  void aCueOfTheSentenceKeepsItsOwnSpeakerAfterAnythingButAPoll() {
    Analysis analysis = analyze("In offering a review of the race, the veteran pollster told the host that turnout would be high.");
    Quote quote = quote(analysis, "turnout would be high", QuoteKind.INDIRECT);
    assertEquals("the veteran pollster", quote.speakerMention().text());
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.rule().equals("survey-lead")), analysis.quotes().toString());
  }

  @Test
  void howThePollWasTakenIsNotItsFinding() {
    Analysis analysis = analyze("In the previous county poll, conducted in early May, Ortiz led Lee by five points.");
    Quote quote = quote(analysis, "Ortiz led Lee by five points", QuoteKind.INDIRECT);
    assertEquals("the previous county poll", quote.speakerMention().text());
  }

  @Test
  void aDeedReportedThroughAccordingToIsTheSourcesReport() {
    Analysis analysis = analyze("The ferry company declined the offer, according to an official familiar with the talks.");
    Quote quote = quote(analysis, "declined the offer", QuoteKind.INDIRECT);
    assertEquals("an official familiar with the talks", quote.speakerMention().text());
    Analysis speech = analyze("According to an official familiar with the talks, the ferry company said it would sell.");
    Quote said = quote(speech, "it would sell", QuoteKind.INDIRECT);
    assertEquals("the ferry company", said.speakerMention().text());
    assertTrue(said.via() != null && !said.via().equals(said.speaker()), "the official is the channel: " + said);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      poll at the end        # Mayor Ortiz leads her rival by six points in a Harbor Institute poll.           # Mayor Ortiz leads her rival by six points # a Harbor Institute poll
      latest polls at end    # The ferry levy has lost ground in the latest surveys of island voters.          # The ferry levy has lost ground # the latest surveys of island voters
      """)
  void aPollAfterTheClauseIsItsSource(String what, String sentence, String content, String source) {
    Analysis analysis = analyze(sentence);
    Quote quote = quote(analysis, content, QuoteKind.INDIRECT);
    assertEquals(source, quote.speakerMention().text(), what);
  }

  @Test
  void aCandidatesStandingInThePollsReportsNoFinding() {
    Analysis analysis = analyze("The governor has slipped in the polls since the storm.");
    assertTrue(analysis.quotes().isEmpty(), analysis.quotes().toString());
  }

  @Test
  void theVerbsOfALeadingQuestionHaveNoSpeaker() {
    Analysis analysis = analyze("Asked if she wanted the mayor to campaign for her, the councilwoman said no.");
    Quote answer = quote(analysis, "no", QuoteKind.INDIRECT);
    assertEquals("the councilwoman", answer.speakerMention().text());
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().contains("campaign")), analysis.quotes().toString());
    Analysis poll = analyze("Asked whether the harbor should close at night, 58 percent of residents said yes.");
    assertEquals("58 percent of residents", quote(poll, "yes", QuoteKind.INDIRECT).speakerMention().text());
  }

  @Test
  void aPlaceOrATimeIsNoSurvey() {
    Analysis analysis = analyze("In the old harbor town, the festival drew thousands of visitors.");
    assertTrue(analysis.quotes().isEmpty(), analysis.quotes().toString());
  }
}
