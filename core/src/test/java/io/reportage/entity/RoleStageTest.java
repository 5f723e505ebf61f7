package io.reportage.entity;

import static io.reportage.entity.HandDocument.analysed;
import static io.reportage.entity.HandDocument.entityOf;
import static io.reportage.entity.HandDocument.mentionTexts;
import static io.reportage.entity.HandDocument.named;
import static io.reportage.entity.HandDocument.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.EntityType;
import io.reportage.MentionKind;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleStageTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      [ORG Pentagon] spokeswoman [PER Sabrina Cole] said/VERB on Monday .            | Sabrina Cole  | spokeswoman@Pentagon
      French President [PER Emmanuel Duval] arrived/VERB in [LOC Rome] .               | Emmanuel Duval | president@France
      the [LOC US] ambassador [PER Carla Reyes] met/VERB farmers .                     | Carla Reyes   | ambassador@US
      [PER Anna Berg] , director of the [ORG Nordic Institute] , said/VERB so .        | Anna Berg     | director@Nordic Institute
      [PER Tom Hale] , the [ORG Treasury] 's chief economist , warned/VERB .           | Tom Hale      | chief economist@Treasury
      the talks , according/VERB to spokesman [PER Ivan Petrov] , failed/VERB .        | Ivan Petrov   | spokesman@-
      [PER Lena Fischer] , a senior adviser , said/VERB that/SCONJ it rained/VERB .    | Lena Fischer  | adviser@-
      former Defense Secretary [PER Mark Ross] spoke/VERB .                            | Mark Ross     | former defense secretary@-
      ex-president [PER John Cole] spoke/VERB .                                        | John Cole     | former president@-
      then-Secretary of State [PER Paul Grant] signed/VERB it .                        | Paul Grant    | former secretary of state@-
      Russian Deputy Foreign Minister [PER Sergei Orlov] said/VERB .                   | Sergei Orlov  | deputy foreign minister@Russia
      The [ORG Red Cross] 's spokesman , [PER Karl Weber] , said/VERB it .             | Karl Weber    | spokesman@Red Cross
      [PER Maria Lopez] is/AUX the mayor of [LOC Lima] .                               | Maria Lopez   | mayor@Lima
      Sen. [PER Ted Vance] objected/VERB .                                             | Ted Vance     | senator@-
      an adviser to [PER Jan Novak] , [PER Eva Horak] , said/VERB .                    | Eva Horak     | adviser@Jan Novak
      [ORG Acme Corp] chief executive [PER Dana White] resigned/VERB .                 | Dana White    | chief executive@Acme Corp
      """)
  void givesANamedPersonTheRoleTheSentenceStates(String sentence, String person, String role) {
    Document doc = analysed(sentence.strip());
    EntityDraft entity = named(doc, person);
    assertNotNull(entity, "no entity " + person + " in " + doc.entities());
    assertEquals(List.of(role), roles(entity), sentence);
  }

  @Test
  void theTitleAndNamePhraseIsARoleMentionAndTheNameStaysExactlyTheName() {
    Document doc = analysed("[ORG Kremlin] spokesman [PER Dmitry Peskov] told/VERB reporters/NOUN .");
    EntityDraft peskov = named(doc, "Dmitry Peskov");
    assertSame(peskov, entityOf(doc, "Kremlin spokesman Dmitry Peskov", MentionKind.ROLE));
    assertSame(peskov, entityOf(doc, "Dmitry Peskov", MentionKind.NAME));
    assertEquals("male", peskov.gender, "spokesman and Dmitry both say male");
  }

  @Test
  void aNationalityIsAMentionOfItsCountryWhichIsTheOrganization() {
    Document doc = analysed("Chinese Foreign Minister [PER Wei Lang] landed/VERB . || [LOC China] welcomed/VERB it .");
    EntityDraft china = named(doc, "China");
    assertNotNull(china);
    assertEquals(EntityType.LOCATION, china.type);
    assertEquals(List.of("foreign minister@China"), roles(named(doc, "Wei Lang")));
    assertSame(china, entityOf(doc, "Chinese", MentionKind.NOMINAL));
  }

  @Test
  void aCounterpartTakesTheTitleOfThePersonItRelatesTo() {
    Document doc = analysed("Japanese Prime Minister [PER Kenji Sato] met/VERB his Indian counterpart [PER Ravi Mehta] .");
    assertEquals(List.of("prime minister@India"), roles(named(doc, "Ravi Mehta")));
    assertEquals(List.of("prime minister@Japan"), roles(named(doc, "Kenji Sato")));
    assertSame(named(doc, "Ravi Mehta"), entityOf(doc, "his Indian counterpart Ravi Mehta", MentionKind.ROLE));
  }

  @Test
  void aCounterpartBeforeThePersonsTitleIsKnownStillTakesIt() {
    Document doc = analysed("[PER Nina Holm] 's Polish counterpart [PER Piotr Zielinski] called/VERB .",
        "Finnish Foreign Minister [PER Nina Holm] thanked/VERB him .");
    assertEquals(List.of("foreign minister@Poland"), roles(named(doc, "Piotr Zielinski")));
  }

  @Test
  void aPredecessorHeldTheSameTitleFormerly() {
    Document doc = analysed("Brazilian President [PER Ana Silva] praised/VERB her predecessor [PER Marco Dias] .");
    assertEquals(List.of("former president@Brazil"), roles(named(doc, "Marco Dias")));
  }

  @Test
  void theSameTitleStatedTwiceIsOneRoleWithItsOrganization() {
    Document doc = analysed("spokesman [PER Oleg Ivanov] declined/VERB .",
        "[ORG Kremlin] spokesman [PER Oleg Ivanov] said/VERB later/ADV .");
    assertEquals(List.of("spokesman@Kremlin"), roles(named(doc, "Oleg Ivanov")));
  }

  @Test
  void aShortTitleThatBeginsALongerOneIsNoRoleOfItsOwn() {
    Document doc = analysed("[PER Omar Haddad] 's chief of staff , [PER Lina Saleh] , said/VERB no .");
    assertEquals(List.of("chief of staff@Omar Haddad"), roles(named(doc, "Lina Saleh")));
    assertEquals(List.of("Omar Haddad 's chief of staff"), mentionTexts(doc, MentionKind.ROLE));
  }

  @Test
  void aTitleThatIsNotTheHeadOfItsPhraseIsNoRole() {
    Document doc = analysed("the official statement came/VERB before the general election .",
        "In general/ADJ , voters stayed/VERB home .");
    assertEquals(List.of(), mentionTexts(doc, MentionKind.ROLE));
  }

  @Test
  void aPhraseNamingNobodyIsAnUnnamedRoleEntity() {
    Document doc = analysed("a senior [LOC US] official said/VERB the talks stalled/VERB .");
    EntityDraft official = entityOf(doc, "a senior US official", MentionKind.ROLE);
    assertNotNull(official);
    assertEquals(null, official.name);
    assertEquals(List.of("official@US"), roles(official));
  }

  @Test
  void aRoleHeldForAnUnnamedOrganizationTakesWhatThatPhraseResolvedTo() {
    Document doc = analysed("a spokesman for the ministry said/VERB it would/AUX respond/VERB .");
    EntityDraft spokesman = entityOf(doc, "a spokesman for the ministry", MentionKind.ROLE);
    EntityDraft ministry = entityOf(doc, "the ministry", MentionKind.NOMINAL);
    assertNotNull(ministry);
    assertEquals(EntityType.ORGANIZATION, ministry.type);
    assertSame(ministry, spokesman.roles.get(0).organization);
  }

  @Test
  void aHyphenatedPairingOfNamesIsAMentionOfEachAndNoPlace() {
    Document doc = analysed("the [LOC Biden-Xi] summit was/AUX short/ADJ .",
        "[PER Joe Biden] and [PER Xi Jinping] met/VERB in [LOC Bali] .");
    assertEquals(null, named(doc, "Biden-Xi"));
    assertTrue(HandDocument.mentionsOf(doc, named(doc, "Joe Biden")).contains("Biden-Xi"));
    assertTrue(HandDocument.mentionsOf(doc, named(doc, "Xi Jinping")).contains("Biden-Xi"));
    assertTrue(mentionTexts(doc, MentionKind.NAME).stream().noneMatch(t -> t.equals("Biden-Xi")));
  }
}
