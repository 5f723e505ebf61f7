package io.reportage.event;

import io.reportage.EntityType;
import io.reportage.EventType;
import io.reportage.pipeline.ArgumentDraft;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arguments that events of one sentence share, as ACE annotates them. An attack and the deaths it
 * causes have one cast: the attack's target is who died, its attacker the killer, and both happen
 * in one place with one weapon ("gunmen killed 12 people in an attack on a market in Kano"). An
 * event that names no place takes the place where the sentence puts its other events, or else the
 * location the sentence itself names after "in", "at" or "near" ("Police detain a protester in
 * downtown Moscow", the caption's closing place). Only empty roles are filled. Linear: events are
 * grouped by sentence once.
 */
final class SharedArguments {
  /** Event types with a Place role in ACE. */
  private static final Set<EventType> PLACED = EnumSet.of(EventType.ATTACK, EventType.DEATH, EventType.ARREST,
      EventType.MEETING, EventType.DEMONSTRATION, EventType.PHONE_CALL);
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside");

  private SharedArguments() {
  }

  static void share(Document doc, Phrases phrases) {
    Map<Integer, List<EventDraft>> bySentence = new HashMap<>();
    for (EventDraft event : doc.events()) {
      if (event.triggerStart >= 0 && event.type != EventType.STATEMENT) {
        bySentence.computeIfAbsent(doc.sentenceOf(event.triggerStart), s -> new ArrayList<>()).add(event);
      }
    }
    for (Map.Entry<Integer, List<EventDraft>> entry : bySentence.entrySet()) {
      List<EventDraft> events = entry.getValue();
      if (events.size() > 1) {
        attackAndDeath(events);
      }
      place(doc, phrases, entry.getKey(), events);
    }
  }

  /**
   * Fills each attack's empty roles from the first death of the sentence that has them, and each
   * death's from the first attack: linear in the sentence's events, not one pass per pair.
   */
  private static void attackAndDeath(List<EventDraft> events) {
    share(events, EventType.ATTACK, "Target", EventType.DEATH, "Victim");
    share(events, EventType.ATTACK, "Attacker", EventType.DEATH, "Agent");
    share(events, EventType.ATTACK, "Instrument", EventType.DEATH, "Instrument");
  }

  private static void share(List<EventDraft> events, EventType one, String oneRole, EventType other, String otherRole) {
    EventDraft oneDonor = firstWith(events, one, oneRole);
    EventDraft otherDonor = firstWith(events, other, otherRole);
    for (EventDraft event : events) {
      if (event.type == other && oneDonor != null) {
        copy(oneDonor, oneRole, event, otherRole);
      } else if (event.type == one && otherDonor != null) {
        copy(otherDonor, otherRole, event, oneRole);
      }
    }
  }

  private static EventDraft firstWith(List<EventDraft> events, EventType type, String role) {
    for (EventDraft event : events) {
      if (event.type == type && find(event, role) != null) {
        return event;
      }
    }
    return null;
  }

  private static void place(Document doc, Phrases phrases, int sentence, List<EventDraft> events) {
    ArgumentDraft known = null;
    for (EventDraft event : events) {
      known = known == null ? find(event, "Place") : known;
    }
    if (known == null) {
      known = sentencePlace(doc, phrases, sentence);
    }
    if (known == null) {
      return;
    }
    for (EventDraft event : events) {
      if (PLACED.contains(event.type) && find(event, "Place") == null) {
        event.arguments.add(new ArgumentDraft("Place", known.entity, known.span));
      }
    }
  }

  /** The last location the sentence names after "in", "at", "near" or "outside", or null. */
  private static ArgumentDraft sentencePlace(Document doc, Phrases phrases, int sentence) {
    ArgumentDraft place = null;
    int last = doc.sentenceEnd(sentence);
    for (int i = doc.sentenceStart(sentence); i + 1 < last; i++) {
      if (!PLACE_PREPOSITIONS.contains(doc.lower(i))) {
        continue;
      }
      Phrases.Phrase phrase = phrases.after(i + 1, last);
      if (phrase != null && phrase.entity() != null && phrase.entity().type == EntityType.LOCATION) {
        place = new ArgumentDraft("Place", phrase.entity(), doc.span(phrase.start(), phrase.end()));
      }
    }
    return place;
  }

  private static void copy(EventDraft from, String fromRole, EventDraft to, String toRole) {
    if (find(to, toRole) != null) {
      return;
    }
    for (ArgumentDraft argument : from.arguments) {
      if (argument.role.equals(fromRole)) {
        to.arguments.add(new ArgumentDraft(toRole, argument.entity, argument.span));
      }
    }
  }

  private static ArgumentDraft find(EventDraft event, String role) {
    for (ArgumentDraft argument : event.arguments) {
      if (argument.role.equals(role)) {
        return argument;
      }
    }
    return null;
  }
}
