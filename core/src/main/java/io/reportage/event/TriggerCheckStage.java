package io.reportage.event;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Weighs each trigger reading of a type with an ACE counterpart with the trigger model and leaves
 * out those it finds unlikely: a lexicon reading below the model's {@code keep} threshold, a
 * WordNet candidate below {@code admit}. Without a model every lexicon reading stays and every
 * candidate goes. Readings of the mission's own types without an ACE counterpart (statements,
 * appeals, threats...) are not weighed.
 *
 * <p>Reads {@link Layer#EVENT_TRIGGER_CANDIDATES} with the lemmas, tags and mentions around them;
 * provides {@link Layer#EVENT_TRIGGER_CHECKS}.
 */
public final class TriggerCheckStage implements Stage {
  private final TriggerModel model;
  private final WordClasses classes;

  public TriggerCheckStage(TriggerModel model, WordClasses classes) {
    this.model = model;
    this.classes = classes;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.CORRECTED_POS, Layer.MENTIONS,
        Layer.EVENT_TRIGGERS, Layer.EVENT_TRIGGER_CANDIDATES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_TRIGGER_CHECKS);
  }

  @Override
  public void apply(Document doc) {
    if (model.scorer() == null) {
      doc.events().removeIf(event -> event.candidate);
    } else if (model.weighsReadings() || model.admitsCandidates()) {
      doc.events().removeIf(event -> !holds(doc, event));
    }
  }

  private boolean holds(Document doc, EventDraft event) {
    if (event.type.ace() == null || event.triggerStart < 0 || !event.candidate && !model.weighsReadings()) {
      return true;
    }
    double probability = model.scorer().probability(TriggerFeatures.of(doc, event, classes, event.candidate));
    return probability >= (event.candidate ? model.admit() : model.keep());
  }
}
