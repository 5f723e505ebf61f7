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

/** Words that look like event triggers but name no event here, in sentences written for this test. */
class EventSenseTest {
  private static final Extractor EXTRACTOR = Extractor.create();
  private static final ArticleInfo PUBLISHED = ArticleInfo.published(LocalDate.of(2025, 7, 4));

  private static List<Event> events(String text) {
    return EXTRACTOR.analyze(text, PUBLISHED).events();
  }

  private static void none(String text, EventType type) {
    assertTrue(events(text).stream().noneMatch(e -> e.type() == type), type + " found in: " + text + " -> " + events(text));
  }

  private static List<Event> of(String text, EventType type) {
    return events(text).stream().filter(e -> e.type() == type).toList();
  }

  @Test
  void aDeathTollCountsTheDeadAndTheDeadAreThePeople() {
    none("The official death toll rose to 40 on Sunday.", EventType.DEATH);
    none("Rescuers pulled dead bodies from the rubble of the hotel.", EventType.DEATH);
    none("Relatives buried the dead in a field outside the village.", EventType.DEATH);
    assertEquals(1, of("The floods left 14 people dead in the valley.", EventType.DEATH).size());
  }

  @Test
  void aShootingDeathIsADeath() {
    String text = "The shooting death of a teenager in Lyon sparked protests.";
    assertEquals(1, of(text, EventType.DEATH).size(), events(text).toString());
    none(text, EventType.ATTACK);
  }

  @Test
  void marchBesideADayIsTheMonth() {
    none("The ministers will sign the treaty in Oslo on March 12.", EventType.DEMONSTRATION);
    assertEquals(1, of("Farmers held a march through Lyon on Monday.", EventType.DEMONSTRATION).size());
  }

  @Test
  void idiomsOfStrikingAndFightingAreNoAttacks() {
    none("The court ruling strikes a blow at press freedom.", EventType.ATTACK);
    none("Health ministers vowed to fight the spread of malaria in the region.", EventType.ATTACK);
    none("The senator's personal attacks on her rival drew criticism.", EventType.ATTACK);
  }

  @Test
  void speakingByPhoneInACaptionIsACallAndSpeakingOfACallIsNone() {
    // The caption's closing "May 3" is the month: the call is no hypothetical one.
    List<Event> calls = of("FILE - Premier Okafor speaks on the phone with Chancellor Weber in Abuja, May 3, 2024.",
        EventType.PHONE_CALL);
    assertEquals(1, calls.size());
    assertEquals(EventStatus.OCCURRED, calls.get(0).status());
    assertTrue(of("Analysts spoke approvingly of the phone call between the two leaders.", EventType.PHONE_CALL).stream()
        .noneMatch(e -> e.trigger().text().equals("spoke")));
  }

  @Test
  void callingSomethingByANameIsNoPhoneCall() {
    none("The spokesman called the senator's claim absurd.", EventType.PHONE_CALL);
    none("The group hosted a debate, called Voices of Tomorrow, in the capital.", EventType.PHONE_CALL);
    none("Calling them \"true heroes\", the mayor thanked the firefighters.", EventType.PHONE_CALL);
    assertEquals(1, of("Kovacs called Lindqvist on Friday to discuss the dispute.", EventType.PHONE_CALL).size());
  }

  @Test
  void writtenWordsCountOnce() {
    none("In an emailed statement, the company denied any wrongdoing.", EventType.CORRESPONDENCE);
    none("The vote sent a clear signal to the government.", EventType.CORRESPONDENCE);
    List<Event> letters = of("She wrote letters to her brother in prison.", EventType.CORRESPONDENCE);
    assertEquals(1, letters.size(), letters.toString());
    assertEquals("wrote", letters.get(0).trigger().text());
  }

  @Test
  void aVerbThatIsNeverANounStaysAnEventWhenTaggedAsOne() {
    assertEquals(1, of("Police detain and question two suspects in Porto.", EventType.ARREST).size());
  }

  @Test
  void aWordInsideTheNameOfAPlaceNamesNoEvent() {
    none("Headline\n\nThe families found shelter at the Quaker Meeting House in Leeds on Sunday.", EventType.MEETING);
    assertEquals(1, of("Headline\n\nThe elders held a meeting at the Quaker hall in Leeds on Sunday.", EventType.MEETING).size());
  }
}
