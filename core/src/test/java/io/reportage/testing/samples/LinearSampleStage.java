package io.reportage.testing.samples;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Counts the distinct words with a hash set: one pass over the tokens. */
public final class LinearSampleStage implements Stage {
  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public void apply(Document doc) {
    Set<String> words = new HashSet<>();
    for (int i = 0; i < doc.tokenCount(); i++) {
      words.add(doc.lower(i));
    }
    doc.reportProgress(words.size());
  }
}
