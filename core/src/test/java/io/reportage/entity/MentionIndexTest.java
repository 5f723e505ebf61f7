package io.reportage.entity;

import static io.reportage.entity.HandDocument.analysed;
import static io.reportage.entity.HandDocument.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import org.junit.jupiter.api.Test;

class MentionIndexTest {

  @Test
  void aSpeakerPhraseResolvesToThePersonNotTheOrganizationInsideIt() {
    // tokens: 0 Kremlin 1 spokesman 2 Dmitry 3 Peskov 4 told 5 reporters 6 .
    Document doc = analysed("[ORG Kremlin] spokesman [PER Dmitry Peskov] told/VERB reporters/NOUN . || He left/VERB .");
    MentionIndex index = new MentionIndex(doc);
    assertSame(named(doc, "Dmitry Peskov"), index.entity(0, 4));
    assertSame(named(doc, "Kremlin"), index.entity(0, 1));
    assertEquals(MentionKind.ROLE, index.best(0, 4).kind);
    assertSame(named(doc, "Dmitry Peskov"), index.entity(3, 4), "the surname alone");
    assertEquals(2, index.covering(3).size(), "the ROLE and the NAME mention cover \"Peskov\"");
    assertEquals(MentionKind.ROLE, index.covering(3).get(0).kind);
    assertSame(named(doc, "Dmitry Peskov"), index.entity(7, 8), "the pronoun in the next sentence");
    assertSame(index.best(5, 6).entity, index.entity(5, 6), "\"reporters\" is a group of its own");
    assertEquals(MentionKind.NOMINAL, index.best(5, 6).kind);
    assertNull(index.best(6, 7), "no one at the full stop");
  }
}
