package io.reportage.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The subject before a cue, found on documents built by hand: what it steps over and what it returns. */
class SubjectFinderTest {
  /** The subject that ends right before {@code cue} in {@code sentence}, after its auxiliaries. */
  private static Subject subjectBefore(HandSentences hand, String cue) {
    SubjectFinder subjects = hand.subjects();
    int t = hand.token(cue);
    int before = subjects.skipBackOverAuxiliaries(t - 1, hand.doc.sentenceStart(hand.doc.sentenceOf(t)));
    return subjects.subjectEndingAt(before, hand.doc.sentenceStart(hand.doc.sentenceOf(t)));
  }

  @Test
  void aNameRightBeforeItsVerbIsTheSubject() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] said/VERB the plan failed/VERB .");
    Subject subject = subjectBefore(hand, "said");
    assertNotNull(subject, "a subject stands before \"said\"");
    assertEquals("Ann Lee", hand.text(subject.phrase().start(), subject.phrase().end()));
    assertFalse(subject.viaRelative(), "no relative pronoun stands between subject and cue");
    assertEquals(-1, subject.relative());
  }

  @Test
  void auxiliariesAndAdverbsBeforeTheVerbAreSteppedOver() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] has/AUX since/ADV confirmed/VERB the plan .");
    Subject subject = subjectBefore(hand, "confirmed");
    assertNotNull(subject);
    assertEquals("Ann Lee", hand.text(subject.phrase().start(), subject.phrase().end()));
  }

  @Test
  void anAppositiveBetweenCommasIsSteppedOver() {
    HandSentences hand = HandSentences.of("[PER Hugh Hill] , a doctor , said/VERB the plan failed/VERB .");
    Subject subject = subjectBefore(hand, "said");
    assertNotNull(subject, "the appositive \"a doctor\" hides no subject");
    assertEquals("Hugh Hill", hand.text(subject.phrase().start(), subject.phrase().end()));
  }

  @Test
  void aParenthesisAfterTheNameIsSteppedOver() {
    HandSentences hand = HandSentences.of("[PER Marco Rubio] ( R-Fla. ) told/VERB reporters the plan failed/VERB .");
    Subject subject = subjectBefore(hand, "told");
    assertNotNull(subject);
    assertEquals("Marco Rubio", hand.text(subject.phrase().start(), subject.phrase().end()));
  }

  @Test
  void aRelativePronounLeadsToTheNameBeforeItsComma() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] , who/PRON said/VERB the plan failed/VERB , resigned/VERB .");
    Subject subject = subjectBefore(hand, "said");
    assertNotNull(subject);
    assertEquals("Ann Lee", hand.text(subject.phrase().start(), subject.phrase().end()));
    assertTrue(subject.viaRelative(), "the cue stands in a relative clause");
    assertEquals(hand.token("who"), subject.relative());
    assertEquals(hand.token("who"), subject.relativeStart(), "the relative phrase is \"who\" alone");
  }

  @Test
  void aPartitiveRelativePhraseStartsAtItsQuantity() {
    HandSentences hand = HandSentences.of("The farmers , many/ADJ of whom/PRON say/VERB the plan failed/VERB , left/VERB .");
    Subject subject = subjectBefore(hand, "say");
    assertNotNull(subject);
    assertEquals(hand.token("whom"), subject.relative());
    assertEquals(hand.token("many"), subject.relativeStart(), "\"many of whom\" is the relative phrase");
  }

  @Test
  void eachCallReturnsItsOwnResultWhateverCameBefore() {
    HandSentences hand = HandSentences.of("[PER Ann Lee] , who/PRON said/VERB the plan failed/VERB , resigned/VERB .",
        "[PER Tom Hale] said/VERB the vote counted/VERB .");
    Subject relative = subjectBefore(hand, "said");
    SubjectFinder subjects = hand.subjects();
    int said = hand.token("said", 1);
    Subject direct = subjects.subjectEndingAt(said - 1, hand.doc.sentenceStart(1));
    assertNotNull(direct);
    assertFalse(direct.viaRelative(), "the second subject is reached directly");
    assertTrue(relative.viaRelative(), "a later search leaves the first result as it was");
    assertEquals(hand.token("who"), relative.relative());
  }

  @Test
  void nothingBeforeTheSentenceStartIsASubject() {
    HandSentences hand = HandSentences.of("Said/VERB the plan failed/VERB .");
    SubjectFinder subjects = hand.subjects();
    assertNull(subjects.subjectEndingAt(-1, 0), "no token before the first");
    assertNull(subjects.phraseEndingAt(-1, 0));
  }
}
