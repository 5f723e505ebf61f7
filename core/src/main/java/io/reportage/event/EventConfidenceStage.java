package io.reportage.event;

import io.reportage.EventStatus;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Adjusts each event's confidence for what makes a reading less sure of naming one particular event
 * that happened, and leaves out events below a minimum.
 *
 * <ul>
 *   <li>An event the text does not assert (planned, proposed, negated, hypothetical) is less often
 *       one an analyst counts: ×{@value #IRREALIS}.
 *   <li>A plural event noun ("attacks", "killings") often names a class of events, not one:
 *       ×{@value #PLURAL}.
 *   <li>A new event noun that names no participant, place or time is too vague to record on its
 *       own: ×{@value #BARE} (a definite one that refers back only joins an earlier record).
 *   <li>An event told inside quotation marks is someone's claim, not the reporter's: ×{@value #QUOTED}.
 * </ul>
 *
 * <p>Reads every mention ({@link Layer#EVENT_TRIGGERS}, {@link Layer#STATEMENT_EVENTS}) with its arguments,
 * settled status and time ({@link Layer#EVENT_TIMES}) and quote; provides {@link Layer#EVENT_CONFIDENCE}.
 */
public final class EventConfidenceStage implements Stage {
  static final double IRREALIS = 0.7;
  static final double PLURAL = 0.75;
  static final double QUOTED = 0.75;
  static final double BARE = 0.5;
  /** The minimum the default pipeline keeps: readings the lexicon marks unsure, once discounted, fall below it. */
  public static final double DEFAULT_MINIMUM = 0.45;

  private final double minimum;

  /** @param minimum events whose confidence ends below this are left out */
  public EventConfidenceStage(double minimum) {
    if (minimum < 0 || minimum > 1) {
      throw new IllegalArgumentException("A minimum confidence lies between 0 and 1, got " + minimum);
    }
    this.minimum = minimum;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.ATTRIBUTIONS, Layer.EVENT_TRIGGERS,
        Layer.STATEMENT_EVENTS, Layer.EVENT_ARGUMENTS, Layer.EVENT_STATUS, Layer.EVENT_TIMES, Layer.EVENT_QUOTES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_CONFIDENCE);
  }

  @Override
  public void apply(Document doc) {
    for (EventDraft event : doc.events()) {
      if (event.triggerStart < 0) {
        continue;
      }
      double confidence = event.confidence;
      if (event.statusStated && event.status != EventStatus.OCCURRED && event.status != EventStatus.ONGOING) {
        confidence *= IRREALIS;
      }
      int head = event.triggerEnd - 1;
      String word = doc.lower(head);
      if (event.nominal && word.endsWith("s") && !word.endsWith("ss") && event.triggerEnd - event.triggerStart == 1) {
        confidence *= PLURAL;
      }
      if (event.nominal && event.arguments.isEmpty() && event.time == null) {
        if (EventMergingStage.refersBack(doc, event.triggerStart)) {
          event.needsAntecedent = true;
        } else {
          confidence *= BARE;
        }
      }
      if (event.quote != null && event.quote.marked) {
        confidence *= QUOTED;
      }
      event.confidence = confidence;
    }
    doc.events().removeIf(event -> event.confidence < minimum);
  }
}
