package io.reportage.entity;

import static io.reportage.entity.HandDocument.analysed;
import static io.reportage.entity.HandDocument.entityOf;
import static io.reportage.entity.HandDocument.mentionsOf;
import static io.reportage.entity.HandDocument.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.MentionDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreferenceStageTest {

  @Test
  void nameVariantsAndHonorificsAreOnePerson() {
    Document doc = analysed("[PER Warren] wins/VERB vote .",
        "Senator [PER Elizabeth Warren] spoke/VERB on Monday .",
        "Ms. [PER Warren] said/VERB she was/AUX ready/ADJ . || [ORG Warren] added/VERB more/ADJ .");
    EntityDraft warren = named(doc, "Elizabeth Warren");
    assertNotNull(warren);
    assertEquals(List.of("Warren", "Senator Elizabeth Warren", "Elizabeth Warren", "Warren", "she", "Warren"),
        mentionsOf(doc, warren));
    assertEquals(EntityType.PERSON, warren.type);
    assertEquals("female", warren.gender);
  }

  @Test
  void variantsOfOnePlaceAreOneEntityNamedAsTheArticleNamesIt() {
    Document doc = analysed("[LOC U.S.] troops left/VERB . || American diplomats stayed/VERB .",
        "The [ORG United States] said/VERB so .");
    EntityDraft us = named(doc, "United States");
    assertNotNull(us);
    assertEquals(EntityType.LOCATION, us.type, "a listed country is a place whatever the recognizer said");
    assertEquals(List.of("U.S.", "American", "United States"), mentionsOf(doc, us));
  }

  @Test
  void aRoleNominalFindsWhoHoldsThatTitleAtThatPlace() {
    Document doc = analysed("Argentine President [PER Javier Molina] called/VERB Chilean President [PER Rosa Vidal] .",
        "The Chilean president said/VERB the call went/VERB well/ADV .",
        "The Argentine leader agreed/VERB .");
    assertSame(named(doc, "Rosa Vidal"), entityOf(doc, "The Chilean president", MentionKind.ROLE));
    assertSame(named(doc, "Javier Molina"), entityOf(doc, "The Argentine leader", MentionKind.ROLE));
  }

  @Test
  void aTitleAloneFindsTheMostRecentHolderOfItsFamily() {
    Document doc = analysed("[ORG Kremlin] aide [PER Yuri Volkov] and spokeswoman [PER Irina Sokolova] spoke/VERB .",
        "The aide said/VERB talks would/AUX go/VERB on . || The spokesperson agreed/VERB .");
    assertSame(named(doc, "Yuri Volkov"), entityOf(doc, "The aide", MentionKind.ROLE));
    assertSame(named(doc, "Irina Sokolova"), entityOf(doc, "The spokesperson", MentionKind.ROLE));
  }

  @Test
  void pronounsGoToTheMostSalientCompatibleEntity() {
    Document doc = analysed(
        "[PER Maria Kowalska] met/VERB [PER Jan Nowak] in [LOC Warsaw] . || She said/VERB he was/AUX late/ADJ .",
        "The [ORG European Commission] said/VERB it would/AUX publish/VERB its report .");
    assertSame(named(doc, "Maria Kowalska"), entityOf(doc, "She", MentionKind.PRONOUN));
    assertSame(named(doc, "Jan Nowak"), entityOf(doc, "he", MentionKind.PRONOUN));
    assertSame(named(doc, "European Commission"), entityOf(doc, "it", MentionKind.PRONOUN));
    assertSame(named(doc, "European Commission"), entityOf(doc, "its", MentionKind.PRONOUN));
  }

  @Test
  void aPronounInsideAClauseThatOpensWithANonEntityStaysUnresolved() {
    Document doc = analysed("[PER Leo Brandt] said/VERB it was/AUX too early/ADV to judge/VERB .");
    assertNull(entityOf(doc, "it", MentionKind.PRONOUN), "a plain \"it\" is about no entity here");
  }

  @Test
  void thePossessorOfTheSubjectsPrecedingSentenceIsTheSpeakerNotThePrepositionsObject() {
    Document doc = analysed("A meeting between [PER Ali Khan] and [PER Omar Saleh] is/AUX needed/VERB , minister [PER Tariq Aziz] told/VERB reporters/NOUN .",
        "His comments came/VERB a day later/ADV .");
    assertSame(named(doc, "Tariq Aziz"), entityOf(doc, "His", MentionKind.PRONOUN));
  }

  @Test
  void hisInACoordinatedPhraseIsTheNameJustBefore() {
    Document doc = analysed("according/VERB to spokesman [PER Ivan Orlov] .",
        "Talks between President [PER Pavel Lenk] and his counterpart [PER Dan Moor] will/AUX start/VERB .");
    MentionDraft his = doc.mentions().stream()
        .filter(m -> m.kind == MentionKind.PRONOUN && doc.lower(m.tokenStart).equals("his")).findFirst().orElseThrow();
    assertSame(named(doc, "Pavel Lenk"), his.entity);
  }

  @Test
  void theLatterAndTheFormerPickFromTheLastTwoPeople() {
    Document doc = analysed(
        "[PER Hans Keller] urged/VERB [PER Luc Martin] in [LOC Geneva] to act/VERB , while the latter/ADJ refused/VERB .",
        "[PER Hans Keller] phoned/VERB [PER Luc Martin] ; the former/ADJ called/VERB it useful/ADJ .");
    assertSame(named(doc, "Luc Martin"), entityOf(doc, "the latter", MentionKind.NOMINAL));
    assertSame(named(doc, "Hans Keller"), entityOf(doc, "the former", MentionKind.NOMINAL));
  }

  @Test
  void theFormerBeforeATitleIsAModifierNotAReference() {
    Document doc = analysed("the former/ADJ president said/VERB so .");
    assertTrue(HandDocument.mentionTexts(doc, MentionKind.NOMINAL).stream().noneMatch(t -> t.equals("the former")));
    assertEquals(List.of("former president@-"), HandDocument.roles(entityOf(doc, "the former president", MentionKind.ROLE)));
  }

  @Test
  void unnamedOfficialsStayApartUnlessClearlyTheSame() {
    Document doc = analysed("a senior official said/VERB talks failed/VERB . || The official added/VERB more/ADJ .",
        "a spokesman for the ministry declined/VERB to comment/VERB .",
        "Later/ADV , a senior official in [LOC Paris] disagreed/VERB .");
    EntityDraft first = entityOf(doc, "a senior official", MentionKind.ROLE);
    assertSame(first, entityOf(doc, "The official", MentionKind.ROLE), "the official right after a senior official");
    assertNotSame(first, entityOf(doc, "a spokesman for the ministry", MentionKind.ROLE));
    List<EntityDraft> officials = doc.mentions().stream()
        .filter(m -> doc.text(m.tokenStart, m.tokenEnd).startsWith("a senior official")).map(m -> m.entity.canonical()).toList();
    assertEquals(2, officials.size());
    assertNotSame(officials.get(0), officials.get(1), "two indefinite officials are two people");
    assertNull(first.name);
  }

  @Test
  void groupsOfUnnamedSourcesAreNominalMentionsWithTheirQualifier() {
    Document doc = analysed("two sources familiar with the talks said/VERB they expected/VERB a deal .",
        "People close to the [ORG Kremlin] disagreed/VERB . || Officials declined/VERB to comment/VERB .",
        "Many people came/VERB .");
    EntityDraft sources = entityOf(doc, "two sources familiar with the talks", MentionKind.NOMINAL);
    assertNotNull(sources);
    assertTrue(sources.plural);
    assertSame(sources, entityOf(doc, "they", MentionKind.PRONOUN));
    assertNotNull(entityOf(doc, "People close to the Kremlin", MentionKind.NOMINAL));
    assertNotNull(entityOf(doc, "Officials", MentionKind.ROLE));
    assertTrue(HandDocument.mentionTexts(doc, MentionKind.NOMINAL).stream().noneMatch(t -> t.contains("Many people")),
        "people with no qualifier is too general to be a mention");
  }

  @Test
  void aDefiniteOrganizationNounFindsTheNamedOrganization() {
    Document doc = analysed("The [ORG Defense Ministry] released/VERB a video . || The ministry said/VERB it was/AUX genuine/ADJ .");
    assertSame(named(doc, "Defense Ministry"), entityOf(doc, "The ministry", MentionKind.NOMINAL));
  }

  @Test
  void capitalsThatStandForGovernmentsStayEntitiesOfTheirOwn() {
    Document doc = analysed("[LOC Moscow] rejected/VERB the offer , and [LOC Russia] will/AUX not/PART sign/VERB .");
    assertNotSame(named(doc, "Moscow"), named(doc, "Russia"));
    assertSame(named(doc, "Moscow"), entityOf(doc, "Moscow", MentionKind.NAME));
  }
}
