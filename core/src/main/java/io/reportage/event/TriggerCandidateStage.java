package io.reportage.event;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes the nouns and verbs that the trigger lexicon does not list but whose lemma has an event
 * class in WordNet ("ambush", "gunfire", "convene", "extradite"): one candidate reading per class
 * of the word whose sense is among its commonest ({@value #MAX_RANK} or better), marked
 * {@link EventDraft#candidate}. The trigger model ({@link TriggerCheckStage}) then admits or drops
 * each. The events stay in text order.
 *
 * <p>Reads {@link Layer#LEMMAS}, {@link Layer#CORRECTED_POS} and {@link Layer#EVENT_TRIGGERS};
 * provides {@link Layer#EVENT_TRIGGER_CANDIDATES}.
 */
public final class TriggerCandidateStage implements Stage {
  /** Words whose event sense is rarer than their second sense name other things far more often. */
  static final int MAX_RANK = 2;

  private final WordClasses classes;

  public TriggerCandidateStage(WordClasses classes) {
    this.classes = classes;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.LEMMAS, Layer.CORRECTED_POS, Layer.EVENT_TRIGGERS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_TRIGGER_CANDIDATES);
  }

  @Override
  public void apply(Document doc) {
    if (classes.isEmpty()) {
      return;
    }
    List<EventDraft> events = doc.events();
    int existing = events.size();
    boolean[] taken = new boolean[doc.tokenCount()];
    for (EventDraft event : events) {
      for (int i = Math.max(0, event.triggerStart); i < event.triggerEnd; i++) {
        taken[i] = true;
      }
    }
    for (int token = 0; token < doc.tokenCount(); token++) {
      if (taken[token]) {
        continue;
      }
      String pos = doc.pos(token);
      boolean verb = "VERB".equals(pos);
      if (!verb && !"NOUN".equals(pos)) {
        continue;
      }
      for (WordClasses.WordClass wordClass : classes.of(doc.lemma(token))) {
        if (wordClass.rank() <= MAX_RANK) {
          EventDraft draft = new EventDraft(wordClass.type(), doc.span(token, token + 1));
          draft.triggerStart = token;
          draft.triggerEnd = token + 1;
          draft.nominal = !verb && !doc.isVerbalNoun(token);
          draft.candidate = true;
          draft.confidence = 0.8;
          events.add(draft);
        }
      }
    }
    if (events.size() > existing) {
      events.sort(Comparator.comparingInt(event -> event.triggerStart));
    }
  }
}
