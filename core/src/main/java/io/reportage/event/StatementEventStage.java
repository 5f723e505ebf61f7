package io.reportage.event;

import io.reportage.EventType;
import io.reportage.pipeline.ArgumentDraft;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes a STATEMENT event (CAMEO 010) of every attributed quote: the cue is its trigger, the
 * speaker its Agent (the same entity as the quote's speaker), the quote its source. Runs before
 * time and status so that "told journalists on Friday" dates the statement.
 *
 * <p>Reads the attributed quotes ({@link Layer#ATTRIBUTIONS}) and {@link Layer#TOKENS}; provides
 * {@link Layer#STATEMENT_EVENTS}. It adds them after the {@link Layer#EVENT_TRIGGERS} mentions: where a
 * time lies as near to a statement as to another event, the time stage gives it to the one found first.
 */
public final class StatementEventStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.ATTRIBUTIONS, Layer.EVENT_TRIGGERS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.STATEMENT_EVENTS);
  }

  @Override
  public void apply(Document doc) {
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.speaker == null || quote.cue == null || quote.cue.isEmpty()) {
        continue;
      }
      int[] tokens = doc.tokensWithin(quote.cue);
      if (tokens[1] <= tokens[0]) {
        continue;
      }
      EventDraft statement = new EventDraft(EventType.STATEMENT, quote.cue);
      statement.triggerStart = tokens[0];
      statement.triggerEnd = tokens[1];
      statement.quote = quote;
      statement.confidence = quote.confidence > 0 ? quote.confidence : 0.8;
      statement.arguments.add(new ArgumentDraft("Agent", quote.speaker.canonical(),
          quote.speakerMention != null ? quote.speakerMention : quote.cue));
      doc.events().add(statement);
    }
  }
}
