package io.reportage.event;

import io.reportage.EventType;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Links each event to the attributed quote or reported statement that tells of it: the quote whose
 * span holds the event's trigger (the innermost when several do). Quotes are sorted once and
 * searched by binary search, so the stage is linear in the number of events and quotes.
 *
 * <p>Reads {@link Layer#EVENT_TRIGGERS} and {@link Layer#ATTRIBUTIONS}; provides {@link Layer#EVENT_QUOTES}.
 */
public final class EventQuoteLinkStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ATTRIBUTIONS, Layer.EVENT_TRIGGERS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENT_QUOTES);
  }

  @Override
  public void apply(Document doc) {
    List<QuoteDraft> quotes = new ArrayList<>();
    for (QuoteDraft quote : doc.quotes()) {
      if (quote.speaker != null && quote.span != null) {
        quotes.add(quote);
      }
    }
    if (quotes.isEmpty()) {
      return;
    }
    quotes.sort((a, b) -> a.span.compareTo(b.span));
    for (EventDraft event : doc.events()) {
      if (event.type == EventType.STATEMENT || event.quote != null) {
        continue;
      }
      event.quote = holder(quotes, event.trigger.start(), event.trigger.end());
    }
  }

  /** The last-starting quote that starts at or before the trigger and contains it. */
  private static QuoteDraft holder(List<QuoteDraft> quotes, int start, int end) {
    int lo = 0;
    int hi = quotes.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).span.start() <= start) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    // Quotes rarely nest; look back a few for one that still contains the trigger.
    for (int i = found; i >= 0 && i > found - 4; i--) {
      QuoteDraft quote = quotes.get(i);
      if (quote.span.start() <= start && end <= quote.span.end()) {
        return quote;
      }
    }
    return null;
  }
}
