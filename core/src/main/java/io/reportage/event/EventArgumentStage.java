package io.reportage.event;

import io.reportage.EntityType;
import io.reportage.EventType;
import io.reportage.Span;
import io.reportage.pipeline.ArgumentDraft;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds each event's participants in its sentence from word order and prepositions, and gives them
 * ACE role names ({@link ArgumentRoles}): the subject before a verb trigger (or after "by" when the
 * verb is passive), its object, the phrases after prepositions ("attack on X", "fled to X"), the
 * possessor of a noun trigger ("Moscow's readiness"), the subject of the verb that governs a noun
 * trigger ("the two leaders held their phone call"), both sides of "between X and Y", coordinated
 * subjects ("Trump and Putin discussed") and the names of a hyphenated pair before a meeting noun
 * ("Putin-Trump summit"). An argument is linked to the entity of the mention it holds; a place must
 * be a location or a name.
 *
 * <p>Reads {@link Layer#EVENTS}, {@link Layer#POS} and {@link Layer#MENTIONS}; refines {@link Layer#EVENTS}.
 */
public final class EventArgumentStage implements Stage {
  private static final int PREPOSITION_REACH = 8;
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "got", "get", "gets");
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tomorrow", "week", "month", "year", "weekend", "night");
  private static final Set<String> GOVERNING = Set.of("held", "hold", "holds", "holding", "had", "have", "has", "made", "make",
      "conducted", "launched", "staged", "carried", "reaffirmed", "expressed", "signed", "reached", "announced", "confirmed",
      "voiced", "repeated", "stressed");

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.EVENTS, Layer.POS, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public void apply(Document doc) {
    if (doc.events().isEmpty()) {
      return;
    }
    Phrases phrases = new Phrases(doc);
    for (EventDraft event : doc.events()) {
      if (event.triggerStart < 0 || event.type == EventType.STATEMENT) {
        continue;
      }
      doc.reportProgress(event.trigger.start());
      int sentence = doc.sentenceOf(event.triggerStart);
      find(doc, phrases, event, doc.sentenceStart(sentence), doc.sentenceEnd(sentence));
    }
  }

  private void find(Document doc, Phrases phrases, EventDraft event, int first, int last) {
    int start = event.triggerStart;
    int end = event.triggerEnd;
    String head = doc.lower(start);
    ArgumentRoles roles = ArgumentRoles.of(event.type, head);
    String pos = doc.pos(end - 1);
    boolean noun = "NOUN".equals(pos) || "PROPN".equals(pos);
    if (!noun) {
      boolean passive = isPassive(doc, start, first);
      Phrases.Phrase subject = phrases.before(start - 1, first);
      if (subject != null) {
        addWithCoordinated(doc, phrases, event, passive ? roles.passiveSubject() : roles.subject(), subject, first);
      }
      if (!passive && roles.object() != null && end < last && !"ADP".equals(doc.pos(end))) {
        Phrases.Phrase object = phrases.after(end, last);
        if (object != null && !isPronounAt(doc, object) || object != null && object.entity() != null) {
          add(doc, event, roles.object(), object);
        }
      }
    } else {
      nounParticipants(doc, phrases, event, roles, first);
    }
    prepositions(doc, phrases, event, roles, end, last);
  }

  private void nounParticipants(Document doc, Phrases phrases, EventDraft event, ArgumentRoles roles, int first) {
    int start = event.triggerStart;
    int i = start - 1;
    while (i >= first && isNounPhraseModifier(doc, i)) {
      i--;
    }
    // "Moscow's readiness", "Putin's death"
    if (i >= first && (doc.lower(i).equals("'s") || doc.lower(i).equals("'"))) {
      Phrases.Phrase possessor = phrases.before(i - 1, first);
      if (possessor != null && TIME_WORDS.contains(doc.lower(possessor.end() - 1))) {
        possessor = null;
      }
      if (possessor != null && roles.subject() != null) {
        add(doc, event, event.type == EventType.DEATH ? "Victim" : roles.subject(), possessor);
      }
      i = possessor == null ? i - 1 : possessor.start() - 1;
      while (i >= first && "DET".equals(doc.pos(i))) {
        i--;
      }
    } else if (event.type == EventType.MEETING || event.type == EventType.PHONE_CALL) {
      int j = i;
      while (j >= first && ("PROPN".equals(doc.pos(j)) || "NOUN".equals(doc.pos(j)) || "ADJ".equals(doc.pos(j)))) {
        j--;
      }
      hyphenatedPair(doc, event, j + 1, start);
    }
    // "the two leaders held their sixth phone call": the subject of the governing verb.
    if (i >= first && GOVERNING.contains(doc.lower(i)) && roles.subject() != null) {
      Phrases.Phrase subject = phrases.before(i - 1, first);
      if (subject != null) {
        addWithCoordinated(doc, phrases, event, roles.subject(), subject, first);
      }
    }
  }

  /** "Putin-Trump summit": each capitalised part of a hyphenated modifier that names an entity of the article. */
  private void hyphenatedPair(Document doc, EventDraft event, int from, int to) {
    for (int t = from; t < to; t++) {
      String token = doc.token(t);
      if (token.indexOf('-') <= 0) {
        continue;
      }
      int offset = doc.tokenStart(t);
      int partStart = 0;
      for (String part : token.split("-")) {
        EntityDraft entity = part.isEmpty() || !Character.isUpperCase(part.charAt(0)) ? null : entityNamed(doc, part);
        if (entity != null) {
          addArgument(event, "Entity", entity, new Span(offset + partStart, offset + partStart + part.length()));
        }
        partStart += part.length() + 1;
      }
    }
  }

  private static EntityDraft entityNamed(Document doc, String word) {
    for (EntityDraft entity : doc.entities()) {
      if (entity.type == EntityType.PERSON && entity.name != null
          && (entity.name.equals(word) || entity.name.endsWith(" " + word))) {
        return entity.canonical();
      }
    }
    return null;
  }

  private void prepositions(Document doc, Phrases phrases, EventDraft event, ArgumentRoles roles, int end, int last) {
    int limit = Math.min(last, end + PREPOSITION_REACH);
    for (int i = end; i < limit; i++) {
      String pos = doc.pos(i);
      if ("VERB".equals(pos) || "PUNCT".equals(pos) && !doc.token(i).equals(",") || "SCONJ".equals(pos)) {
        return;
      }
      String role = roles.prepositions().get(doc.lower(i));
      if (role == null || !"ADP".equals(pos) && !doc.lower(i).equals("to")) {
        continue;
      }
      Phrases.Phrase phrase = phrases.after(i + 1, last);
      if (phrase == null) {
        continue;
      }
      if (role.equals("Place") || role.equals("Destination") || role.equals("Origin")) {
        if (!isPlace(doc, phrase)) {
          continue;
        }
      }
      add(doc, event, role, phrase);
      if (doc.lower(i).equals("between") && phrase.end() < last && doc.lower(phrase.end()).equals("and")) {
        Phrases.Phrase second = phrases.after(phrase.end() + 1, last);
        if (second != null) {
          add(doc, event, role, second);
        }
      }
      i = phrase.end() - 1;
    }
  }

  private void addWithCoordinated(Document doc, Phrases phrases, EventDraft event, String role, Phrases.Phrase phrase, int first) {
    add(doc, event, role, phrase);
    int before = phrase.start() - 1;
    if (before > first && doc.lower(before).equals("and")) {
      Phrases.Phrase other = phrases.before(before - 1, first);
      if (other != null) {
        add(doc, event, role, other);
      }
    }
  }

  private static boolean isPlace(Document doc, Phrases.Phrase phrase) {
    if (phrase.entity() != null) {
      return phrase.entity().type == EntityType.LOCATION;
    }
    for (int t = phrase.start(); t < phrase.end(); t++) {
      if ("PROPN".equals(doc.pos(t))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPronounAt(Document doc, Phrases.Phrase phrase) {
    return "PRON".equals(doc.pos(phrase.start()));
  }

  private static boolean isPassive(Document doc, int start, int first) {
    for (int i = start - 1; i >= first && i >= start - 3; i--) {
      if (BE.contains(doc.lower(i))) {
        return true;
      }
      if (!"ADV".equals(doc.pos(i)) && !"PART".equals(doc.pos(i))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isNounPhraseModifier(Document doc, int token) {
    String pos = doc.pos(token);
    return "ADJ".equals(pos) || "NUM".equals(pos) || "DET".equals(pos) || "NOUN".equals(pos) && doc.token(token).contains("-")
        || "PRON".equals(pos) && (doc.lower(token).equals("their") || doc.lower(token).equals("his") || doc.lower(token).equals("her")
        || doc.lower(token).equals("its"));
  }

  private static void add(Document doc, EventDraft event, String role, Phrases.Phrase phrase) {
    if (role == null) {
      return;
    }
    if ("PRON".equals(doc.pos(phrase.start())) && phrase.entity() == null && phrase.end() - phrase.start() == 1) {
      return;
    }
    addArgument(event, role, phrase.entity(), doc.span(phrase.start(), phrase.end()));
  }

  private static void addArgument(EventDraft event, String role, EntityDraft entity, Span span) {
    for (ArgumentDraft argument : event.arguments) {
      if (argument.role.equals(role) && (argument.span.overlaps(span) || entity != null && argument.entity != null
          && argument.entity.canonical() == entity.canonical())) {
        return;
      }
    }
    event.arguments.add(new ArgumentDraft(role, entity, span));
  }
}
