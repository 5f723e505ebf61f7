package io.reportage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Analysis;
import io.reportage.Argument;
import io.reportage.ArticleInfo;
import io.reportage.Entity;
import io.reportage.EntityType;
import io.reportage.Event;
import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.Mention;
import io.reportage.MentionKind;
import io.reportage.Quote;
import io.reportage.QuoteKind;
import io.reportage.Role;
import io.reportage.Span;
import io.reportage.TextSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final String TEXT = "Talks off\n\nSpokeswoman Anna Petrova said Russia “will not back down.” "
      + "She urged Kyiv to talk.";

  private static Analysis analysis() {
    return analysis(QuoteKind.PARTIAL);
  }

  /** A mixed quote and, inside it, the quotation-mark quote of kind {@code inner}. */
  private static Analysis analysis(QuoteKind inner) {
    int said = TEXT.indexOf("said");
    int open = TEXT.indexOf('“');
    int close = TEXT.indexOf('”') + 1;
    int urged = TEXT.indexOf("urged");
    Entity anna = new Entity("e1", EntityType.PERSON, "Anna Petrova",
        List.of(new Role("spokeswoman", null, 11, 35, false)), List.of(new Mention(11, 35, TEXT.substring(11, 35), MentionKind.NAME)));
    Entity kyiv = new Entity("e2", EntityType.LOCATION, "Kyiv", List.of(), List.of(new Mention(urged + 6, urged + 10, "Kyiv",
        MentionKind.NAME)));
    TextSpan cue = new TextSpan(said, said + 4, "said");
    Quote mixed = new Quote("q1", QuoteKind.MIXED, said + 5, close, TEXT.substring(said + 5, close), "e1", null, cue, null, 0.9,
        "rule");
    Quote partial = new Quote("q2", inner, open, close, TEXT.substring(open, close), "e1", null, cue, null, 0.9,
        "rule");
    Event statement = new Event("ev1", EventType.STATEMENT, null, "010", cue, List.of(cue),
        List.of(new Argument("Agent", "e1", 23, 35, "Anna Petrova")), null, EventStatus.OCCURRED, Map.of(), "q1", 0.8);
    TextSpan trigger = new TextSpan(urged, urged + 5, "urged");
    Event appeal = new Event("ev2", EventType.APPEAL, null, "020", trigger, List.of(trigger),
        List.of(new Argument("Agent", "e1", 23, 35, "Anna Petrova"), new Argument("Recipient", "e2", urged + 6, urged + 10, "Kyiv")),
        null, EventStatus.OCCURRED, Map.of(), null, 0.8);
    return new Analysis(ArticleInfo.none(), new TextSpan(0, 9, "Talks off"), null, new Span(11, TEXT.length()), List.of(),
        List.of(anna, kyiv), List.of(mixed, partial), List.of(statement, appeal));
  }

  @Test
  void listsPeopleWithRolesQuotesWithSpeakersAndEvents() {
    String report = TextReport.render(analysis(), "talks.txt");
    assertTrue(report.startsWith("== talks.txt\nHeadline: Talks off\n"), report);
    assertTrue(report.contains("  Anna Petrova — spokeswoman\n"), report);
    assertTrue(report.contains("  Kyiv (location)\n"), report);
    assertTrue(report.contains("  Anna Petrova, mixed, \"said\": Russia “will not back down.”\n"), report);
    assertTrue(report.contains("  APPEAL [OCCURRED] \"urged\" Agent=Anna Petrova, Recipient=Kyiv\n"), report);
  }

  @Test
  void leavesOutWhatAnotherLineAlreadySays() {
    String report = TextReport.render(analysis(), null);
    assertEquals(1, report.split("will not back down", -1).length - 1, "the partial inside the mixed quote is not repeated");
    assertFalse(report.contains("STATEMENT"), "a statement that restates a listed quote is not repeated: " + report);
    assertFalse(report.startsWith("=="), "no file name for standard input");
  }

  @Test
  void aDirectQuoteInsideAMixedOneOfTheSameSpeakerIsNotRepeated() {
    String report = TextReport.render(analysis(QuoteKind.DIRECT), null);
    assertEquals(1, report.split("will not back down", -1).length - 1, report);
    assertTrue(report.contains(", mixed, "), report);
  }
}
