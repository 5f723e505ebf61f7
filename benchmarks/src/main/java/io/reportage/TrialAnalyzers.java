package io.reportage;

import io.reportage.event.TriggerModel;
import io.reportage.models.Lexicons;
import io.reportage.pipeline.AnalysisAssembler;
import io.reportage.pipeline.Document;
import io.reportage.pipeline.Pipeline;
import java.util.function.Function;

/**
 * Analyses with the default profile but a trigger model of the caller's choice, for the trainer's
 * cross-validation: each fold is read by a model trained without it. Lives in package
 * {@code io.reportage} of the benchmarks module, as {@link WorkingDocuments} does, to reach the
 * package's {@code PipelineAssembly}. Thread-safe.
 */
public final class TrialAnalyzers {
  private TrialAnalyzers() {
  }

  /**
   * The working document of a text just before the trigger check, WordNet candidates included
   * whatever the bundled thresholds: the readings the trigger model learns from.
   */
  public static Function<String, Document> readingsToCheck() {
    PipelineAssembly.startLoading(Profile.FAST, null);
    Pipeline pipeline = PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null, new TriggerModel(null, 0, 0.5));
    return text -> {
      Document doc = new Document(text, ArticleInfo.none());
      pipeline.runBefore(doc, io.reportage.pipeline.Layer.EVENT_TRIGGER_CHECKS);
      return doc;
    };
  }

  /** The analysis of a text as {@link Extractor#analyze(String)} gives it, with {@code triggerModel} in place of the bundled one. */
  public static Function<String, Analysis> withTriggerModel(TriggerModel triggerModel) {
    PipelineAssembly.startLoading(Profile.FAST, null);
    Pipeline pipeline = PipelineAssembly.build(Profile.FAST, Lexicons.bundled(), null, triggerModel);
    return text -> {
      Document doc = new Document(text, ArticleInfo.none());
      pipeline.run(doc);
      return AnalysisAssembler.assemble(doc);
    };
  }
}
