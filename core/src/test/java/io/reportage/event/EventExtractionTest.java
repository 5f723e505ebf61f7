package io.reportage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.ArticleInfo;
import io.reportage.Event;
import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.Extractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events in short articles written for this test: types, senses, statuses and time forms. */
class EventExtractionTest {
  private static final Extractor EXTRACTOR = Extractor.create();
  /** A Friday. */
  private static final ArticleInfo PUBLISHED = ArticleInfo.published(LocalDate.of(2025, 7, 4));

  private static List<Event> events(String text) {
    return EXTRACTOR.analyze(text, PUBLISHED).events();
  }

  private static Event only(String text, EventType type) {
    List<Event> found = events(text).stream().filter(e -> e.type() == type).toList();
    assertEquals(1, found.size(), "one " + type + " in: " + text + " -> " + events(text));
    return found.get(0);
  }

  @Test
  void policeArrestedProtestersOnTuesday() {
    Event arrest = only("Police arrested dozens of protesters in Nairobi on Tuesday.", EventType.ARREST);
    assertEquals("Justice:Arrest-Jail", arrest.ace());
    assertEquals(EventStatus.OCCURRED, arrest.status());
    assertEquals(LocalDate.of(2025, 7, 1), arrest.time().value());
  }

  @Test
  void aLabourStrikeIsADemonstrationAndAnAirStrikeAnAttack() {
    assertEquals("143", only("Teachers began a nationwide strike over unpaid wages.", EventType.DEMONSTRATION).cameo());
    assertEquals("Conflict:Attack", only("A drone strike on a convoy near the border killed four people yesterday.", EventType.ATTACK).ace());
  }

  @Test
  void fireAsABlazeIsNoAttack() {
    assertTrue(events("A fire broke out in a warehouse and firefighters worked through the night.").stream()
        .noneMatch(e -> e.type() == EventType.ATTACK));
    assertEquals(EventType.ATTACK, only("Soldiers opened fire on the crowd.", EventType.ATTACK).type());
  }

  @Test
  void callingSomeoneALiarIsNoPhoneCall() {
    assertTrue(events("The senator called the governor a liar.").stream().noneMatch(e -> e.type() == EventType.PHONE_CALL));
    Event appeal = only("The minister called for calm after the vote.", EventType.APPEAL);
    assertEquals("020", appeal.cameo());
  }

  @Test
  void statusFollowsModalsAndNegation() {
    assertEquals(EventStatus.PLANNED, only("The two ministers will meet in Geneva next week.", EventType.MEETING).status());
    assertEquals(EventStatus.NEGATED, only("The rebels did not attack the town.", EventType.ATTACK).status());
    assertEquals(EventStatus.HYPOTHETICAL, only("Officials said the army could attack the port.", EventType.ATTACK).status());
    assertEquals(EventStatus.NEGATED, only("The army did not launch an attack on the port.", EventType.ATTACK).status());
  }

  @Test
  void negationOfAVerbThatGovernsANounTriggerIsNotTheEventsNegation() {
    assertEquals(EventStatus.OCCURRED, only("The army attacked the port. The embassy did not comment on the attack.", EventType.ATTACK).status());
    assertEquals(EventStatus.OCCURRED, only("The minister refused to speak about the attack on the port.", EventType.ATTACK).status());
  }

  @Test
  void wantedRightfulAndOrderedEventsAreNotDeeds() {
    assertEquals(EventStatus.PROPOSED, only("Refugees desperate to cross into Greece waited at the fence.", EventType.TRANSPORT).status());
    assertEquals(EventStatus.HYPOTHETICAL, only("The general claimed the right to invade the province.", EventType.ATTACK).status());
    // The infinitive cue is about "reach"; the drowning happened.
    assertEquals(EventStatus.OCCURRED, only("Migrants desperate to reach Malta drowned off the coast on Sunday.", EventType.DEATH).status());
    // A purpose or an attempt is not yet an outcome.
    Event escape = events("Hundreds of families fled north in order to escape the fighting.").stream()
        .filter(e -> e.trigger().text().equals("escape")).findFirst().orElseThrow();
    assertEquals(EventStatus.PROPOSED, escape.status());
    assertEquals(EventStatus.HYPOTHETICAL, only("Guards said the prisoners were trying to escape.", EventType.TRANSPORT).status());
  }

  @Test
  void relativeAndExplicitDatesResolve() {
    assertEquals(LocalDate.of(2025, 7, 3), only("The mayor died yesterday.", EventType.DEATH).time().value());
    assertEquals(LocalDate.of(2025, 6, 12), only("The company paid $2 million to the city on June 12.", EventType.MONEY_TRANSFER).time().value());
    assertEquals("2025-W26", only("Troops arrived in the capital last week.", EventType.TRANSPORT).time().iso());
  }

  @Test
  void laterMentionsOfACallJoinItsRecord() {
    Event call = only("The president spoke by phone with the prime minister on Monday. The call lasted an hour.",
        EventType.PHONE_CALL);
    assertEquals(2, call.mentions().size(), call.toString());
    assertEquals(LocalDate.of(2025, 6, 30), call.time().value());
  }
}
