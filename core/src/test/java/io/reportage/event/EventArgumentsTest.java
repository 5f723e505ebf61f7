package io.reportage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.Argument;
import io.reportage.ArticleInfo;
import io.reportage.Event;
import io.reportage.EventType;
import io.reportage.Extractor;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event participants in sentences written for this test: shared casts, passives, weapons, times. */
class EventArgumentsTest {
  private static final Extractor EXTRACTOR = Extractor.create();
  private static final ArticleInfo PUBLISHED = ArticleInfo.published(LocalDate.of(2025, 7, 4));

  private static Event first(String text, EventType type) {
    List<Event> events = EXTRACTOR.analyze(text, PUBLISHED).events();
    return events.stream().filter(e -> e.type() == type).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " in: " + text + " -> " + events));
  }

  private static String role(Event event, String role) {
    return event.arguments().stream().filter(a -> a.role().equals(role)).map(Argument::text).findFirst().orElse(null);
  }

  private static boolean hasRoleContaining(Event event, String role, String word) {
    return event.arguments().stream().anyMatch(a -> a.role().equals(role) && a.text().contains(word));
  }

  @Test
  void anAttackAndTheDeathsItCausesShareTheirPlace() {
    String text = "Gunmen killed nine villagers in an attack on a market in Maiduguri.";
    Event death = first(text, EventType.DEATH);
    Event attack = first(text, EventType.ATTACK);
    assertTrue(hasRoleContaining(death, "Place", "Maiduguri"), death.toString());
    assertTrue(hasRoleContaining(attack, "Place", "Maiduguri"), attack.toString());
  }

  @Test
  void anAttackWithoutATargetTakesTheDeadAsItsTarget() {
    String text = "A bomb attack killed 12 soldiers in Mosul.";
    Event attack = first(text, EventType.ATTACK);
    assertTrue(hasRoleContaining(attack, "Target", "soldiers"), attack.toString());
  }

  @Test
  void anEventWithoutAPlaceTakesTheOneItsSentenceNames() {
    Event arrest = first("Officers detain a student during a march in central Lisbon.", EventType.ARREST);
    assertTrue(hasRoleContaining(arrest, "Place", "Lisbon"), arrest.toString());
  }

  @Test
  void aParticipleAfterANounIsAPassive() {
    Event arrest = first("The two men arrested in the raid were released on bail.", EventType.ARREST);
    assertTrue(hasRoleContaining(arrest, "Person", "men"), arrest.toString());
    assertEquals(null, role(arrest, "Agent"), arrest.toString());
  }

  @Test
  void aWeaponIsTheInstrumentNotTheAttacker() {
    Event attack = first("The army fired missiles at a school in the northern town.", EventType.ATTACK);
    assertTrue(hasRoleContaining(attack, "Instrument", "missiles"), attack.toString());
    assertFalse(hasRoleContaining(attack, "Target", "missiles"), attack.toString());
  }

  @Test
  void aTimeWordIsNoParticipant() {
    Event meeting = first("The foreign ministers met Monday in Vienna.", EventType.MEETING);
    assertTrue(meeting.arguments().stream().noneMatch(a -> a.text().contains("Monday")), meeting.toString());
  }

  @Test
  void throwingStonesAtPoliceIsAnAttack() {
    Event attack = first("Youths threw stones at riot police outside the stadium.", EventType.ATTACK);
    assertEquals("threw", attack.trigger().text());
    assertTrue(EXTRACTOR.analyze("She threw a party for her colleagues.", PUBLISHED).events().stream()
        .noneMatch(e -> e.type() == EventType.ATTACK));
  }

  @Test
  void shakingHandsIsAMeetingAndDrivingAVehicleAMovement() {
    assertEquals(EventType.MEETING, first("The two presidents shook hands at the border.", EventType.MEETING).type());
    assertEquals(EventType.TRANSPORT, first("Trucks carrying aid drove into the city on Sunday.", EventType.TRANSPORT).type());
  }

  @Test
  void aPaymentsObjectIsItsRecipientOrItsAmount() {
    Event payment = first("The ministry paid the contractor $40,000 on Monday.", EventType.MONEY_TRANSFER);
    assertTrue(hasRoleContaining(payment, "Recipient", "contractor"), payment.toString());
    assertTrue(hasRoleContaining(payment, "Money", "40,000"), payment.toString());
    Event compensation = first("The insurer paid $3 million to the families.", EventType.MONEY_TRANSFER);
    assertTrue(hasRoleContaining(compensation, "Money", "3 million"), compensation.toString());
    assertTrue(hasRoleContaining(compensation, "Recipient", "families"), compensation.toString());
  }

  @Test
  void onlyAWeaponIsWhatAnAttackIsDoneWith() {
    Event battle = first("Soldiers fought a gunbattle with the rebels near the border.", EventType.ATTACK);
    assertFalse(hasRoleContaining(battle, "Instrument", "rebels"), battle.toString());
    Event raid = first("Gunmen attacked the convoy with rifles and grenades.", EventType.ATTACK);
    assertTrue(hasRoleContaining(raid, "Instrument", "rifles"), raid.toString());
  }

  @Test
  void aVehicleIsTheVehicleOfAJourney() {
    Event carrying = first("A truck carrying flour reached the camp on Tuesday.", EventType.TRANSPORT);
    assertTrue(hasRoleContaining(carrying, "Vehicle", "truck"), carrying.toString());
    Event crossing = first("The families travelled to Greece by boat.", EventType.TRANSPORT);
    assertTrue(hasRoleContaining(crossing, "Vehicle", "boat"), crossing.toString());
    assertTrue(hasRoleContaining(crossing, "Destination", "Greece"), crossing.toString());
  }

  @Test
  void theNameBeforeACommaAndWhoIsTheSubjectOfTheRelativeClause() {
    Event death = first("Police named the driver as Jonas Berg, who died in hospital on Sunday.", EventType.DEATH);
    assertTrue(hasRoleContaining(death, "Victim", "Berg"), death.toString());
  }

  @Test
  void aPlaceNounGivesWayToTheNameAfterItsOf() {
    Event attack = first("Soldiers opened fire on the marchers in the town of Velmora.", EventType.ATTACK);
    assertTrue(hasRoleContaining(attack, "Place", "Velmora"), attack.toString());
  }

  @Test
  void thePlaceOneFleesIsTheOrigin() {
    Event flight = first("Thousands of villagers fled Ardania after the shelling.", EventType.TRANSPORT);
    assertTrue(hasRoleContaining(flight, "Origin", "Ardania"), flight.toString());
    assertFalse(hasRoleContaining(flight, "Destination", "Ardania"), flight.toString());
  }

  @Test
  void whereOneArrivesAtIsTheDestination() {
    Event arrival = first("The delegation arrived at Vnukovo airport on Monday.", EventType.TRANSPORT);
    assertTrue(hasRoleContaining(arrival, "Destination", "Vnukovo"), arrival.toString());
  }

  @Test
  void whatIsCoordinatedWithAnObjectSharesItsRole() {
    Event attack = first("Militants launched attacks on army posts and police stations.", EventType.ATTACK);
    assertTrue(hasRoleContaining(attack, "Target", "posts"), attack.toString());
    assertTrue(hasRoleContaining(attack, "Target", "stations"), attack.toString());
    Event raid = first("The rebels attacked a checkpoint and a school.", EventType.ATTACK);
    assertTrue(hasRoleContaining(raid, "Target", "school"), raid.toString());
  }

  @Test
  void anAbstractNounIsNoParticipant() {
    Event attack = first("The gunmen attacked the plan and the convoy.", EventType.ATTACK);
    assertFalse(hasRoleContaining(attack, "Target", "plan"), attack.toString());
    assertTrue(hasRoleContaining(attack, "Target", "convoy"), attack.toString());
  }
}
