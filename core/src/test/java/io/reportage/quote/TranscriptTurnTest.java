package io.reportage.quote;

import static io.reportage.quote.AttributionTest.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Quote;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transcript layouts: a quoted turn holds its nested quotes, a bracketed stage direction is no one's
 * speech, and a label followed by a bare number is a tally, not a turn.
 */
class TranscriptTurnTest {
  private static final String INTERVIEW = "The mayor spoke to the radio host on Sunday. A partial transcript follows. | "
      + "\"HOST: Mayor, you said the ferry would run all winter. Did the board tell you it would? | "
      + "\"ORTIZ: Well, look, the board thinks this is an episode of “The Price Is Right.” But the ferry is serious business. | "
      + "\"(CROSSTALK.) | "
      + "\"HOST: I have to ask you about the budget before we go. | "
      + "\"ORTIZ: The budget is balanced and we will keep it that way.";

  @BeforeAll
  static void build() {
    AttributionTest.build();
  }

  private static List<Quote> containing(Analysis analysis, String fragment) {
    return analysis.quotes().stream().filter(q -> q.text().contains(fragment)).toList();
  }

  @Test
  void aQuoteNestedInAQuotedTurnIsNoTurnOfItsOwn() {
    Analysis analysis = analyze(INTERVIEW);
    // The show's title is part of Ortiz's words, not a quote attributed on its own.
    assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().startsWith("“The Price")), analysis.quotes().toString());
    List<Quote> turn = containing(analysis, "ORTIZ: Well, look");
    assertEquals(1, turn.size(), analysis.quotes().toString());
    assertEquals("ORTIZ", turn.get(0).speakerMention().text());
  }

  @Test
  void aBracketedStageDirectionIsNotAttributed() {
    Analysis analysis = analyze(INTERVIEW);
    for (Quote quote : containing(analysis, "CROSSTALK")) {
      assertEquals("none", quote.rule(), quote.toString());
    }
    assertEquals("HOST", containing(analysis, "budget before we go").get(0).speakerMention().text());
  }

  @Test
  void aStageDirectionAfterAQuotedParagraphTakesNoSpeakerFromIt() {
    Analysis analysis = analyze("“We are not going to stop now that the voters have spoken,” Ortiz said at a rally. | "
        + "“(Applause.)”");
    for (Quote quote : containing(analysis, "Applause")) {
      assertEquals("none", quote.rule(), quote.toString());
    }
  }

  @Test
  void aLabelBeforeANumberIsATallyNotATurn() {
    Analysis analysis = analyze("The county posted the count on Friday. | ORTIZ: 1,240. | BAKER: 860. | "
        + "ORTIZ: We won the county and we will win the state. | BAKER: The count is not over and we will ask for a recount.");
    assertTrue(containing(analysis, "1,240").isEmpty(), analysis.quotes().toString());
    assertTrue(containing(analysis, "860").isEmpty(), analysis.quotes().toString());
    assertEquals("ORTIZ", containing(analysis, "We won the county").get(0).speakerMention().text());
    assertEquals("BAKER", containing(analysis, "The count is not over").get(0).speakerMention().text());
  }
}
