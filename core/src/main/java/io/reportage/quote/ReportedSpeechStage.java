package io.reportage.quote;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Adds the statements the frames report outside quotation marks as indirect or mixed quotes
 * ({@link ReportedSpeech}): "Peskov said that the talks went well".
 *
 * <p>Reads {@link Layer#ATTRIBUTION_FRAMES} and {@link Layer#QUOTE_SPEAKERS}; provides {@link
 * Layer#REPORTED_SPEECH}.
 */
public final class ReportedSpeechStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.ATTRIBUTION_FRAMES, Layer.QUOTE_SPEAKERS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.REPORTED_SPEECH);
  }

  @Override
  public void apply(Document doc) {
    AttributionFrames found = AttributionFrames.of(doc);
    if (found != null) {
      ReportedSpeech.emit(doc, found.frames(), found.context().quoteAt());
    }
  }
}
