package io.reportage.event;

import io.reportage.EventStatus;
import io.reportage.EventType;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.EventDraft;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives an event the most specific CAMEO code its record supports: a meeting that is only proposed
 * or planned is an intent to meet (036); an appeal to cease hostilities is an appeal for
 * de-escalation (0256), one to negotiate an appeal to meet (026), one for aid 023, one for a
 * release 0253 — read from the words the appeal asks for.
 *
 * <p>Reads {@link Layer#EVENT_RECORDS} (the status each record's mentions voted for) and, for the words an
 * appeal asks for, the tokens, corrected tags, names and mentions; provides {@link Layer#EVENTS}.
 */
public final class CameoRefinementStage implements Stage {
  private static final int CONTENT_REACH = 10;

  private final long deescalate;
  private final long negotiate;
  private final long aid;
  private final long release;
  private final ContextCues cues;

  public CameoRefinementStage(ContextCues cues) {
    this.cues = cues;
    this.deescalate = cues.maskOf("DEESCALATE");
    this.negotiate = cues.maskOf("NEGOTIATE");
    this.aid = cues.maskOf("AID");
    this.release = cues.maskOf("RELEASE");
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.CORRECTED_POS, Layer.NAMES, Layer.ENTITIES, Layer.MENTIONS,
        Layer.EVENT_RECORDS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.EVENTS);
  }

  @Override
  public void apply(Document doc) {
    ContextIndex index = null;
    for (EventDraft event : doc.events()) {
      if (event.type == EventType.MEETING && (event.status == EventStatus.PROPOSED || event.status == EventStatus.PLANNED)) {
        event.cameo = "036";
      } else if (event.type == EventType.APPEAL && event.triggerEnd >= 0) {
        if (index == null) {
          index = ContextIndex.build(doc, cues);
        }
        int last = Math.min(doc.sentenceEnd(doc.sentenceOf(event.triggerStart)), event.triggerEnd + CONTENT_REACH);
        for (int i = event.triggerEnd; i < last; i++) {
          String code = index.has(i, deescalate) ? "0256" : index.has(i, negotiate) ? "026"
              : index.has(i, release) ? "0253" : index.has(i, aid) ? "023" : null;
          if (code != null) {
            event.cameo = code;
            break;
          }
        }
      }
    }
  }
}
