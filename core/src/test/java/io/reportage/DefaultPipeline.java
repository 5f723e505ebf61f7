package io.reportage;

import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;

/**
 * The extractor's own {@link Profile#FAST} pipeline, for tests of any package that read the working
 * document the analysis is assembled from (the names the recognizer found, the drafts). Test code
 * only: the library hands out no document.
 */
public final class DefaultPipeline {
  private static final class Holder {
    static final Pipeline FAST = PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null);
  }

  private DefaultPipeline() {
  }

  /** The document of {@code text} after every stage of the default pipeline. */
  public static Document run(String text) {
    Document doc = new Document(text, ArticleInfo.none());
    Holder.FAST.run(doc);
    return doc;
  }
}
