package io.reportage.event;

import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.pipeline.ArgumentDraft;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EntityDraft;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import io.reportage.text.English;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes one record of the mentions of one event. A mention joins the last record of its type when
 * it refers back ("the call", "their conversation", "such a meeting", "Thursday's phone call"),
 * when it shares a participant with it, or when it is the headline's and the record the body's
 * first; never when their dates, ordinals or asserted statuses disagree (a meeting that took place
 * is not the one proposed). The record keeps the first trigger, gains the others as mentions, the
 * union of arguments and attributes, the first date and quote, and the status most mentions state.
 * Statements, appeals, threats and intents are never merged: each expression is its own act.
 *
 * <p>Reads every step of the event mentions up to {@link Layer#EVENT_CONFIDENCE}, the entities of their
 * arguments and the headline; provides {@link Layer#EVENT_RECORDS}. The record stays at its first mention's place.
 */
public final class EventMergingStage implements Stage {
  /** Speech acts: each expression is its own event. */
  private static final Set<EventType> SINGLE = EnumSet.of(EventType.STATEMENT, EventType.APPEAL, EventType.THREAT,
      EventType.INTENT_TO_MEET_OR_NEGOTIATE);
  /**
   * How many of the latest records of a type a mention is compared with: enough for any article,
   * and it keeps the stage linear on long texts where records of one type never merge.
   */
  private static final int RECENT_RECORDS = 16;
  private static final Set<String> REFERRING = English.union(English.DEFINITE_DETERMINERS,
      English.THIRD_PERSON_POSSESSIVES, Set.of("such", "'s", "both"));

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.STRUCTURE, Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.ENTITIES,
        Layer.EVENT_TRIGGERS, Layer.STATEMENT_EVENTS, Layer.EVENT_ARGUMENTS, Layer.EVENT_STATUS, Layer.EVENT_TIMES,
        Layer.EVENT_ATTRIBUTES, Layer.EVENT_QUOTES, Layer.EVENT_CONFIDENCE);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_RECORDS);
  }

  @Override
  public void apply(Document doc) {
    List<EventDraft> events = doc.events();
    if (events.size() < 2) {
      events.removeIf(event -> event.needsAntecedent);
      return;
    }
    List<EventDraft> ordered = new ArrayList<>(events);
    ordered.sort((a, b) -> a.trigger.compareTo(b.trigger));
    Map<EventType, List<EventDraft>> recordsOfType = new EnumMap<>(EventType.class);
    Map<EventDraft, List<EventStatus>> votes = new HashMap<>();
    // The arguments each record holds, by role and span and by role and entity: a record that absorbs
    // many mentions (a long article on one summit) checks each new argument in constant time.
    Map<EventDraft, Set<List<Object>>> knownArguments = new HashMap<>();
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft event : ordered) {
      EventDraft record = null;
      List<EventDraft> records = SINGLE.contains(event.type) ? List.of() : recordsOfType.getOrDefault(event.type, List.of());
      for (int r = records.size() - 1; r >= Math.max(0, records.size() - RECENT_RECORDS) && record == null; r--) {
        if (belongsTo(doc, event, records.get(r))) {
          record = records.get(r);
        }
      }
      if (record != null) {
        absorb(record, event, votes, knownArguments);
      } else if (event.needsAntecedent) {
        continue;
      } else {
        kept.add(event);
        votes.computeIfAbsent(event, e -> new ArrayList<>()).add(event.statusStated ? event.status : null);
        recordsOfType.computeIfAbsent(event.type, t -> new ArrayList<>()).add(event);
      }
    }
    for (EventDraft record : kept) {
      EventStatus voted = vote(votes.get(record));
      if (voted != null) {
        record.status = voted;
        record.statusStated = true;
      }
    }
    events.clear();
    events.addAll(kept);
  }

  private static boolean belongsTo(Document doc, EventDraft event, EventDraft record) {
    if (event.timeIso != null && record.timeIso != null && !event.timeIso.equals(record.timeIso)) {
      return false;
    }
    Object ordinal = event.attributes.get("ordinal");
    if (ordinal != null && record.attributes.get("ordinal") != null && !ordinal.equals(record.attributes.get("ordinal"))) {
      return false;
    }
    if (event.statusStated && record.statusStated && asserted(event.status) != asserted(record.status)) {
      return false;
    }
    if (event.anaphoric || event.triggerStart >= 0 && refersBack(doc, event.triggerStart)) {
      return true;
    }
    if (event.timeIso != null && event.timeIso.equals(record.timeIso)) {
      return true;
    }
    if (sharesParticipant(event, record)) {
      return true;
    }
    return record.triggerStart >= 0 && doc.isHeadline(doc.paragraphOf(record.triggerStart))
        && event.triggerStart >= 0 && !doc.isHeadline(doc.paragraphOf(event.triggerStart));
  }

  private static boolean asserted(EventStatus status) {
    return status == EventStatus.OCCURRED || status == EventStatus.ONGOING;
  }

  /** A definite, demonstrative or possessive word opens the trigger's noun phrase. */
  static boolean refersBack(Document doc, int trigger) {
    int first = doc.sentenceStart(doc.sentenceOf(trigger));
    for (int i = trigger - 1; i >= first && i >= trigger - 5; i--) {
      String lower = doc.lower(i);
      if (REFERRING.contains(lower)) {
        return true;
      }
      String pos = doc.pos(i);
      if (!("ADJ".equals(pos) || "NUM".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos) || "ADV".equals(pos)
          || lower.equals("a") || lower.equals("an")
          || "PUNCT".equals(pos) && doc.token(i).equals("-"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean sharesParticipant(EventDraft event, EventDraft record) {
    for (ArgumentDraft a : event.arguments) {
      if (a.entity == null) {
        continue;
      }
      EntityDraft entity = a.entity.canonical();
      for (ArgumentDraft b : record.arguments) {
        if (b.entity != null && b.entity.canonical() == entity) {
          return true;
        }
      }
    }
    return false;
  }

  /** An argument is known to a record with the same role and span, or the same role and entity. */
  private static List<List<Object>> keys(ArgumentDraft argument) {
    List<Object> bySpan = List.of(argument.role, argument.span);
    return argument.entity == null ? List.of(bySpan) : List.of(bySpan, List.of(argument.role, argument.entity.canonical()));
  }

  private static void absorb(EventDraft record, EventDraft event, Map<EventDraft, List<EventStatus>> votes,
      Map<EventDraft, Set<List<Object>>> knownArguments) {
    record.otherMentions.add(event.trigger);
    record.otherMentions.addAll(event.otherMentions);
    Set<List<Object>> known = knownArguments.computeIfAbsent(record, r -> {
      Set<List<Object>> keys = new HashSet<>();
      r.arguments.forEach(argument -> keys.addAll(keys(argument)));
      return keys;
    });
    for (ArgumentDraft argument : event.arguments) {
      List<List<Object>> keys = keys(argument);
      if (keys.stream().noneMatch(known::contains)) {
        record.arguments.add(argument);
        known.addAll(keys);
      }
    }
    if (record.time == null && event.time != null) {
      record.time = event.time;
      record.timeValue = event.timeValue;
      record.timeIso = event.timeIso;
    }
    event.attributes.forEach((key, value) -> {
      Object have = record.attributes.get(key);
      if (have == null) {
        record.attributes.put(key, value);
      } else if (have instanceof List<?> list && value instanceof List<?> more) {
        Set<Object> union = new LinkedHashSet<>(list);
        union.addAll(more);
        record.attributes.put(key, new ArrayList<>(union));
      }
    });
    if (record.quote == null) {
      record.quote = event.quote;
    }
    if (event.cameo != null && (record.cameo == null || event.cameo.length() > record.cameo.length())) {
      record.cameo = event.cameo;
    }
    record.confidence = Math.max(record.confidence, event.confidence);
    votes.get(record).add(event.statusStated ? event.status : null);
  }

  /** The status most mentions state (ties: the first stated); null when none states one. */
  private static EventStatus vote(List<EventStatus> statuses) {
    Map<EventStatus, Integer> counts = new EnumMap<>(EventStatus.class);
    EventStatus best = null;
    for (EventStatus status : statuses) {
      if (status == null) {
        continue;
      }
      int count = counts.merge(status, 1, Integer::sum);
      if (best == null || count > counts.get(best)) {
        best = status;
      }
    }
    return best;
  }
}
