package io.reportage;

import io.reportage.models.Lexicons;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Layer;
import io.reportage.pipeline.Pipeline;

/**
 * The working document of a profile's pipeline as a stage sees it, for the trainers: the tokens,
 * tags, mentions and quotation marks that a model learns from, or the drafts a whole run leaves.
 * The library hands out no {@link Document}; this class lives in package {@code io.reportage} of
 * the benchmarks module, as {@link StageCosts} does, to build the pipeline with the package's own
 * {@code PipelineAssembly}. Thread-safe: the pipeline is shared, each call makes its own document.
 */
public final class WorkingDocuments {
  private final Pipeline pipeline;

  private WorkingDocuments(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The working documents of the {@link Profile#FAST} pipeline with the bundled lexicons. */
  public static WorkingDocuments fast() {
    PipelineAssembly.startLoading(Profile.FAST, null);
    return new WorkingDocuments(PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null));
  }

  /**
   * The document of {@code text} just before the first stage that provides {@code layer}; after
   * every stage when {@code layer} is null.
   */
  public Document before(String text, Layer layer) {
    if (text == null) {
      throw new IllegalArgumentException("The text to prepare is null");
    }
    Document doc = new Document(text, ArticleInfo.none());
    pipeline.runBefore(doc, layer);
    return doc;
  }

  /** The document of {@code text} after every stage: the drafts the analysis is assembled from. */
  public Document complete(String text) {
    return before(text, null);
  }
}
