package io.reportage.pipeline;

import io.reportage.ExtractionException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered chain of stages, checked once when built: each stage's inputs come from the stages before it. */
public final class Pipeline {
  private final List<Stage> stages;

  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    for (Stage stage : this.stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("Stage " + stage.name() + " requires " + missing
            + ", which no earlier stage provides; the chain so far provides " + available);
      }
      available.addAll(stage.provides());
    }
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Runs every stage on {@code doc} in order; a failure surfaces as one {@link ExtractionException}. */
  public void run(Document doc) {
    runBefore(doc, null);
  }

  /**
   * Runs the stages in order up to, not including, the first one that provides {@code layer} (all
   * of them when {@code layer} is null). Trainers use it to see a document as a stage sees it.
   */
  public void runBefore(Document doc, Layer layer) {
    for (Stage stage : stages) {
      if (layer != null && stage.provides().contains(layer)) {
        return;
      }
      try {
        stage.apply(doc);
      } catch (ExtractionException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        throw new ExtractionException(stage.name(), doc.progressOffset(), e);
      }
    }
  }
}
