package io.reportage.testing.samples;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Takes the tokens off the front of a list one by one: a loop that looks linear, with quadratic
 * work inside the list's own removal.
 */
public final class ListRemovalSampleStage implements Stage {
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
    List<String> queue = new ArrayList<>();
    for (int i = 0; i < doc.tokenCount(); i++) {
      queue.add(doc.lower(i));
    }
    int characters = 0;
    while (!queue.isEmpty()) {
      characters += queue.remove(0).length();
    }
    doc.reportProgress(characters);
  }
}
