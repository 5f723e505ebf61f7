package io.reportage.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.MentionDraft;
import org.junit.jupiter.api.Test;

/** {@link Document#mentionAt(int)}: the longest mention at a token, kept up to date as mentions come and go. */
class MentionAtTest {

  @Test
  void theLongestMentionCoveringATokenWins() {
    Document doc = HandDocument.analysed("[ORG Kremlin] spokesman [PER Dmitry Peskov] said/VERB he/PRON would/AUX come/VERB .");
    MentionDraft kremlin = doc.mentionAt(0);
    assertEquals("Kremlin spokesman Dmitry Peskov", doc.text(kremlin.tokenStart, kremlin.tokenEnd),
        "the title phrase holds the organization's name");
    assertEquals(MentionKind.ROLE, kremlin.kind);
    assertSame(HandDocument.named(doc, "Dmitry Peskov"), kremlin.entity.canonical(), "the phrase is Peskov's");
    assertNull(doc.mentionAt(4), "no mention covers 'said'");
    MentionDraft he = doc.mentionAt(5);
    assertEquals(MentionKind.PRONOUN, he.kind);
    assertSame(HandDocument.named(doc, "Dmitry Peskov"), he.entity.canonical(), "'he' is Peskov");
  }

  @Test
  void followsMentionsAddedAndRemovedAfterALookUp() {
    Document doc = HandDocument.build("the two leaders held/VERB talks on Monday");
    MentionDraft leaders = doc.addMention(new MentionDraft(1, 3, MentionKind.NOMINAL), null);
    assertSame(leaders, doc.mentionAt(2));
    assertNull(doc.mentionAt(0), "the article is outside the mention");

    MentionDraft phrase = doc.addMention(new MentionDraft(0, 3, MentionKind.NOMINAL), null);
    assertSame(phrase, doc.mentionAt(2), "a longer mention added after a look-up takes over");
    MentionDraft same = doc.addMention(new MentionDraft(0, 3, MentionKind.ROLE), null);
    assertSame(phrase, doc.mentionAt(0), "of equally long mentions the first added stays");

    doc.removeMention(phrase);
    assertSame(same, doc.mentionAt(0), "after a removal the index is rebuilt");
    doc.removeMention(same);
    assertSame(leaders, doc.mentionAt(2));
    assertNull(doc.mentionAt(0));
  }
}
