package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import java.util.List;

/**
 * What {@link AttributionFrameStage} hands on to the later attribution stages of the same document,
 * under {@link Layer#ATTRIBUTION_FRAMES}: the shared lookups (with the speaker resolver, which
 * remembers the speakers committed so far), the quotation-mark quotes that are speech, and the
 * frames of every sentence in text order.
 *
 * @param context the document's lookups
 * @param marked the quotation-mark quotes that are speech (titles and nicknames left out)
 * @param frames every sentence's frames, in text order
 * @param firstFrameOfSentence for each sentence the index of its first frame in {@code frames};
 *     one more entry, for the end
 */
record AttributionFrames(AttributionContext context, List<QuoteDraft> marked, List<Frame> frames,
    int[] firstFrameOfSentence) {

  /** The frames stored in {@code doc}, or null when it has none (a document without tokens). */
  static AttributionFrames of(Document doc) {
    return doc.stageData(Layer.ATTRIBUTION_FRAMES, AttributionFrames.class);
  }
}
