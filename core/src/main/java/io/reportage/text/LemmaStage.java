package io.reportage.text;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives every token its lemma ({@link Document#lemma(int)}) from its lower-cased form and tag, with
 * the {@link Lemmatizer}, so that rules and lexicons name a word once ("say", "official") instead of
 * every inflection. One array per document, no other allocation for words that do not inflect.
 *
 * <p>Reads {@link Layer#TOKENS} and {@link Layer#POS}; provides {@link Layer#LEMMAS}. Thread-safe.
 */
public final class LemmaStage implements Stage {
  private final Lemmatizer lemmatizer;

  public LemmaStage(Lemmatizer lemmatizer) {
    this.lemmatizer = lemmatizer;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.POS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.LEMMAS);
  }

  @Override
  public void apply(Document doc) {
    int n = doc.tokenCount();
    String[] lemmas = new String[n];
    String[] lowers = doc.lowers();
    for (int t = 0; t < n; t++) {
      lemmas[t] = lemmatizer.lemma(lowers[t], doc.pos(t));
    }
    doc.setLemmas(lemmas);
  }
}
