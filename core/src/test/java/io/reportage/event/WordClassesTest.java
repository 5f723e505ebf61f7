package io.reportage.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.reportage.EventType;
import io.reportage.models.Lexicon;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class WordClassesTest {
  private static WordClasses parse(String text) {
    return WordClasses.of(Lexicon.parse("classes.txt", new StringReader(text)));
  }

  @Test
  void aWordKeepsTheRankOfEachOfItsTypes() {
    WordClasses classes = parse("visit | MEETING/1 TRANSPORT/2\n");
    assertEquals(1, classes.rank("visit", EventType.MEETING));
    assertEquals(2, classes.rank("visit", EventType.TRANSPORT));
    assertEquals(0, classes.rank("visit", EventType.ATTACK), "a type the word does not name has rank 0");
    assertTrue(classes.of("meeting").isEmpty(), "an unlisted lemma has no class");
  }

  @Test
  void aMalformedEntryIsNamedInTheError() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> parse("ambush | ATTACK\n"));
    assertTrue(error.getMessage().contains("ambush"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("ambush | BATTLE/1\n"));
  }

  @Test
  void thresholdsOutsideZeroAndOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TriggerModel(features -> 0.5, -0.1, 0.5));
    assertThrows(IllegalArgumentException.class, () -> new TriggerModel(features -> 0.5, 0.1, 1.5));
  }
}
