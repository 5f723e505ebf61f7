package io.reportage.event;

import io.reportage.EventType;
import java.util.Map;
import java.util.Set;

/**
 * Which ACE role each syntactic slot of a trigger fills, by event type: the subject of an active
 * verb, its object, the subject of a passive one, the "by" phrase, and the phrases after
 * prepositions ("attack on X": Target; "arrived in X": Destination).
 */
record ArgumentRoles(String subject, String object, String passiveSubject, String agentBy, Map<String, String> prepositions) {
  /** Transport verbs whose object is what moves ("sent troops"); the others move their subject ("fled"). */
  private static final Set<String> CARRYING_STEMS = Set.of("send", "sent", "deploy", "bring", "brought", "carr", "transport",
      "evacuat", "deport", "ship", "deliver", "smuggl", "escort", "airlift", "expel", "transfer", "withdr", "relocat", "traffick");
  /** Transport verbs whose object is where one goes ("visited Paris", "entered the city"); "leave" is where one comes from. */
  private static final Set<String> GOING_STEMS = Set.of("visit", "enter", "reach", "cross", "arriv", "return", "travel", "head",
      "fl", "infiltrat", "board");
  /** Verbs of leaving, whose object is the place left ("fled the city", "escaped the camp"). */
  private static final Set<String> LEAVING_STEMS = Set.of("flee", "fled", "escap", "abandon", "quit", "depart", "exit");
  private static final Set<String> DYING_STEMS = Set.of("die", "died", "dying", "dead", "death", "perish", "drown", "fatal",
      "lost", "suicide");

  static ArgumentRoles of(EventType type, String word) {
    return switch (type) {
      case ATTACK -> new ArgumentRoles("Attacker", "Target", "Target", "Attacker",
          Map.of("on", "Target", "against", "Target", "in", "Place", "at", "Place", "near", "Place", "with", "Instrument",
              "by", "Attacker", "of", "Target", "for", "Place"));
      case DEATH -> startsWithAny(word, DYING_STEMS)
          ? new ArgumentRoles("Victim", null, "Victim", "Agent", Map.of("in", "Place", "at", "Place", "of", "Victim", "near", "Place"))
          : new ArgumentRoles("Agent", "Victim", "Victim", "Agent",
              Map.of("in", "Place", "at", "Place", "of", "Victim", "near", "Place", "with", "Instrument", "by", "Agent"));
      case ARREST -> new ArgumentRoles("Agent", "Person", "Person", "Agent",
          Map.of("in", "Place", "at", "Place", "of", "Person", "by", "Agent"));
      case MEETING, PHONE_CALL, CORRESPONDENCE -> new ArgumentRoles("Entity",
          word.startsWith("discuss") || word.startsWith("talk") ? null : "Entity", "Entity", "Entity",
          Map.of("with", "Entity", "between", "Entity", "in", "Place", "at", "Place", "to", "Entity", "of", "Entity"));
      case DEMONSTRATION -> new ArgumentRoles("Entity", null, "Entity", "Entity",
          Map.of("in", "Place", "at", "Place", "outside", "Place", "near", "Place", "by", "Entity", "of", "Entity"));
      case TRANSPORT -> transport(word);
      case MONEY_TRANSFER -> new ArgumentRoles("Giver", "Money", "Money", "Giver",
          Map.of("to", "Recipient", "from", "Giver", "for", "Recipient", "by", "Giver"));
      case APPEAL -> new ArgumentRoles("Agent", "Recipient", "Recipient", "Agent", Map.of("to", "Recipient", "on", "Recipient"));
      case THREAT -> new ArgumentRoles("Agent", "Target", "Target", "Agent", Map.of("against", "Target", "to", "Target"));
      case AGREEMENT -> new ArgumentRoles("Entity", null, "Entity", "Entity", Map.of("with", "Entity", "between", "Entity"));
      case INTENT_TO_MEET_OR_NEGOTIATE -> new ArgumentRoles("Agent", null, "Agent", "Agent", Map.of("with", "Entity"));
      case STATEMENT -> new ArgumentRoles("Agent", null, null, null, Map.of());
    };
  }

  private static ArgumentRoles transport(String word) {
    Map<String, String> prepositions = Map.ofEntries(Map.entry("to", "Destination"), Map.entry("into", "Destination"),
        Map.entry("for", "Destination"), Map.entry("in", "Destination"), Map.entry("at", "Destination"),
        Map.entry("toward", "Destination"), Map.entry("towards", "Destination"), Map.entry("from", "Origin"),
        Map.entry("by", "Agent"), Map.entry("of", "Artifact"));
    if (startsWithAny(word, CARRYING_STEMS)) {
      return new ArgumentRoles("Agent", "Artifact", "Artifact", "Agent", prepositions);
    }
    String object = word.startsWith("le") || startsWithAny(word, LEAVING_STEMS) ? "Origin" : startsWithAny(word, GOING_STEMS) ? "Destination" : null;
    return new ArgumentRoles("Artifact", object, "Artifact", "Agent", prepositions);
  }

  private static boolean startsWithAny(String word, Set<String> stems) {
    for (String stem : stems) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }
}
