package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where content starts and ends, on documents built by hand. */
class ClauseBoundsTest {
  @Test
  void contentRunsToTheSentenceEndWithoutItsPeriod() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] said/VERB the plan failed/VERB .");
    int from = hand.token("the");
    int end = hand.doc.sentenceEnd(0);
    int clauseEnd = hand.bounds().clauseEnd(from, end, hand.token("Ann"));
    assertEquals("the plan failed", hand.text(from, clauseEnd));
  }

  @Test
  void contentInAnOpeningSubordinateClauseEndsAtItsComma() {
    HandSentences hand = HandSentences.of("When/SCONJ [PER Ann Lee] said/VERB the plan failed/VERB , the council voted/VERB .");
    int from = hand.token("the");
    int clauseEnd = hand.bounds().clauseEnd(from, hand.doc.sentenceEnd(0), hand.token("Ann"));
    assertEquals("the plan failed", hand.text(from, clauseEnd), "the main clause after the comma is not what she said");
  }

  @Test
  void withoutASubordinatorTheCommaDoesNotEndTheContent() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] said/VERB the plan failed/VERB , the council voted/VERB .");
    int from = hand.token("the");
    int clauseEnd = hand.bounds().clauseEnd(from, hand.doc.sentenceEnd(0), hand.token("Ann"));
    assertEquals("the plan failed , the council voted", hand.text(from, clauseEnd));
  }

  @Test
  void trailingCommasAndDashesAreTrimmed() {
    HandSentences hand = HandSentences.of("The plan failed/VERB , -- [PER Ann Lee] said/VERB .");
    ClauseBounds bounds = hand.bounds();
    int before = hand.token("Ann");
    assertEquals("The plan failed", hand.text(0, bounds.trimEnd(0, before)));
  }

  @Test
  void contentBeforeAnAttributionStartsAfterAnOpeningConjunction() {
    HandSentences hand = HandSentences.of("But/CCONJ the plan failed/VERB , [PER Ann Lee] said/VERB .");
    ClauseBounds bounds = hand.bounds();
    int comma = hand.token(",");
    assertEquals(hand.token("the"), bounds.contentStartBefore(0, comma));
    assertEquals("the plan failed", hand.text(bounds.contentStartBefore(0, comma), bounds.contentEndBefore(comma)));
  }

  @Test
  void aRelativeClauseInParenthesesEndsAtItsClose() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] ( who/PRON backs/VERB the mayor ) spoke/VERB to farmers .");
    int from = hand.token("the");
    int end = hand.doc.sentenceEnd(0);
    int relativeEnd = hand.bounds().relativeClauseEnd(from, end, false);
    assertEquals("the mayor", hand.text(from, relativeEnd));
  }
}
