package io.reportage.event;

import io.reportage.EventStatus;
import io.reportage.models.Lexicon;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates events. Each time expression of a sentence ({@link TimeExpressionFinder}) goes to the event
 * of that sentence whose trigger is nearest to it, so that in "told journalists on Friday that a
 * meeting is needed" Friday dates the statement, not the meeting; a possessive time dates the event
 * it owns ("Thursday's phone call"). A weekday that dates a planned event is the next such day. An
 * event whose status no word states and whose time lies ahead ("tomorrow", "next month") is planned.
 *
 * <p>Reads the mentions ({@link Layer#EVENT_TRIGGERS}, {@link Layer#STATEMENT_EVENTS}) with their
 * {@link Layer#EVENT_STATUS}, the corrected tags and the publication date; provides {@link Layer#EVENT_TIMES}.
 */
public final class EventTimeStage implements Stage {
  private final TimeExpressionFinder finder;

  public EventTimeStage(Lexicon timeWords) {
    this.finder = new TimeExpressionFinder(timeWords);
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.EVENT_TRIGGERS, Layer.STATEMENT_EVENTS,
        Layer.EVENT_STATUS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_TIMES);
  }

  /** "A meeting is necessary, Peskov told journalists on Friday": a comma and a verb between them part a noun's clause from the time's. */
  private static boolean acrossClauses(Document doc, EventDraft event, TimeMention time) {
    int from = Math.min(event.triggerEnd, time.end());
    int to = Math.max(event.triggerStart, time.start());
    boolean comma = false;
    boolean verb = false;
    for (int i = from; i < to; i++) {
      comma |= doc.token(i).equals(",");
      verb |= "VERB".equals(doc.pos(i));
    }
    return comma && verb;
  }

  @Override
  public void apply(Document doc) {
    if (doc.events().isEmpty()) {
      return;
    }
    Map<Integer, List<EventDraft>> bySentence = new HashMap<>();
    for (EventDraft event : doc.events()) {
      if (event.triggerStart >= 0) {
        bySentence.computeIfAbsent(doc.sentenceOf(event.triggerStart), s -> new ArrayList<>()).add(event);
      }
    }
    Map<EventDraft, Integer> distances = new HashMap<>();
    for (TimeMention time : finder.find(doc)) {
      List<EventDraft> events = bySentence.get(doc.sentenceOf(time.start()));
      if (events == null) {
        continue;
      }
      EventDraft nearest = null;
      int best = Integer.MAX_VALUE;
      for (EventDraft event : events) {
        if (acrossClauses(doc, event, time)) {
          continue;
        }
        int distance = time.possessive() && time.end() <= event.triggerStart ? event.triggerStart - time.end()
            : time.end() <= event.triggerStart ? event.triggerStart - time.end() + 1
            : Math.max(0, time.start() - event.triggerEnd + 1);
        if (distance < best) {
          best = distance;
          nearest = event;
        }
      }
      if (nearest != null && best < distances.getOrDefault(nearest, Integer.MAX_VALUE)) {
        distances.put(nearest, best);
        nearest.time = doc.span(time.start(), time.end());
        nearest.timeValue = time.day();
        nearest.timeIso = time.iso();
        if (time.future() && !nearest.statusStated) {
          // "agreed to meet next month": an event dated after the time of writing is planned.
          nearest.status = EventStatus.PLANNED;
          nearest.statusStated = true;
        }
        if (time.weekday() && time.day() != null && nearest.status == EventStatus.PLANNED
            && doc.info().published().isPresent() && time.day().isBefore(doc.info().published().get())) {
          nearest.timeValue = time.day().plusWeeks(1);
          nearest.timeIso = nearest.timeValue.toString();
        }
      }
    }
  }
}
