package io.reportage.adapter.opennlp;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Tags each token with its Universal Dependencies part of speech using OpenNLP's English EWT model,
 * decoded greedily by {@link GreedyPosTagger}. OpenNLP's {@code POSTaggerME} searches a beam of 3;
 * on PolNeAR dev the greedy tags are the beam's on all but a handful of tokens, several times faster.
 *
 * <p>Reads {@link Layer#TOKENS} and {@link Layer#SENTENCES}; provides {@link Layer#POS}. Thread-safe.
 */
public final class OpenNlpPosTaggerStage implements Stage {
  private final GreedyPosTagger tagger;

  public OpenNlpPosTaggerStage(GreedyPosTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.POS);
  }

  @Override
  public void apply(Document doc) {
    String[] tags = new String[doc.tokenCount()];
    String[] norms = doc.norms();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      int end = doc.sentenceEnd(s);
      doc.reportProgress(doc.tokenStart(start));
      String[] sentenceTags = tagger.tag(Arrays.copyOfRange(norms, start, end));
      System.arraycopy(sentenceTags, 0, tags, start, sentenceTags.length);
    }
    doc.setPos(tags);
  }
}
