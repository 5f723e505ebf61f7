package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.QuoteDraft;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Completes attribution: where the confidence model is loaded, it gives every attributed quote its
 * confidence ({@link ConfidenceFeatures}); without it, the rules' own values
 * ({@link AttributionRule#baseConfidence()} scaled by the speaker) stand. The frames handed on by
 * {@link AttributionFrameStage} are then let go.
 *
 * <p>Reads {@link Layer#QUOTE_SPEAKERS} and {@link Layer#REPORTED_SPEECH}; provides {@link
 * Layer#ATTRIBUTION_CONFIDENCE}.
 */
public final class AttributionConfidenceStage implements Stage {
  private final FeatureScorer confidence;

  /** @param confidence the confidence model, or null to keep the rules' values */
  public AttributionConfidenceStage(FeatureScorer confidence) {
    this.confidence = confidence;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.QUOTE_SPEAKERS, Layer.REPORTED_SPEECH);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ATTRIBUTION_CONFIDENCE);
  }

  @Override
  public void apply(Document doc) {
    if (AttributionFrames.of(doc) == null) {
      return;
    }
    if (confidence != null) {
      for (QuoteDraft quote : doc.quotes()) {
        if (!"none".equals(quote.rule)) {
          quote.confidence = Math.round(confidence.probability(ConfidenceFeatures.of(doc, quote)) * 1000) / 1000.0;
        }
      }
    }
    doc.setStageData(Layer.ATTRIBUTION_FRAMES, null);
  }
}
