package io.reportage.entity;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs an {@link EntityRecognizer} over the document's sentences and stores the names as document
 * token ranges.
 *
 * <p>Reads {@link Layer#SENTENCES}; provides {@link Layer#NAMES}.
 */
public final class NamedEntityStage implements Stage {
  private final EntityRecognizer recognizer;

  public NamedEntityStage(EntityRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.NAMES);
  }

  @Override
  public void apply(Document doc) {
    List<String[]> sentences = new ArrayList<>(doc.sentenceCount());
    String[] norms = doc.norms();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      sentences.add(Arrays.copyOfRange(norms, doc.sentenceStart(s), doc.sentenceEnd(s)));
    }
    List<List<NameSpan>> found = recognizer.recognize(sentences);
    if (found.size() != sentences.size()) {
      throw new IllegalStateException("The recognizer returned names for " + found.size() + " of " + sentences.size() + " sentences");
    }
    List<NameSpan> names = new ArrayList<>();
    for (int s = 0; s < found.size(); s++) {
      int offset = doc.sentenceStart(s);
      int length = doc.sentenceEnd(s) - offset;
      for (NameSpan name : found.get(s)) {
        if (name.end() > length) {
          throw new IllegalStateException("The recognizer returned " + name + " in a sentence of " + length + " tokens");
        }
        names.add(name.shift(offset));
      }
    }
    doc.setNames(names);
  }
}
