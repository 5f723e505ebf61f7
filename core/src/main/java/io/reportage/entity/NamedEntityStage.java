package io.reportage.entity;

import io.reportage.NameSpan;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs an {@link EntityRecognizer} over the document's sentences, stores the names as document
 * token ranges and, when given one, lets a {@link NameTypeConsistency} make their types agree
 * across the article.
 *
 * <p>Reads {@link Layer#TOKENS} and {@link Layer#SENTENCES}; provides {@link Layer#NAMES}.
 */
public final class NamedEntityStage implements Stage {
  private final EntityRecognizer recognizer;
  private final NameTypeConsistency consistency;

  /** Names exactly as the recognizer gives them. */
  public NamedEntityStage(EntityRecognizer recognizer) {
    this(recognizer, null);
  }

  /** Names from the recognizer, their types then revised by {@code consistency} (null: none). */
  public NamedEntityStage(EntityRecognizer recognizer, NameTypeConsistency consistency) {
    this.recognizer = recognizer;
    this.consistency = consistency;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
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
    doc.setNames(consistency == null ? names : consistency.revise(doc, names));
  }
}
