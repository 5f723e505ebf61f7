package io.reportage.testing.samples;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/** Counts the repeated words by comparing every word with all before it: the mistake the scaling check is there to catch. */
public final class QuadraticSampleStage implements Stage {
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
    String[] lowers = doc.lowers();
    int repeats = 0;
    for (int i = 0; i < lowers.length; i++) {
      for (int j = 0; j < i; j++) {
        repeats += lowers[j].equals(lowers[i]) ? 1 : 0;
      }
    }
    doc.reportProgress(repeats);
  }
}
