package io.reportage.adapter.opennlp;

import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Stage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Tags each token with its Universal Dependencies part of speech using OpenNLP's English EWT model.
 *
 * <p>Reads {@link Layer#SENTENCES}; provides {@link Layer#POS}. The model is shared; the tagger,
 * which keeps state between calls, is one per thread.
 */
public final class OpenNlpPosTaggerStage implements Stage {
  private final ThreadLocal<POSTaggerME> tagger;

  public OpenNlpPosTaggerStage(POSModel model) {
    this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.POS);
  }

  @Override
  public void apply(Document doc) {
    POSTaggerME me = tagger.get();
    String[] tags = new String[doc.tokenCount()];
    String[] norms = doc.norms();
    for (int s = 0; s < doc.sentenceCount(); s++) {
      int start = doc.sentenceStart(s);
      int end = doc.sentenceEnd(s);
      doc.reportProgress(doc.tokenStart(start));
      String[] sentenceTags = me.tag(Arrays.copyOfRange(norms, start, end));
      System.arraycopy(sentenceTags, 0, tags, start, end - start);
    }
    doc.setPos(tags);
  }
}
